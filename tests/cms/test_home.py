import pytest

from cms.models import HomePage

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
