"""Concurrent submits of one attempt, on PostgreSQL with real row locks."""

import threading

import pytest
from django.db import connection

from certificates.models import Certificate
from courses.models import LessonProgress
from courses.services import lesson_complete, lesson_record_view
from quizzes.exceptions import AttemptAlreadySubmitted
from quizzes.models import Attempt, Choice
from quizzes.services import attempt_start, attempt_submit

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_twenty_concurrent_submits_score_once_and_issue_one_certificate(assignment, quiz):
    servant = assignment.servant
    for lesson in assignment.course.specific.lessons():
        progress = lesson_record_view(user=servant, lesson=lesson)
        LessonProgress.objects.filter(pk=progress.pk).update(
            first_viewed_at=progress.first_viewed_at.replace(year=2000)
        )
        lesson_complete(user=servant, lesson=lesson)
    assignment.refresh_from_db()
    attempt = attempt_start(user=servant, quiz=quiz, assignment=assignment, language="en")
    answers = {
        str(item["question"]): [str(Choice.objects.get(pk__in=item["choices"], is_correct=True).pk)]
        for item in attempt.items
    }

    barrier = threading.Barrier(20)
    outcomes: list[str] = []
    lock = threading.Lock()

    def submit():
        try:
            barrier.wait()
            attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk), answers=answers)
            result = "scored"
        except AttemptAlreadySubmitted:
            result = "refused"
        finally:
            connection.close()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused"] * 19 + ["scored"]
    assert Certificate.objects.filter(assignment=assignment).count() == 1
    assert Attempt.objects.get(pk=attempt.pk).score_percent == 100
