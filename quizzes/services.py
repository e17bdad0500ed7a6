from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from lms.models import Assignment, AssignmentStatus, User
from lms.services import assignment_mark_started, assignment_update_progress, audit_log
from quizzes.exceptions import (
    AlreadyCompleted,
    AttemptAlreadySubmitted,
    InvalidAnswers,
    NoAttemptsLeft,
    NotEnoughQuestions,
    QuizLocked,
)
from quizzes.models import Attempt, Choice, Question, QuestionKind, Quiz

_random = secrets.SystemRandom()


def _question_pool(*, quiz: Quiz, language: str) -> dict[str, list[int]]:
    """Active question ids per topic key, in the language asked for (else the default locale)."""
    pool: dict[str, list[int]] = {}
    locales = [code for code in (language, Locale.get_default().language_code) if code]
    for topic in quiz.topics.all():
        for code in locales:
            ids = list(
                Question.objects.filter(
                    topic__translation_key=topic.translation_key,
                    locale__language_code=code,
                    active=True,
                ).values_list("pk", flat=True)
            )
            if len(ids) >= quiz.questions_per_topic:
                pool[topic.key] = ids
                break
        else:
            raise NotEnoughQuestions()
    return pool


def _draw_items(*, quiz: Quiz, language: str) -> list[dict]:
    drawn: list[int] = []
    for ids in _question_pool(quiz=quiz, language=language).values():
        drawn.extend(_random.sample(ids, quiz.questions_per_topic))
    _random.shuffle(drawn)
    choices: dict[int, list[int]] = {qid: [] for qid in drawn}
    for question_id, choice_id in Choice.objects.filter(question_id__in=drawn).values_list(
        "question_id", "pk"
    ):
        choices[question_id].append(choice_id)
    items = []
    for qid in drawn:
        order = choices[qid]
        _random.shuffle(order)
        items.append({"question": qid, "choices": order})
    return items


def attempt_start(*, user: User, quiz: Quiz, assignment: Assignment, language: str) -> Attempt:
    """Open an attempt (or return the one already open): questions drawn, deadline set now."""
    open_attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if open_attempt is not None:
        return open_attempt
    if assignment.status == AssignmentStatus.COMPLETED:
        raise AlreadyCompleted()
    if not assignment.lessons_total or assignment.lessons_done < assignment.lessons_total:
        raise QuizLocked()
    used = Attempt.objects.filter(assignment=assignment, quiz=quiz).count()
    if used >= quiz.attempts_per_cycle:
        raise NoAttemptsLeft()

    now = timezone.now()
    items = _draw_items(quiz=quiz, language=language)
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                assignment=assignment,
                language=language,
                items=items,
                started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes),
            )
            assignment_mark_started(assignment=assignment)
    except IntegrityError:  # a second tab started one at the same moment
        return Attempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True)
    return attempt


def attempts_left(*, quiz: Quiz, assignment: Assignment) -> int:
    used = Attempt.objects.filter(assignment=assignment, quiz=quiz).count()
    return max(quiz.attempts_per_cycle - used, 0)


def _clean_answers(*, attempt: Attempt, answers: dict[str, list[str]]) -> dict[str, list[int]]:
    offered = {str(item["question"]): set(item["choices"]) for item in attempt.items}
    kinds = dict(
        Question.objects.filter(pk__in=[item["question"] for item in attempt.items]).values_list(
            "pk", "kind"
        )
    )
    cleaned: dict[str, list[int]] = {}
    for question_id, raw_choices in answers.items():
        if question_id not in offered:
            raise InvalidAnswers()
        try:
            chosen = sorted({int(c) for c in raw_choices})
        except (TypeError, ValueError) as error:
            raise InvalidAnswers() from error
        if not set(chosen) <= offered[question_id]:
            raise InvalidAnswers()
        if kinds[int(question_id)] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise InvalidAnswers()
        if chosen:
            cleaned[question_id] = chosen
    return cleaned


def _score(*, attempt: Attempt) -> int:
    """Questions answered exactly right (all-or-nothing per question)."""
    question_ids = [item["question"] for item in attempt.items]
    correct: dict[int, set[int]] = {qid: set() for qid in question_ids}
    for question_id, choice_id in Choice.objects.filter(
        question_id__in=question_ids, is_correct=True
    ).values_list("question_id", "pk"):
        correct[question_id].add(choice_id)
    return sum(1 for qid in question_ids if set(attempt.answers.get(str(qid), [])) == correct[qid])


@dataclass
class SubmitResult:
    attempt: Attempt
    answers_refused: bool = False


def attempt_is_past_grace(attempt: Attempt) -> bool:
    grace = timedelta(seconds=settings.ADAL_QUIZ_GRACE_SECONDS)
    return timezone.now() > attempt.deadline + grace


@transaction.atomic
def attempt_submit(*, attempt: Attempt, answers: dict[str, list[str]]) -> SubmitResult:
    """Score an attempt on the server. Answers arriving after the deadline (plus grace) are refused
    and the attempt is scored on what was saved before it."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.submitted_at is not None:
        raise AttemptAlreadySubmitted()
    refused = attempt_is_past_grace(attempt)
    if not refused:
        attempt.answers = _clean_answers(attempt=attempt, answers=answers)
    attempt.correct_count = _score(attempt=attempt)
    total = len(attempt.items)
    attempt.score_percent = round(100 * attempt.correct_count / total) if total else 0
    attempt.passed = attempt.score_percent >= attempt.quiz.pass_mark_percent
    attempt.submitted_at = timezone.now()
    attempt.save()
    audit_log(
        actor=attempt.user,
        action="attempt.submitted",
        obj=attempt,
        data={"score": attempt.score_percent, "passed": attempt.passed, "late": refused},
    )
    if attempt.passed and attempt.assignment_id:
        assignment_update_progress(assignment=attempt.assignment, final_test_passed=True)
    return SubmitResult(attempt=attempt, answers_refused=refused)
