"""A lesson's body is rendered once per published version and language; a new version shows
at once, and a preview is never served from (or put into) the cache."""

import pytest

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def test_a_newly_published_version_of_a_lesson_shows_at_once(client, assignment):
    client.force_login(assignment.servant)
    lesson = LessonPage.objects.live().order_by("path").first()
    url = lesson.get_url()
    assert "Lesson 1 explains the rules" in client.get(url).content.decode()
    assert "Lesson 1 explains the rules" in client.get(url).content.decode()  # from the cache

    lesson.body = [("paragraph", "<p>Revised: gifts above the limit are handed over.</p>")]
    lesson.save_revision().publish()

    html = client.get(url).content.decode()
    assert "Revised: gifts above the limit are handed over." in html
    assert "Lesson 1 explains the rules" not in html
