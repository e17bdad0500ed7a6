"""Which page answers a URL is cached (cms.middleware.PageRouteCacheMiddleware); what a
page shows and who may see it are not."""

import pytest
from wagtail.models import PageViewRestriction

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_each_url_is_answered_by_its_own_page(client, course, lessons):
    for _ in range(2):  # the second round from the cache
        for lesson in lessons:
            html = client.get(lesson.url).content.decode()
            assert f"<h1>{lesson.title}</h1>" in html
        assert "<h1>Lesson" not in client.get(course.url).content.decode()


def test_unpublished_and_renamed_pages_show_on_the_next_request(client, lessons):
    first, second = lessons[:2]
    assert client.get(first.url).status_code == 200
    assert client.get(second.url).status_code == 200

    first.unpublish()
    assert client.get(first.url).status_code == 404

    second.title = "Gifts and hospitality"
    second.save_revision().publish()
    assert "<h1>Gifts and hospitality</h1>" in client.get(second.url).content.decode()


def test_view_restrictions_apply_to_a_cached_route(client, lessons, servant):
    lesson = lessons[0]
    client.force_login(servant)
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "<h1>Lesson 1</h1>" not in response.content.decode()  # the password form instead


def test_a_servants_reading_shows_at_once_on_a_cached_lesson_page(client, lessons, assignment):
    from django.utils import timezone

    from courses.models import LessonProgress

    lesson = lessons[0]
    client.force_login(assignment.servant)
    assert "I have read this lesson" in client.get(lesson.url).content.decode()
    LessonProgress.objects.filter(user=assignment.servant).update(completed_at=timezone.now())
    assert "You have read this lesson." in client.get(lesson.url).content.decode()
