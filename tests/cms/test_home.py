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


def _csrf_value(page: str) -> str:
    import re

    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def test_home_page_is_served_from_the_cache_to_visitors(
    client, course, django_assert_max_num_queries
):
    from django.core.cache import cache

    cache.clear()
    client.get("/en/")  # the first visit ever also saves the site's settings
    client.cookies.clear()
    first = client.get("/en/")
    assert first.status_code == 200
    client.cookies.clear()
    # What is left is Wagtail's check of the page's view restrictions (as on a lesson page).
    with django_assert_max_num_queries(2):
        again = client.get("/en/")
    assert again.status_code == 200
    page = again.content.decode()
    assert "Adal" in page and 'lang="en"' in page
    # Each visitor gets their own CSRF token and cookie, never the one cached with the page.
    assert _csrf_value(page) != _csrf_value(first.content.decode())
    assert "csrftoken" in again.cookies
    assert "\x00" not in page


def test_home_page_cache_is_per_language(client, course, locales):
    home = HomePage.objects.get()
    kk_home = home.copy_for_translation(locales["kk"])
    kk_home.headline = "Сыбайлас жемқорлыққа қарсы оқыту"
    kk_home.save_revision().publish()
    home.headline = "Anti-corruption training"
    home.save_revision().publish()
    for _ in range(2):
        assert "Сыбайлас жемқорлыққа қарсы оқыту" in client.get("/kk/").content.decode()
        assert "Anti-corruption training" in client.get("/en/").content.decode()


def test_publishing_the_home_page_drops_its_cached_copy(client, course):
    home = HomePage.objects.get()
    home.headline = "Before"
    home.save_revision().publish()
    assert "Before" in client.get("/en/").content.decode()
    assert "Before" in client.get("/en/").content.decode()  # now from the cache
    home.headline = "After"
    home.save_revision().publish()
    page = client.get("/en/").content.decode()
    assert "After" in page and "Before" not in page


def test_signed_in_servant_never_gets_the_cached_home_page(client, assignment):
    client.get("/en/")
    client.get("/en/")
    client.force_login(assignment.servant)
    page = client.get("/en/").content.decode()
    assert f"Mandatory training {YEAR}" in page


def test_message_after_signing_out_is_not_cached(client, assignment):
    client.get("/en/")  # the cached copy exists
    client.force_login(assignment.servant)
    client.post("/accounts/logout/")
    shown = client.get("/en/").content.decode()
    assert "You have signed out." in shown
    assert "You have signed out." not in client.get("/en/").content.decode()
