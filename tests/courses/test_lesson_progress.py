from datetime import timedelta

import pytest

from courses.models import LessonProgress
from tests.conftest import LESSON_SECONDS

pytestmark = pytest.mark.django_db


def test_lesson_opened_records_first_view(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    lesson = assignment.course.specific.lessons().first()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "I have read this lesson" in response.content.decode()
    progress = LessonProgress.objects.get(user=assignment.servant, lesson=lesson)
    assert progress.completed_at is None


def test_lesson_confirmed_too_early_says_how_long_to_keep_reading(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    lesson = assignment.course.specific.lessons().first()
    client.get(lesson.url)
    frozen_time.shift(timedelta(seconds=20))
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/", follow=True)
    assert f"after {LESSON_SECONDS - 20} more seconds" in response.content.decode()
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_lesson_never_opened_cannot_be_confirmed(client, assignment):
    client.force_login(assignment.servant)
    lesson = assignment.course.specific.lessons().first()
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/", follow=True)
    assert "Open the lesson and read it" in response.content.decode()


def test_reading_a_lesson_moves_the_progress_bar(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    lesson = assignment.course.specific.lessons().first()
    client.get(lesson.url)
    frozen_time.shift(timedelta(seconds=LESSON_SECONDS))
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert (assignment.lessons_done, assignment.lessons_total) == (1, 3)
    assert assignment.status == "in_progress"
    page = client.get("/learn/").content.decode()
    assert "1 of 3 lessons read" in page
    assert 'aria-valuenow="26"' in page  # 80% of the bar is lessons: 1/3 of 80


def test_final_test_stays_closed_and_lists_unread_lessons(client, assignment):
    client.force_login(assignment.servant)
    course = assignment.course.specific
    page = client.get(course.url).content.decode()
    assert "The final test opens when you have read every lesson" in page
    assert "Lesson 2" in page
    response = client.post(f"/quiz/start/{assignment.pk}/", follow=True)
    assert "Read every lesson of the course" in response.content.decode()
