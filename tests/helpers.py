from datetime import timedelta

from courses.models import CoursePage
from quizzes.models import Attempt, Choice


def read_all_lessons(client, course: CoursePage, traveller) -> None:
    """Open each lesson, wait its minimum reading time, confirm it as read — through the pages."""
    for lesson in course.lessons():
        assert client.get(lesson.url).status_code == 200
        traveller.shift(timedelta(seconds=lesson.min_reading_seconds + 1))
        response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
        assert response.status_code == 302


def answers_for(attempt: Attempt, *, correct: bool) -> dict[str, list[str]]:
    """POST data answering every drawn question right (or every one wrong)."""
    data = {}
    for item in attempt.items:
        choices = Choice.objects.filter(pk__in=item["choices"], is_correct=correct)
        data[f"q-{item['question']}"] = [str(choices.first().pk)]
    return data
