"""Integrity signals for HR review. They flag; they never block or change a result."""

from __future__ import annotations

from quizzes.models import Attempt, AttemptFlag, Choice, FlagKind

# Two attempts look copied when they share at least this many questions, answer all of
# them identically, and share at least this many identical wrong answers.
SAME_ANSWERS_MIN_SHARED = 6
SAME_ANSWERS_MIN_SHARED_WRONG = 2


def _wrong_questions(attempt: Attempt, correct: dict[str, set[int]]) -> set[str]:
    return {
        qid for qid, chosen in attempt.answers.items() if set(chosen) != correct.get(qid, set())
    }


def attempt_check_integrity(*, attempt: Attempt) -> list[AttemptFlag]:
    if attempt.submitted_at is None:
        return []
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
