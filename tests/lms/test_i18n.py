import pytest
from django.utils import translation

from lms.models import User
from tests.factories import ServantProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_signed_in_user_sees_their_preferred_language(client, assignment):
    servant = assignment.servant
    servant.preferred_language = "kk"
    servant.save()
    client.force_login(servant)
    page = client.get("/learn/").content.decode()
    assert '<html lang="kk">' in page
    assert "Менің оқуым" in page  # "My training"


def test_language_switcher_remembers_the_choice_on_the_account(client):
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/learn/"})
    assert response.status_code == 302
    assert User.objects.get(pk=user.pk).preferred_language == "ru"
    assert '<html lang="ru">' in client.get("/learn/").content.decode()


def test_switcher_keeps_the_reader_on_the_same_page_in_another_language(client, course):
    response = client.post(
        "/i18n/setlang/", {"language": "ru", "next": "/en/courses/anti-corruption/"}
    )
    assert response["Location"] == "/ru/courses/anti-corruption/"


def test_anonymous_visitor_gets_the_browser_language(client, db):
    page = client.get("/verify/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Проверить сертификат" in page or "Проверка сертификата" in page


def test_paginated_app_pages_do_not_claim_to_be_untranslated(client, assignment):
    from lms.models import HRScope

    officer = UserFactory(preferred_language="ru")
    HRScope.objects.create(user=officer, unit=assignment.servant.servant_profile.unit)
    client.force_login(officer)
    unit = assignment.servant.servant_profile.unit
    html = client.get(f"/hr/units/{unit.pk}/").content.decode()
    assert '<html lang="ru">' in html
    assert "ещё не переведена" not in html  # the notice is for CMS pages in another language


@pytest.mark.parametrize(
    ("language", "title"),
    [("kk", "Бас маман"), ("ru", "Главный специалист"), ("en", "Chief specialist")],
)
def test_job_title_is_given_in_the_language_asked_for(language, title):
    profile = ServantProfileFactory(
        position="Chief specialist", position_ru="Главный специалист", position_kk="Бас маман"
    )
    assert profile.position_in(language) == title
    with translation.override(language):
        assert profile.position_in() == title


def test_job_title_without_a_translation_falls_back_to_the_imported_one():
    profile = ServantProfileFactory(position="Expert", position_ru="Эксперт", position_kk="")
    assert (profile.position_in("kk"), profile.position_in("ru")) == ("Expert", "Эксперт")
