"""HR depth: completion year over year, and on a servant's record a later deadline or another
attempt at the final test, each with a reason (the services audit them)."""

import datetime

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hr import selectors
from hr.decorators import hr_required
from hr.views import _cycle
from lms.exceptions import DomainError
from lms.models import Assignment, TrainingCycle
from lms.selectors import hr_units
from lms.services import assignment_extend_due
from quizzes.services import assignment_allow_attempt

REASON_MAX = 255


@hr_required
def years_view(request):
    cycle = _cycle(request)
    cycles, rows = selectors.completion_by_year(user=request.user, cycle=cycle)
    return render(
        request,
        "hr/years.html",
        {
            "cycle": cycle,
            "cycles": cycles,
            "all_cycles": TrainingCycle.objects.order_by("-year"),
            "rows": rows,
            "ticks": (0, 25, 50, 75, 100),
        },
    )


def _assignment_in_scope(request, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("servant", "cycle"),
        pk=assignment_id,
        servant__servant_profile__unit__in=hr_units(user=request.user),
    )


def _back(assignment: Assignment):
    record = reverse("hr:servant", kwargs={"servant_id": assignment.servant_id})
    return redirect(f"{record}#assignment-{assignment.pk}")


@hr_required
@require_POST
def assignment_extend_view(request, assignment_id: int):
    assignment = _assignment_in_scope(request, assignment_id)
    try:
        due_on = datetime.date.fromisoformat(request.POST.get("due_on", "")[:10])
    except ValueError:
        messages.error(request, _("Give the new deadline as a date."))
        return _back(assignment)
    try:
        assignment = assignment_extend_due(
            assignment=assignment,
            due_on=due_on,
            reason=request.POST.get("reason", "")[:REASON_MAX],
            by=request.user,
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("The deadline is now %(date)s; the servant sees it on their training page.")
            % {"date": assignment.due_on.strftime("%d.%m.%Y")},
        )
    return _back(assignment)


@hr_required
@require_POST
def assignment_allow_attempt_view(request, assignment_id: int):
    assignment = _assignment_in_scope(request, assignment_id)
    try:
        assignment_allow_attempt(
            assignment=assignment,
            reason=request.POST.get("reason", "")[:REASON_MAX],
            by=request.user,
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The servant may take the final test once more."))
    return _back(assignment)
