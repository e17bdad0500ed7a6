import pytest

from cms.models import HomePage
from tests.clock import YEAR

pytestmark = pytest.mark.django_db


def test_translated_home_page_shows_the_featured_course(client, course, locales):
    home = HomePage.objects.get()
    kk_home = home.copy_for_translation(locales["kk"])  # translated before a course was featured
    kk_home.save_revision().publish()
    home.featured_course = course
    home.save_revision().publish()
    kk_index = course.get_parent().copy_for_translation(locales["kk"])
    kk_index.save_revision().publish()
    kk_course = course.copy_for_translation(locales["kk"])
    kk_course.title = "Сыбайлас жемқорлыққа қарсы стандарттар"
    kk_course.save_revision().publish()
    kk_home.refresh_from_db()
    assert kk_home.featured_course_id is None
    page = client.get("/kk/").content.decode()
    assert "Сыбайлас жемқорлыққа қарсы стандарттар" in page


def test_home_page_shows_the_servants_current_cycle(client, assignment):
    client.force_login(assignment.servant)
    page = client.get("/en/").content.decode()
    assert f"Mandatory training {YEAR}" in page
    assert f"due {assignment.due_on:%d.%m.%Y}" in page and "0 of 3 lessons read" in page


def test_untranslated_pages_fall_back_clearly(client, course, locales):
    # No Kazakh tree at all: the original page, with a notice.
    response = client.get("/kk/courses/anti-corruption/")
    assert response.status_code == 200
    assert "Бұл бет сіздің тіліңізде әлі жоқ" in response.content.decode()
    # A Kazakh home exists but not this course: a 404 page that says why and links home.
    from cms.models import HomePage

    HomePage.objects.get().copy_for_translation(locales["kk"]).save_revision().publish()
    response = client.get("/kk/courses/anti-corruption/")
    assert response.status_code == 404
    body = response.content.decode()
    assert 'lang="kk"' in body and 'href="/kk/"' in body
