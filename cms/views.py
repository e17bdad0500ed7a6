from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.exceptions import SeminarError
from cms.forms import AttendanceForm
from cms.models import SeminarPage, SeminarRegistration
from cms.selectors import (
    material_search,
    page_for_attendance,
    seminars_for_attendance,
    site_search,
)
from cms.services import (
    can_mark_attendance,
    seminar_cancel_registration,
    seminar_mark_attendance,
    seminar_register,
)


@login_required
@require_POST
def seminar_registration(request, page_id: int):
    """Register for (or cancel) a seat at the seminar, from its page in any language."""
    seminar = get_object_or_404(SeminarPage.objects.live(), pk=page_id)
    try:
        if request.POST.get("action") == "cancel":
            if seminar_cancel_registration(seminar=seminar, user=request.user):
                messages.success(request, _("Your registration has been cancelled."))
        else:
            seminar_register(seminar=seminar, user=request.user)
            messages.success(request, _("You are registered for this seminar."))
    except SeminarError as error:
        messages.warning(request, error.message)
    return redirect(seminar.url + "#registration")


# --- Wagtail admin -------------------------------------------------------------------------


def attendance_index(request):
    return TemplateResponse(
        request,
        "cms/admin/attendance_index.html",
        {"seminars": seminars_for_attendance(user=request.user), "header_icon": "group"},
    )


def seminar_attendance(request, page_id: int):
    try:
        seminar = page_for_attendance(page_id=page_id)
    except (SeminarPage.DoesNotExist, SeminarPage.MultipleObjectsReturned) as error:
        raise Http404 from error
    if not can_mark_attendance(seminar=seminar, user=request.user):
        raise PermissionDenied
    registrations = list(
        SeminarRegistration.objects.filter(seminar=seminar)
        .select_related("user", "marked_by")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    form = AttendanceForm(request.POST or None, registrations=registrations)
    if request.method == "POST" and form.is_valid():
        try:
            changed = seminar_mark_attendance(seminar=seminar, marks=form.marks(), by=request.user)
        except SeminarError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Attendance saved (%(count)d changed).") % {"count": changed}
            )
            return redirect(reverse("cms_seminar_attendance", args=[seminar.pk]))
    return TemplateResponse(
        request,
        "cms/admin/seminar_attendance.html",
        {
            "seminar": seminar,
            "rows": form.rows(),
            "form": form,
            "can_mark": seminar.has_started,
            "header_icon": "group",
        },
    )


def search_view(request):
    """Site search in the language of the page (`/<lang>/search/?q=`)."""
    query = request.GET.get("q", "")[:200]
    language = get_language()[:2]
    results = site_search(query=query, language=language)
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    materials = material_search(query=query, language=language) if page.number == 1 else []
    return render(
        request,
        "cms/search.html",
        {
            "query": query,
            "page": page,
            "materials": materials,
            "querystring": urlencode({"q": query}),
        },
    )
