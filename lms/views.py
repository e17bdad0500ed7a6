from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from lms.selectors import assignments_for_servant
from lms.services import user_set_language


@login_required
def learn_dashboard(request):
    assignments = list(assignments_for_servant(user=request.user))
    current = assignments[0] if assignments else None
    certificates = [c for a in assignments for c in a.certificates.all()]
    return render(
        request,
        "lms/learn_dashboard.html",
        {
            "current": current,
            "history": assignments[1:],
            "certificates": certificates,
        },
    )


@require_POST
def set_language_view(request):
    """Django's language switch, remembered on the account of a signed-in user."""
    response = set_language(request)
    language = request.POST.get("language")
    if request.user.is_authenticated and language:
        user_set_language(user=request.user, language=language)
    return response


@cache_control(max_age=86400, public=True)
def favicon_view(request):
    """Browsers ask for /favicon.ico whatever the page links: send them to the static icon."""
    return redirect(static("favicon.ico"), permanent=True)
