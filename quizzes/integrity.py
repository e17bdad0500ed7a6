"""Integrity signals for HR review. They flag; they never block or change a result.

Each submitted attempt is checked once its submission commits (a queued task); the check
records when it ran, so that one whose task was lost (the broker was down) is found and
checked by the periodic sweep. Checking an attempt twice flags it once."""

from __future__ import annotations

import logging
import time

from django.db import transaction
from django.utils import timezone

from quizzes.models import Attempt, AttemptFlag, Choice, FlagKind

logger = logging.getLogger(__name__)

# What one sweep run takes on: a long backlog is worked off over several runs, each well
# within the task time limit, each attempt committed as soon as it is checked.
SWEEP_BATCH = 500
SWEEP_SECONDS = 120

# Two attempts look copied when they share at least this many questions, answer all of
# them identically, and share at least this many identical wrong answers.
SAME_ANSWERS_MIN_SHARED = 6
SAME_ANSWERS_MIN_SHARED_WRONG = 2


def _wrong_questions(attempt: Attempt, correct: dict[str, set[int]]) -> set[str]:
    return {
        qid for qid, chosen in attempt.answers.items() if set(chosen) != correct.get(qid, set())
    }


def attempt_check_integrity(*, attempt: Attempt) -> list[AttemptFlag]:
    """Flag the attempt (and an attempt it matches) and record that the check ran. The row is
    locked for the check, so that its task and the sweep running at once take turns; the lock
    is a no-key one, so that two attempts checked at once can each flag the other."""
    if attempt.submitted_at is None:
        return []
    with transaction.atomic():
        locked = Attempt.objects.select_for_update(no_key=True, of=("self",)).select_related(
            "quiz", "user"
        )
        attempt = locked.get(pk=attempt.pk)
        flags = _flag(attempt)
        attempt.integrity_checked_at = timezone.now()
        attempt.save(update_fields=["integrity_checked_at"])
    return flags


def attempts_check_integrity_missed(
    *, batch: int = SWEEP_BATCH, seconds: float = SWEEP_SECONDS
) -> int:
    """Check submitted attempts whose check never ran, oldest first: at most `batch` of them
    and for at most about `seconds` (the periodic task calls this). Returns how many were
    checked. One that fails is logged and left for the next run; the others go on."""
    stop_at = time.monotonic() + seconds
    ids = list(
        Attempt.objects.filter(submitted_at__isnull=False, integrity_checked_at__isnull=True)
        .order_by("submitted_at", "pk")
        .values_list("pk", flat=True)[:batch]
    )
    checked = 0
    for attempt in Attempt.objects.filter(pk__in=ids).order_by("submitted_at", "pk"):
        if time.monotonic() > stop_at:
            break
        try:
            attempt_check_integrity(attempt=attempt)
        except Exception:
            logger.exception("Integrity sweep: the check of attempt %s failed.", attempt.pk)
            continue
        checked += 1
    if ids:
        logger.info(
            "Integrity sweep: checked %d of %d attempts whose check had not run.", checked, len(ids)
        )
    return checked


def _flag(attempt: Attempt) -> list[AttemptFlag]:
    flags = []
    quiz = attempt.quiz
    seconds = (attempt.submitted_at - attempt.started_at).total_seconds()
    expected = quiz.time_limit_minutes * 60
    if (
        not attempt.finalised_automatically
        and attempt.answers
        and seconds < expected * quiz.min_time_share_percent / 100
    ):
        flag, _ = AttemptFlag.objects.get_or_create(
            attempt=attempt,
            kind=FlagKind.TOO_FAST,
            related_attempt=None,
            defaults={"detail": {"seconds": int(seconds), "expected": expected}},
        )
        flags.append(flag)
    flags.extend(_flag_same_answers(attempt))
    return flags


def _flag_same_answers(attempt: Attempt) -> list[AttemptFlag]:
    profile = getattr(attempt.user, "servant_profile", None)
    if profile is None or len(attempt.answers) < SAME_ANSWERS_MIN_SHARED:
        return []
    others = list(
        Attempt.objects.filter(
            quiz=attempt.quiz,
            submitted_at__isnull=False,
            user__servant_profile__unit__organisation_id=profile.unit.organisation_id,
        )
        .exclude(user=attempt.user)
        .only("pk", "answers", "items")
    )
    question_ids = {int(q) for q in attempt.answers}
    for other in others:
        question_ids |= {int(q) for q in other.answers}
    correct: dict[str, set[int]] = {}
    for question_id, choice_id in Choice.objects.filter(
        question_id__in=question_ids, is_correct=True
    ).values_list("question_id", "pk"):
        correct.setdefault(str(question_id), set()).add(choice_id)

    mine_wrong = _wrong_questions(attempt, correct)
    flags = []
    for other in others:
        shared = set(attempt.answers) & set(other.answers)
        if len(shared) < SAME_ANSWERS_MIN_SHARED:
            continue
        if any(set(attempt.answers[q]) != set(other.answers[q]) for q in shared):
            continue
        shared_wrong = shared & mine_wrong & _wrong_questions(other, correct)
        if len(shared_wrong) < SAME_ANSWERS_MIN_SHARED_WRONG:
            continue
        for first, second in ((attempt, other), (other, attempt)):
            flag, _ = AttemptFlag.objects.get_or_create(
                attempt=first,
                kind=FlagKind.SAME_ANSWERS,
                related_attempt=second,
                defaults={"detail": {"shared": len(shared), "shared_wrong": len(shared_wrong)}},
            )
            flags.append(flag)
    return flags
