"""One language, carried through: the language a visitor reads in before signing in is the
sign-in page's, becomes the account's at sign-in, and the certificate is written in the
language the final test was taken in."""

import pytest
from django.conf import settings

from certificates.models import Certificate
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.helpers import answers_for, read_all_lessons

pytestmark = pytest.mark.django_db
COOKIE = settings.LANGUAGE_COOKIE_NAME


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_page_read_in_a_language_sets_the_sign_in_page_and_the_account(client, locales, language):
    response = client.get(f"/{language}/search/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.cookies[COOKIE].value == language
    sign_in = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert sign_in.headers["Content-Language"] == language
    assert f'<html lang="{language}">' in sign_in.content.decode()

    user = UserFactory(preferred_language="en")
    client.post(
        "/accounts/login/",
        {"login": user.email, "password": settings.ADAL_DEMO_PASSWORD},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    user.refresh_from_db()
    assert user.preferred_language == language


def test_signing_in_without_a_chosen_language_keeps_the_accounts(client):
    user = UserFactory(preferred_language="kk")
    client.post(
        "/accounts/login/",
        {"login": user.email, "password": settings.ADAL_DEMO_PASSWORD},
        HTTP_ACCEPT_LANGUAGE="ru",
    )
    user.refresh_from_db()
    assert user.preferred_language == "kk"
    assert COOKIE not in client.cookies


def test_a_signed_in_reader_keeps_their_accounts_language(client, locales):
    user = UserFactory(preferred_language="kk")
    client.force_login(user)
    response = client.get("/ru/search/")
    assert response.status_code == 200
    assert COOKIE not in response.cookies


def test_the_certificate_speaks_the_language_of_the_test(client, assignment, frozen_time):
    servant = assignment.servant
    servant.preferred_language = "en"
    servant.save(update_fields=["preferred_language"])
    client.force_login(servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    client.cookies[COOKIE] = "ru"  # took the test with the switcher on Russian
    assert client.post(f"/quiz/start/{assignment.pk}/").status_code == 302
    attempt = Attempt.objects.get(user=servant, submitted_at__isnull=True)
    assert attempt.language == "ru"
    client.post(f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=True))
    certificate = Certificate.objects.get(assignment=assignment)
    assert certificate.language == "ru"
