import contextlib
from datetime import timedelta

from courses.models import CoursePage
from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice


def read_all_lessons(client, course: CoursePage, traveller) -> None:
    """Open each lesson, wait its minimum reading time, confirm it as read — through the pages."""
    for lesson in course.lessons():
        assert client.get(lesson.url).status_code == 200
        traveller.shift(timedelta(seconds=lesson.min_reading_seconds + 1))
        response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
        assert response.status_code == 302


def choice_ids(attempt: Attempt, *, correct: bool) -> dict[str, list[str]]:
    """For every drawn question: one right (or one wrong) choice id."""
    data = {}
    for item in attempt.items:
        choice = Choice.objects.filter(pk__in=item["choices"], is_correct=correct).first()
        data[str(item["question"])] = [str(choice.pk)]
    return data


def choice_values(attempt: Attempt, *, correct: bool) -> dict[str, list[str]]:
    """The same choices as `choice_ids`, as the page names them: by their opaque values."""
    return {
        question_id: [
            choice_value(attempt_id=attempt.pk, question_id=int(question_id), choice_id=int(pk))
            for pk in chosen
        ]
        for question_id, chosen in choice_ids(attempt, correct=correct).items()
    }


def answers_for(attempt: Attempt, *, correct: bool, go: str = "submit", seq=None) -> dict:
    """The form post of the test page, answering every drawn question right (or wrong)."""
    data = {"go": go, "page": "1", "shown": [], "seq": str(seq or attempt.sequence + 1)}
    for question_id, chosen in choice_values(attempt, correct=correct).items():
        data["shown"].append(question_id)
        data[f"q-{question_id}"] = chosen
    return data


@contextlib.contextmanager
def celery_sending_to(broker_url: str):
    """Send tasks to a broker instead of running them in-process, then restore."""
    import kombu.pools

    from lms.celery_app import app

    def reset():  # drop pooled connections so the next send uses the broker set now
        kombu.pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager, app.conf.broker_url = False, broker_url
    reset()
    try:
        yield
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous
        reset()
