from __future__ import annotations

import logging
import math
import secrets
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from certificates.models import Certificate, RevocationCategory
from certificates.services import assignment_complete, certificate_revoke
from legal.selectors import withheld_object_ids
from lms.models import Assignment, AssignmentStatus, User
from lms.services import assignment_mark_started, audit_log, hr_check_servant_in_scope
from lms.tasking import enqueue_on_commit
from quizzes.exceptions import (
    AlreadyCompleted,
    AttemptAllowanceRefused,
    AttemptAlreadyReviewed,
    AttemptAlreadySubmitted,
    AttemptTimeUp,
    AttemptTooSoon,
    InvalidAnswers,
    NoAttemptsLeft,
    NoCertificateToRevoke,
    NotEnoughQuestions,
    QuestionsUnderLegalReview,
    QuizLocked,
    ReviewIncomplete,
    StaleSubmission,
)
from quizzes.models import Attempt, Choice, Question, QuestionKind, Quiz, ReviewDecision
from quizzes.scoring import question_credit

_random = secrets.SystemRandom()


logger = logging.getLogger(__name__)

# --- Starting ---------------------------------------------------------------------------


def _question_pool(*, quiz: Quiz, language: str) -> list[tuple[list[int], int]]:
    """For each draw rule: live, active question ids in the language asked for (falling back
    to the default locale when that language has too few), and how many to draw. Questions
    citing a law article amended since (in effect today, not yet reviewed) are held back;
    when that leaves a rule short the servant is told the test waits for that review."""
    pool = []
    languages = [language, Locale.get_default().language_code]
    withheld = withheld_object_ids(model=Question, on=timezone.localdate())
    short_by_review = False
    for rule in quiz.draw_rules.select_related("topic"):
        for code in languages:
            ids = list(
                Question.objects.filter(
                    topic__translation_key=rule.topic.translation_key,
                    locale__language_code=code,
                    live=True,
                    active=True,
                ).values_list("pk", flat=True)
            )
            drawable = [pk for pk in ids if pk not in withheld]
            if len(drawable) >= rule.count:
                pool.append((drawable, rule.count))
                break
            short_by_review = short_by_review or len(ids) >= rule.count
        else:
            if short_by_review:
                logger.warning(
                    "Quiz %s: topic %s has too few questions outside legal review to draw %s",
                    quiz.pk,
                    rule.topic.key,
                    rule.count,
                )
                raise QuestionsUnderLegalReview()
            raise NotEnoughQuestions()
    if not pool:
        raise NotEnoughQuestions()
    return pool


def _draw_items(*, quiz: Quiz, language: str) -> list[dict]:
    drawn: list[int] = []
    for ids, count in _question_pool(quiz=quiz, language=language):
        drawn.extend(_random.sample(ids, count))
    if quiz.shuffle_questions:
        _random.shuffle(drawn)
    choices: dict[int, list[int]] = {qid: [] for qid in drawn}
    for question_id, choice_id in (
        Choice.objects.filter(question_id__in=drawn)
        .order_by("sort_order", "pk")
        .values_list("question_id", "pk")
    ):
        choices[question_id].append(choice_id)
    items = []
    for qid in drawn:
        order = choices[qid]
        if quiz.shuffle_choices:
            _random.shuffle(order)
        items.append({"question": qid, "choices": order})
    return items


def attempts_used(*, quiz: Quiz, assignment: Assignment) -> int:
    return Attempt.objects.filter(assignment=assignment, quiz=quiz).count()


def attempts_allowed(*, quiz: Quiz, assignment: Assignment) -> int:
    """The test's attempts per cycle and those HR allowed on top (`Assignment.extra_attempts`)."""
    return quiz.attempts_per_cycle + assignment.extra_attempts


def attempts_left(*, quiz: Quiz, assignment: Assignment) -> int:
    allowed = attempts_allowed(quiz=quiz, assignment=assignment)
    return max(allowed - attempts_used(quiz=quiz, assignment=assignment), 0)


def attempt_start(*, user: User, quiz: Quiz, assignment: Assignment, language: str) -> Attempt:
    """Open an attempt, or return the one already open (resume): the questions and the order
    of their answers are drawn and frozen now, and the deadline is set by the server clock."""
    open_attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if open_attempt is not None:
        if not attempt_is_past_grace(open_attempt):
            return open_attempt
        attempt_finalise(attempt=open_attempt)
        assignment.refresh_from_db()
    if assignment.status == AssignmentStatus.COMPLETED:
        raise AlreadyCompleted()
    if not assignment.lessons_requirement_met:
        raise QuizLocked()
    if attempts_used(quiz=quiz, assignment=assignment) >= attempts_allowed(
        quiz=quiz, assignment=assignment
    ):
        raise NoAttemptsLeft()
    now = timezone.now()
    last = (
        Attempt.objects.filter(assignment=assignment, quiz=quiz, submitted_at__isnull=False)
        .order_by("-submitted_at")
        .first()
    )
    if last and quiz.wait_minutes_between_attempts:
        ready_at = last.submitted_at + timedelta(minutes=quiz.wait_minutes_between_attempts)
        if ready_at > now:
            raise AttemptTooSoon(math.ceil((ready_at - now).total_seconds() / 60))

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


# --- Saving and submitting ----------------------------------------------------------------


def attempt_is_past_grace(attempt: Attempt) -> bool:
    grace = timedelta(seconds=settings.ADAL_QUIZ_GRACE_SECONDS)
    return timezone.now() > attempt.deadline + grace


def _clean_answers(*, attempt: Attempt, answers: dict[str, list]) -> dict[str, list[int]]:
    """Validate answers for some of the attempt's questions. An empty list clears an answer."""
    offered = {str(item["question"]): set(item["choices"]) for item in attempt.items}
    kinds = dict(
        Question.objects.filter(pk__in=[int(q) for q in offered]).values_list("pk", "kind")
    )
    cleaned: dict[str, list[int]] = {}
    for question_id, raw_choices in answers.items():
        question_id = str(question_id)
        if question_id not in offered or not isinstance(raw_choices, list | tuple):
            raise InvalidAnswers()
        try:
            chosen = sorted({int(c) for c in raw_choices})
        except (TypeError, ValueError, OverflowError) as error:  # OverflowError: int(1e999)
            raise InvalidAnswers() from error
        if not set(chosen) <= offered[question_id]:
            raise InvalidAnswers()
        if kinds[int(question_id)] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise InvalidAnswers()
        cleaned[question_id] = chosen
    return cleaned


# The sequence column's range: a page counts up from the stored value, so a larger one is forged.
MAX_SEQUENCE = 2**31 - 1


def _locked_open_attempt(attempt: Attempt, sequence: int | None) -> Attempt:
    if sequence is not None and not 0 <= sequence <= MAX_SEQUENCE:
        raise InvalidAnswers()
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.submitted_at is not None:
        raise AttemptAlreadySubmitted()
    if sequence is not None and sequence <= attempt.sequence:
        raise StaleSubmission()
    return attempt


def _merge(attempt: Attempt, cleaned: dict[str, list[int]]) -> None:
    answers = dict(attempt.answers)
    for question_id, chosen in cleaned.items():
        if chosen:
            answers[question_id] = chosen
        else:
            answers.pop(question_id, None)
    attempt.answers = answers


def attempt_save_answers(*, attempt: Attempt, answers: dict[str, list], sequence: int) -> Attempt:
    """Save answers as they are given. `sequence` must be newer than the last accepted one:
    a stale or repeated request is refused and never overwrites what is saved."""
    with transaction.atomic():
        attempt = _locked_open_attempt(attempt, sequence)
        if not attempt_is_past_grace(attempt):
            _merge(attempt, _clean_answers(attempt=attempt, answers=answers))
            attempt.sequence = sequence
            attempt.saved_at = timezone.now()
            attempt.save(update_fields=["answers", "sequence", "saved_at"])
            return attempt
    # Past the deadline and its grace: finalise on what was saved, then say why.
    attempt_finalise(attempt=attempt)
    raise AttemptTimeUp()


@dataclass
class SubmitResult:
    attempt: Attempt
    answers_refused: bool = False


def attempt_submit(
    *, attempt: Attempt, answers: dict[str, list] | None = None, sequence: int | None = None
) -> SubmitResult:
    """Submit and score on the server. Answers arriving after the deadline (plus grace) are
    refused and the attempt is scored on what was saved before it."""
    with transaction.atomic():
        attempt = _locked_open_attempt(attempt, sequence)
        refused = attempt_is_past_grace(attempt)
        if answers and not refused:
            _merge(attempt, _clean_answers(attempt=attempt, answers=answers))
        if sequence is not None and not refused:
            attempt.sequence = sequence
        _score_and_close(attempt, automatically=False)
    _after_submit(attempt)
    return SubmitResult(attempt=attempt, answers_refused=refused and bool(answers))


def attempt_finalise(*, attempt: Attempt) -> Attempt:
    """Close an attempt whose time is up, scoring the answers saved so far. Idempotent."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.submitted_at is not None:
            return attempt
        _score_and_close(attempt, automatically=True)
    _after_submit(attempt)
    return attempt


def attempts_finalise_expired() -> int:
    """Finalise every open attempt past its deadline and grace (run by the periodic task)."""
    cutoff = timezone.now() - timedelta(seconds=settings.ADAL_QUIZ_GRACE_SECONDS)
    count = 0
    for attempt in Attempt.objects.filter(submitted_at__isnull=True, deadline__lt=cutoff):
        attempt_finalise(attempt=attempt)
        count += 1
    return count


def _score_and_close(attempt: Attempt, *, automatically: bool) -> None:
    """Runs inside the caller's transaction, with the attempt row locked."""
    question_ids = [item["question"] for item in attempt.items]
    questions = Question.objects.in_bulk(question_ids)
    correct: dict[int, set[int]] = {qid: set() for qid in question_ids}
    for question_id, choice_id in Choice.objects.filter(
        question_id__in=question_ids, is_correct=True
    ).values_list("question_id", "pk"):
        correct[question_id].add(choice_id)
    total = Fraction(0)
    fully_right = 0
    for item in attempt.items:
        qid = item["question"]
        credit = question_credit(
            kind=questions[qid].kind,
            scoring=questions[qid].scoring,
            chosen=set(attempt.answers.get(str(qid), [])),
            correct=correct[qid],
            offered=set(item["choices"]),
        )
        total += credit
        fully_right += credit == 1
    count = len(question_ids)
    attempt.correct_count = fully_right
    attempt.score_percent = math.floor(100 * total / count) if count else 0
    attempt.passed = attempt.score_percent >= attempt.quiz.pass_mark_percent
    attempt.submitted_at = timezone.now()
    attempt.finalised_automatically = automatically
    attempt.save()
    audit_log(
        actor=attempt.user,
        action="attempt.finalised" if automatically else "attempt.submitted",
        obj=attempt,
        data={"score": attempt.score_percent, "passed": attempt.passed},
    )
    if attempt.passed and attempt.assignment_id:
        # The certificate speaks the language the test was taken in.
        assignment_complete(assignment=attempt.assignment, language=attempt.language[:2])


def _after_submit(attempt: Attempt) -> None:
    enqueue_on_commit("quizzes.tasks.check_attempt_integrity", attempt.pk)


# --- HR review of flagged attempts -----------------------------------------------------------

REVIEW_NOTE_MAX = 255  # the revocation reason of a certificate holds this much


def certificate_issued_by(*, attempt: Attempt, certificates) -> Certificate | None:
    """Of the certificates of the attempt's assignment, the one its pass issued: the first
    issued from its submission on (passing completes the assignment and issues it in the same
    transaction; no attempt can start again until a revocation reopens the assignment)."""
    if not attempt.passed or attempt.submitted_at is None:
        return None
    issued = [
        c
        for c in certificates
        if c.assignment_id == attempt.assignment_id and c.issued_at >= attempt.submitted_at
    ]
    return min(issued, key=lambda c: (c.issued_at, c.pk), default=None)


@transaction.atomic
def attempt_review(*, attempt: Attempt, by: User, decision: str, note: str) -> Attempt:
    """Record HR's decision on a flagged attempt, once: cleared, or the certificate its pass
    issued revoked (the test was not taken honestly: the training is reopened), the note
    being the reason. Audited either way."""
    note = note.strip()
    if decision not in ReviewDecision.values or not note or len(note) > REVIEW_NOTE_MAX:
        raise ReviewIncomplete()
    attempt = Attempt.objects.select_for_update(of=("self",)).get(pk=attempt.pk)
    if attempt.review_decision:
        raise AttemptAlreadyReviewed()
    certificate = None
    if decision == ReviewDecision.REVOKED:
        certificate = certificate_issued_by(
            attempt=attempt,
            certificates=Certificate.objects.filter(assignment_id=attempt.assignment_id),
        )
        if certificate is None:
            raise NoCertificateToRevoke()
        certificate = certificate_revoke(
            certificate=certificate, by=by, reason=note, category=RevocationCategory.INTEGRITY
        )
    attempt.review_decision = decision
    attempt.review_note = note
    attempt.reviewed_by = by
    attempt.reviewed_at = timezone.now()
    attempt.save(update_fields=["review_decision", "review_note", "reviewed_by", "reviewed_at"])
    audit_log(
        actor=by,
        action="attempt.reviewed",
        obj=attempt,
        data={
            "decision": decision,
            "note": note,
            "certificate": certificate.serial if certificate else None,
        },
    )
    return attempt


# --- HR: another attempt --------------------------------------------------------------------


@transaction.atomic
def assignment_allow_attempt(*, assignment: Assignment, reason: str, by: User | None) -> Assignment:
    """Allow one more attempt at the final test to a servant who has used every attempt
    without passing, with the reason (audited; the reason stays in the HR record)."""
    hr_check_servant_in_scope(by=by, servant=assignment.servant)
    reason = reason.strip()
    if not reason:
        raise AttemptAllowanceRefused(_("Give a reason for allowing another attempt."))
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    quiz = getattr(assignment.course.specific, "final_quiz", None)
    if (
        quiz is None
        or assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT)
        or attempts_left(quiz=quiz, assignment=assignment) > 0
        or Attempt.objects.filter(assignment=assignment, submitted_at__isnull=True).exists()
    ):
        raise AttemptAllowanceRefused()
    assignment.extra_attempts += 1
    assignment.save(update_fields=["extra_attempts", "updated_at"])
    audit_log(
        actor=by,
        action="assignment.attempt_allowed",
        obj=assignment,
        data={"reason": reason, "extra_attempts": assignment.extra_attempts},
    )
    return assignment
