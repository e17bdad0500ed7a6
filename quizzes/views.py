from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.models import Assignment
from quizzes.exceptions import AttemptAlreadySubmitted, QuizError
from quizzes.models import Attempt
from quizzes.selectors import attempt_questions
from quizzes.services import attempt_is_past_grace, attempt_start, attempt_submit, attempts_left


def _own_attempt(request, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("quiz", "assignment"), pk=attempt_id, user=request.user
    )


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
        localized = course.localized
        return redirect(localized.url)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


@login_required
def attempt_view(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    if attempt_is_past_grace(attempt):
        result = attempt_submit(attempt=attempt, answers={})
        messages.warning(request, _("The time for this attempt ran out; it was scored as saved."))
        return redirect("quizzes:result", attempt_id=result.attempt.pk)
    return render(
        request,
        "quizzes/attempt.html",
        {"attempt": attempt, "questions": attempt_questions(attempt=attempt)},
    )


@login_required
@require_POST
def attempt_submit_view(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    answers = {
        key.removeprefix("q-"): request.POST.getlist(key)
        for key in request.POST
        if key.startswith("q-")
    }
    try:
        result = attempt_submit(attempt=attempt, answers=answers)
    except AttemptAlreadySubmitted as error:
        messages.warning(request, error.message)
        response = render(
            request, "quizzes/result.html", _result_context(_own_attempt(request, attempt_id))
        )
        response.status_code = 409
        return response
    except QuizError as error:
        messages.error(request, error.message)
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    if result.answers_refused:
        messages.warning(
            request,
            _(
                "Your answers arrived after the time limit and could not be accepted. "
                "The attempt was scored on the answers saved before the deadline."
            ),
        )
    return redirect("quizzes:result", attempt_id=attempt.pk)


def _result_context(attempt: Attempt) -> dict:
    context = {"attempt": attempt, "questions": attempt_questions(attempt=attempt)}
    if attempt.assignment_id:
        context["attempts_left"] = attempts_left(quiz=attempt.quiz, assignment=attempt.assignment)
        context["certificate"] = attempt.assignment.certificates.filter(
            revoked_at__isnull=True
        ).first()
    return context


@login_required
def attempt_result_view(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    return render(request, "quizzes/result.html", _result_context(attempt))
