import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.dates import service_timestamp
from lms.models import Assignment
from quizzes.choice_values import answers_from_values
from quizzes.exceptions import AttemptAlreadySubmitted, AttemptTimeUp, QuizError, StaleSubmission
from quizzes.models import Attempt
from quizzes.selectors import (
    attempt_page,
    attempt_questions,
    attempt_shows_correct_answers,
    final_test_states,
)
from quizzes.services import (
    attempt_finalise,
    attempt_is_past_grace,
    attempt_save_answers,
    attempt_start,
    attempt_submit,
    attempts_left,
)


def _own_attempt(request, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("quiz", "assignment"), pk=attempt_id, user=request.user
    )


def _page_number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


@login_required
@require_POST
def attempt_start_view(request, assignment_id: int):
    assignment = get_object_or_404(Assignment, pk=assignment_id, servant=request.user)
    course = assignment.course.specific
    quiz = getattr(course, "final_quiz", None)
    if quiz is None:
        raise Http404
    try:
        attempt = attempt_start(
            user=request.user, quiz=quiz, assignment=assignment, language=get_language()[:2]
        )
    except QuizError as error:
        messages.error(request, error.message)
        return redirect(course.localized.url + "#final-test")
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _render_attempt(request, attempt: Attempt, page: int, status: int = 200):
    return render(
        request,
        "quizzes/attempt.html",
        {"attempt": attempt, "page": attempt_page(attempt=attempt, number=page)},
        status=status,
    )


@login_required
def attempt_view(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    if attempt_is_past_grace(attempt):
        attempt_finalise(attempt=attempt)
        messages.warning(request, _("The time for this attempt ran out; it was scored as saved."))
        return redirect("quizzes:result", attempt_id=attempt.pk)
    return _render_attempt(request, attempt, _page_number(request.GET.get("page")))


def _posted_answers(post) -> dict[str, list[str]]:
    """Answers (choice values) for the questions shown on the posted page; a question left
    blank clears."""
    return {qid: post.getlist(f"q-{qid}") for qid in post.getlist("shown")}


@login_required
@require_POST
def attempt_save_view(request, attempt_id: int):
    """The form posts of a page (works without JavaScript): save, then move or submit."""
    attempt = _own_attempt(request, attempt_id)
    page = _page_number(request.POST.get("page"))
    action = request.POST.get("go", "next")
    sequence = _page_number(request.POST.get("seq"))
    try:
        answers = answers_from_values(attempt=attempt, answers=_posted_answers(request.POST))
        if action == "submit" and request.POST.get("confirm") != "1":
            # Save first; with questions left blank, ask before a try is used up.
            attempt = attempt_save_answers(attempt=attempt, answers=answers, sequence=sequence)
            unanswered = _unanswered(attempt)
            if unanswered:
                return _render_confirm_submit(request, attempt, unanswered, page)
            answers, sequence = None, None
        if action == "submit":
            result = attempt_submit(attempt=attempt, answers=answers, sequence=sequence)
            if result.answers_refused:
                messages.warning(request, AttemptTimeUp.message)
            return redirect("quizzes:result", attempt_id=attempt.pk)
        attempt_save_answers(attempt=attempt, answers=answers, sequence=sequence)
    except AttemptAlreadySubmitted as error:
        messages.warning(request, error.message)
        return _render_result(request, _own_attempt(request, attempt_id), status=409)
    except AttemptTimeUp as error:
        messages.warning(request, error.message)
        return _render_result(request, _own_attempt(request, attempt_id), status=409)
    except StaleSubmission as error:
        messages.warning(request, error.message)
        return _render_attempt(request, _own_attempt(request, attempt_id), page, status=409)
    except QuizError as error:
        messages.error(request, error.message)
        return _render_attempt(request, _own_attempt(request, attempt_id), page, status=400)
    if action.startswith("page-"):
        page = _page_number(action.removeprefix("page-"))
    elif action == "prev":
        page -= 1
    else:
        page += 1
    return redirect(reverse("quizzes:attempt", args=[attempt.pk]) + f"?page={page}")


def _unanswered(attempt: Attempt) -> list:
    return [
        row for row in attempt_page(attempt=attempt, number=1).all_questions if not row.answered
    ]


def _render_confirm_submit(request, attempt: Attempt, unanswered: list, page: int):
    """Submitting with questions left blank: a page (no script needed) that lists them, with
    a way back to each and a button that submits anyway."""
    return render(
        request,
        "quizzes/confirm_submit.html",
        {
            "attempt": attempt,
            "unanswered": unanswered,
            "total": len(attempt.items),
            "page": page,
            "attempts_left": (
                attempts_left(quiz=attempt.quiz, assignment=attempt.assignment)
                if attempt.assignment_id
                else None
            ),
        },
    )


@login_required
@require_POST
def attempt_autosave_view(request, attempt_id: int):
    """Answers saved as they are given (JavaScript). Never reveals whether they are right."""
    attempt = _own_attempt(request, attempt_id)
    try:
        payload = json.loads(request.body)
        answers = payload["answers"]
        sequence = int(payload["sequence"])
        if not isinstance(answers, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError, OverflowError):  # OverflowError: int(1e999)
        return JsonResponse({"error": _("The request could not be read.")}, status=400)
    # A refusal (QuizError) is answered by lms.middleware.DomainErrorMiddleware as JSON:
    # {"error": message, "code": its class name}, with its status.
    answers = answers_from_values(attempt=attempt, answers=answers)
    attempt = attempt_save_answers(attempt=attempt, answers=answers, sequence=sequence)
    return JsonResponse(
        {
            "saved": True,
            "sequence": attempt.sequence,
            "answered": len(attempt.answers),
            "saved_at": service_timestamp(attempt.saved_at),
        }
    )


def _render_result(request, attempt: Attempt, status: int = 200):
    context = {"attempt": attempt, "questions": attempt_questions(attempt=attempt)}
    left = 0
    if attempt.assignment_id:
        state = final_test_states(assignments=[attempt.assignment]).get(attempt.assignment_id)
        context["state"] = state
        left = state.left if state else 0
        context["certificate"] = attempt.assignment.certificates.filter(
            revoked_at__isnull=True
        ).first()
    context["attempts_left"] = left
    context["show_correct"] = attempt_shows_correct_answers(attempt=attempt, attempts_left=left)
    return render(request, "quizzes/result.html", context, status=status)


@login_required
def attempt_result_view(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    return _render_result(request, attempt)
