from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.integrity import attempt_check_integrity
from quizzes.models import Attempt, AttemptFlag, Choice, Question
from tests.factories import ServantProfileFactory

pytestmark = pytest.mark.django_db


def _attempt(quiz, user, answers_wrong: set[str], minutes: float, questions) -> Attempt:
    """A submitted attempt over `questions`, wrong exactly on the keys in answers_wrong."""
    answers = {}
    for question in questions:
        correct = question.choices.get(is_correct=True)
        wrong = question.choices.filter(is_correct=False).first()
        answers[str(question.pk)] = [(wrong if question.key in answers_wrong else correct).pk]
    now = timezone.now()
    return Attempt.objects.create(
        user=user,
        quiz=quiz,
        language="en",
        items=[
            {"question": q.pk, "choices": list(q.choices.values_list("pk", flat=True))}
            for q in questions
        ],
        answers=answers,
        started_at=now - timedelta(minutes=minutes),
        deadline=now + timedelta(minutes=30 - minutes),
        submitted_at=now,
        score_percent=50,
        passed=False,
    )


def test_too_fast_attempt_is_flagged_not_blocked(quiz):
    questions = list(Question.objects.all()[:2])
    attempt = _attempt(quiz, ServantProfileFactory().user, set(), minutes=2, questions=questions)
    flags = attempt_check_integrity(attempt=attempt)
    assert [f.kind for f in flags] == ["too_fast"]
    assert Attempt.objects.get(pk=attempt.pk).score_percent == 50  # result untouched
    slow = _attempt(quiz, ServantProfileFactory().user, set(), minutes=20, questions=questions)
    assert attempt_check_integrity(attempt=slow) == []


def test_identical_answers_with_shared_mistakes_in_one_organisation_are_flagged(quiz):
    questions = list(Question.objects.order_by("key"))  # 8 questions
    wrong = {"q-0-0", "q-1-1"}
    first = _attempt(quiz, ServantProfileFactory().user, wrong, minutes=20, questions=questions)
    second = _attempt(quiz, ServantProfileFactory().user, wrong, minutes=20, questions=questions)
    honest = _attempt(quiz, ServantProfileFactory().user, set(), minutes=20, questions=questions)
    attempt_check_integrity(attempt=second)
    pairs = set(
        AttemptFlag.objects.filter(kind="same_answers").values_list("attempt", "related_attempt")
    )
    assert pairs == {(first.pk, second.pk), (second.pk, first.pk)}
    assert attempt_check_integrity(attempt=honest) == []  # all right: nothing suspicious
    assert Choice.objects.exists()
