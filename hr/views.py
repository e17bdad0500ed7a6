"""The HR officer's compliance area at /hr/: counts per unit, drill-down, servant record,
exports, exemptions. Beside the CMS admin on purpose: HR officers are not content editors,
and everything here is limited to the subtrees of their HR scopes (others get 404)."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from certificates.models import Certificate, RevocationCategory
from certificates.services import certificate_revoke
from hr import exports, selectors
from hr.decorators import hr_required
from hr.services import export_request
from lms.exports import csv_response, xlsx_response
from lms.imports import MAX_FILE_BYTES, ServantImportError, servants_import, servants_import_plan
from lms.models import (
    Assignment,
    AssignmentStatus,
    AuditEvent,
    Organisation,
    ServantCategory,
    TrainingCycle,
)
from lms.reminders import reminder_send_now
from lms.selectors import STATUS_ORDER, assignments_for_servant, cycle_current, hr_units
from lms.services import assignment_exempt, audit_log
from lms.storage import import_storage
from quizzes.exceptions import ReviewError
from quizzes.models import ReviewDecision
from quizzes.services import REVIEW_NOTE_MAX, attempt_review

PAGE_SIZE = 50


def _is_small_number(value: str, *, digits: int) -> bool:
    """ASCII digits only (str.isdigit() also takes "²"), few enough to fit the query."""
    return 0 < len(value) <= digits and value.isascii() and value.isdigit()


def _cycle(request) -> TrainingCycle:
    year = request.GET.get("cycle", "")
    if _is_small_number(year, digits=4):
        return get_object_or_404(TrainingCycle, year=int(year))
    cycle = cycle_current()
    if cycle is None:
        raise Http404(_("No training cycle has been opened yet."))
    return cycle


def _filters(request) -> dict:
    days = request.GET.get("overdue_days", "")
    return {
        "sort": request.GET.get("sort", "") if request.GET.get("sort") in selectors.SORTS else "",
        "descending": request.GET.get("dir") == "desc",
        "status": request.GET.get("status", "")
        if request.GET.get("status") in STATUS_ORDER
        else "",
        "category": request.GET.get("category", "")
        if request.GET.get("category") in ServantCategory.values
        else "",
        "query": request.GET.get("q", "").strip()[:100],
        "min_days_overdue": int(days) if _is_small_number(days, digits=5) else None,
    }


@hr_required
def dashboard(request):
    cycle = _cycle(request)
    summary = selectors.compliance_summary(user=request.user, cycle=cycle)
    top = [row for row in summary if row.depth == min((r.depth for r in summary), default=0)]
    return render(
        request,
        "hr/dashboard.html",
        {
            "cycle": cycle,
            "cycles": TrainingCycle.objects.order_by("-year"),
            "summary": summary,
            "summary_key": selectors.summary_fingerprint(
                summary, language=get_language(), year=cycle.year
            ),
            "totals": top,
            "chart": selectors.completion_over_time(user=request.user, cycle=cycle),
            "statuses": AssignmentStatus.choices,
        },
    )


def _unit_list(request, unit):
    cycle = _cycle(request)
    filters = _filters(request)
    assignments = selectors.compliance_list(user=request.user, cycle=cycle, unit=unit, **filters)
    return cycle, filters, assignments


@hr_required
def unit_detail(request, unit_id: int):
    unit = get_object_or_404(hr_units(user=request.user), pk=unit_id)
    cycle, filters, assignments = _unit_list(request, unit)
    children = selectors.compliance_summary(user=request.user, cycle=cycle, root=unit)
    paginator = Paginator(assignments, PAGE_SIZE)
    if children and not (filters["category"] or filters["query"] or filters["min_days_overdue"]):
        # The unit's own row of the roll-up already counts this list: no COUNT query.
        own = children[0]
        paginator.count = own.counts[filters["status"]] if filters["status"] else own.total
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "hr/unit.html",
        {
            "unit": unit,
            "cycle": cycle,
            "page": page,
            "rows": selectors.unit_rows(page.object_list),
            "filters": filters,
            "querystring": query.urlencode(),
            "columns": _sort_columns(request, filters),
            "sort_choices": [
                ("name", _("Servant")),
                ("status", _("Status")),
                ("due", _("Due date")),
                ("overdue", _("Days overdue")),
                ("activity", _("Last activity")),
                ("progress", _("Progress")),
            ],
            "children": children,
            "statuses": [(s, dict(AssignmentStatus.choices)[s]) for s in STATUS_ORDER],
            "categories": ServantCategory.choices,
        },
    )


def _sort_columns(request, filters: dict) -> dict[str, dict]:
    """For each sortable column: its link (the other direction when it is the current sort,
    keeping the filters, back to page 1) and its `aria-sort`."""
    columns = {}
    current = filters["sort"] or "name"
    for key in selectors.SORTS:
        query = request.GET.copy()
        query.pop("page", None)
        descending = key == current and not filters["descending"]
        query["sort"] = key
        query["dir"] = "desc" if descending else "asc"
        sorted_now = key == current
        columns[key] = {
            "url": f"?{query.urlencode()}",
            "aria_sort": ("descending" if filters["descending"] else "ascending")
            if sorted_now
            else "",
        }
    return columns


@hr_required
@require_http_methods(["GET", "POST"])
def unit_export(request, unit_id: int, fmt: str):
    """CSV streams at once. An XLSX up to `ADAL_XLSX_MAX_ROWS` rows is written while the officer
    waits; a longer one is written in the background (`ExportJob`) when asked for with a POST,
    and a GET of one (a saved link) offers that button."""
    if fmt not in ("csv", "xlsx"):
        raise Http404
    unit = get_object_or_404(hr_units(user=request.user), pk=unit_id)
    cycle = _cycle(request)
    filters = _filters(request)
    if fmt == "xlsx":
        rows = exports.compliance_count(user=request.user, cycle=cycle, unit=unit, filters=filters)
        if rows > exports.xlsx_max_rows():
            if request.method == "POST":
                job = export_request(
                    user=request.user,
                    unit=unit,
                    cycle=cycle,
                    filters=filters,
                    language=get_language() or settings.LANGUAGE_CODE,
                )
                return redirect("hr:export_job", job_id=job.pk)
            return render(
                request,
                "hr/export_confirm.html",
                {
                    "unit": unit,
                    "cycle": cycle,
                    "rows": rows,
                    "querystring": request.GET.urlencode(),
                },
            )
    audit_log(actor=request.user, action="hr.exported", obj=unit, data={"format": fmt, **filters})
    filename = f"compliance-{cycle.year}-{unit.code}"
    if fmt == "xlsx":
        sheets = exports.compliance_workbook(
            user=request.user, cycle=cycle, unit=unit, filters=filters
        )
        return xlsx_response(sheets, filename)
    header, rows = exports.compliance_table(
        user=request.user, cycle=cycle, unit=unit, filters=filters
    )
    delimiter = exports.export_delimiter(request.GET.get("delimiter", ""))
    return csv_response(header, rows, filename, delimiter=delimiter)


REMINDER_SELECTION_MAX = PAGE_SIZE


@hr_required
@require_POST
def reminders_send_view(request, unit_id: int):
    """Remind the selected servants of the unit's list now (at most once a day each)."""
    unit = get_object_or_404(hr_units(user=request.user), pk=unit_id)
    ids = {
        int(value)
        for value in request.POST.getlist("assignment")[:REMINDER_SELECTION_MAX]
        if _is_small_number(value, digits=18)
    }
    back = _unit_return_url(request, unit)
    if not ids:
        messages.error(request, _("Select the servants to remind."))
        return redirect(back)
    assignments = list(
        Assignment.objects.filter(
            pk__in=ids,
            servant__servant_profile__unit__in=hr_units(user=request.user).filter(
                path__startswith=unit.path
            ),
        ).select_related("servant", "cycle", "servant__servant_profile")
    )
    if len(assignments) != len(ids):
        raise Http404  # someone outside the officer's scope (or this unit): disclose nothing
    sent = sum(reminder_send_now(assignment=a, by=request.user) for a in assignments)
    skipped = len(assignments) - sent
    text = ngettext("%(sent)d reminder sent.", "%(sent)d reminders sent.", sent) % {"sent": sent}
    if skipped:
        text += " " + ngettext(
            "%(skipped)d skipped: already reminded today or training completed.",
            "%(skipped)d skipped: already reminded today or training completed.",
            skipped,
        ) % {"skipped": skipped}
    (messages.success if sent else messages.warning)(request, text)
    return redirect(back)


def _unit_return_url(request, unit) -> str:
    """The unit's list as it was (filters, sort, page), rebuilt from known keys only."""
    given = QueryDict(request.POST.get("return_query", "")[:1000])
    kept = QueryDict(mutable=True)
    for key in ("cycle", "status", "category", "q", "overdue_days", "sort", "dir", "page"):
        if given.get(key):
            kept[key] = given[key][:100]
    query = f"?{kept.urlencode()}" if kept else ""
    return f"{reverse('hr:unit', args=[unit.pk])}{query}"


@hr_required
def servant_record(request, servant_id: int):
    servant = selectors.hr_servant_or_404(user=request.user, servant_id=servant_id)
    assignments = list(assignments_for_servant(user=servant))
    selectors.servant_assignment_details(servant=servant, assignments=assignments)
    attempts = (
        servant.quiz_attempts.select_related("quiz")
        .prefetch_related("flags")
        .order_by("-started_at")
    )
    return render(
        request,
        "hr/servant.html",
        {
            "servant": servant,
            "assignments": assignments,
            "attempts": attempts,
            "certificates": [c for a in assignments for c in a.certificates.all()],
            "revocation_categories": RevocationCategory.choices,
            "events": AuditEvent.objects.filter(
                object_type="lms.assignment", object_id__in=[str(a.pk) for a in assignments]
            )[:50],
        },
    )


@hr_required
@require_POST
def assignment_exempt_view(request, assignment_id: int):
    assignment = get_object_or_404(
        Assignment,
        pk=assignment_id,
        servant__servant_profile__unit__in=hr_units(user=request.user),
    )
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, _("Give a reason for the exemption."))
    else:
        assignment_exempt(assignment=assignment, reason=reason[:255], by=request.user)
        messages.success(request, _("The servant is exempt from this year's training."))
    return redirect("hr:servant", servant_id=assignment.servant_id)


@hr_required
def audit_log_view(request):
    events = selectors.hr_audit_events(user=request.user)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = selectors.audit_rows(user=request.user, events=page.object_list)
    return render(request, "hr/audit.html", {"page": page, "rows": rows})


# --- Staff import: upload → preview → confirm ---------------------------------------------

IMPORT_SESSION_KEY = "hr_import"


def _organisations_in_scope(user):
    return Organisation.objects.filter(units__in=hr_units(user=user)).distinct()


@hr_required
def import_view(request):
    """Upload a staff file, see exactly what would change (or every problem), then confirm."""
    organisations = _organisations_in_scope(request.user)
    context = {"organisations": organisations}
    if request.method == "POST" and request.POST.get("step") == "confirm":
        pending = request.session.get(IMPORT_SESSION_KEY)
        if not pending or pending.get("token") != request.POST.get("token"):
            messages.error(request, _("This import has expired. Upload the file again."))
            return redirect("hr:import")
        organisation = get_object_or_404(organisations, pk=pending["organisation"])
        staged = import_storage()
        try:
            with staged.open(pending["token"], "rb") as file:
                result = servants_import(
                    organisation=organisation, file=file, filename=pending["filename"],
                    deactivate_missing=pending["deactivate"], actor=request.user,
                )  # fmt: skip
        except FileNotFoundError:
            messages.error(request, _("This import has expired. Upload the file again."))
            return redirect("hr:import")
        except ServantImportError as error:
            context.update(file_error=str(error), organisation=organisation)
            return render(request, "hr/import.html", context, status=400)
        finally:
            staged.delete(pending["token"])
            request.session.pop(IMPORT_SESSION_KEY, None)
        if not result.ok:  # the data changed between preview and confirmation
            context.update(errors=result.errors, organisation=organisation)
            return render(request, "hr/import.html", context, status=400)
        messages.success(
            request,
            _(
                "Import done: %(created)d added, %(updated)d updated, %(deactivated)d deactivated, "
                "%(unchanged)d unchanged."
            )
            % result.counts(),
        )
        return redirect("hr:dashboard")

    if request.method == "POST":
        upload = request.FILES.get("file")
        organisation_id = request.POST.get("organisation", "")
        organisation = (
            get_object_or_404(organisations, pk=organisation_id)
            if _is_small_number(organisation_id, digits=18)
            else None
        )
        deactivate = request.POST.get("deactivate_missing") == "on"
        if upload is None or organisation is None:
            messages.error(request, _("Choose the organisation and a CSV or XLSX file."))
            return render(request, "hr/import.html", context, status=400)
        if upload.size > MAX_FILE_BYTES:
            context.update(
                file_error=_("The file is too large: the limit is %(limit)d MB.")
                % {"limit": MAX_FILE_BYTES // (1024 * 1024)},
                organisation=organisation,
            )
            return render(request, "hr/import.html", context, status=400)
        # Kept in shared storage until confirmed: the confirming request may reach another host.
        staged = import_storage()
        token = staged.save(uuid.uuid4().hex, upload)
        try:
            with staged.open(token, "rb") as file:
                plan = servants_import_plan(
                    organisation=organisation, file=file, filename=Path(upload.name).name,
                    deactivate_missing=deactivate, actor=request.user,
                )  # fmt: skip
        except ServantImportError as error:
            staged.delete(token)
            context.update(file_error=str(error), organisation=organisation)
            return render(request, "hr/import.html", context, status=400)
        if not plan.ok:
            staged.delete(token)
            context.update(errors=plan.errors, organisation=organisation, plan=plan)
            return render(request, "hr/import.html", context, status=400)
        request.session[IMPORT_SESSION_KEY] = {
            "token": token, "organisation": organisation.pk,
            "filename": Path(upload.name).name, "deactivate": deactivate,
        }  # fmt: skip
        context.update(plan=plan, token=token, organisation=organisation)
    return render(request, "hr/import.html", context)


@hr_required
@require_POST
def certificate_revoke_view(request, serial: str):
    certificate = get_object_or_404(
        Certificate,
        serial=serial,
        assignment__servant__servant_profile__unit__in=hr_units(user=request.user),
    )
    category = request.POST.get("category", "")
    reason = request.POST.get("reason", "").strip()[:255]
    if category not in RevocationCategory.values or not reason:
        messages.error(request, _("Choose a category and give the reason for the revocation."))
    else:
        certificate_revoke(
            certificate=certificate, by=request.user, reason=reason, category=category
        )
        messages.success(request, _("The certificate is revoked; its verification page says so."))
    return redirect("hr:servant", servant_id=certificate.assignment.servant_id)


# --- Flagged test attempts: the evidence and a review decision -----------------------------------


@hr_required
def flagged_attempts_view(request):
    attempts = selectors.flagged_attempts(user=request.user)
    page = Paginator(attempts, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "hr/flagged_attempts.html",
        {
            "page": page,
            "rows": selectors.flagged_attempt_rows(user=request.user, attempts=page.object_list),
            "decisions": ReviewDecision,
            "note_max": REVIEW_NOTE_MAX,
        },
    )


@hr_required
@require_POST
def flagged_attempt_review_view(request, attempt_id: int):
    attempt = get_object_or_404(
        selectors.flagged_attempts(user=request.user).prefetch_related(None), pk=attempt_id
    )
    decision = request.POST.get("decision", "")
    try:
        attempt_review(
            attempt=attempt, by=request.user, decision=decision, note=request.POST.get("note", "")
        )
    except ReviewError as error:
        messages.error(request, error.message)
    else:
        if decision == ReviewDecision.REVOKED:
            messages.success(
                request,
                _(
                    "The certificate is revoked and the servant's training is reopened; "
                    "the decision is recorded."
                ),
            )
        else:
            messages.success(request, _("The attempt is cleared; the decision is recorded."))
    page = request.POST.get("page", "")
    query = f"?page={page}" if _is_small_number(page, digits=6) else ""
    return redirect(f"{reverse('hr:flagged_attempts')}{query}#attempt-{attempt.pk}")
