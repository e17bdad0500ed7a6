from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language

from lms.notifications import TOPICS, notification_preference_set, topic_enabled, unsubscribe_read
from lms.selectors import assignment_test_states, assignments_for_servant
from lms.services import user_set_language


@login_required
def learn_dashboard(request):
    assignments = list(assignments_for_servant(user=request.user))
    current = assignments[0] if assignments else None
    certificates = [c for a in assignments for c in a.certificates.all()]
    test = assignment_test_states(assignments=[current]).get(current.pk) if current else None
    return render(
        request,
        "lms/learn_dashboard.html",
        {
            "current": current,
            "test": test,
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


@never_cache
@require_http_methods(["GET", "HEAD"])
def health_view(request):
    """For the load balancer and monitoring: 200 while this host can serve pages (its database
    answers), 503 otherwise. Says nothing else about the service."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


# The signed token is the credential (no sign-in needed), and mail clients send the one-click
# unsubscribe (RFC 8058) as a POST without a CSRF token. GET only shows the button.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def notice_unsubscribe_view(request, token: str):
    try:
        recipient, topic = unsubscribe_read(token=token)
    except signing.BadSignature:
        raise Http404 from None
    if request.method == "POST":
        enabled = request.POST.get("action") == "subscribe"
        notification_preference_set(user=recipient, topic=topic, enabled=enabled)
        return redirect(f"{request.path}?done=1")
    with translation.override(recipient.preferred_language):
        return render(
            request,
            "lms/notice_unsubscribe.html",
            {
                "recipient": recipient,
                "topic_label": TOPICS[topic],
                "enabled": topic_enabled(user=recipient, topic=topic),
                "done": "done" in request.GET,
            },
        )


# Past a sign-in limit the client may try again once the current minute has certainly ended.
SIGN_IN_RETRY_AFTER_SECONDS = 60


def too_many_requests_view(request, exception=None):
    """The answer past a sign-in limit (allauth looks up `handler429` in the root URLconf): a
    page in the visitor's language that says when to try again, with `Retry-After`."""
    response = render(
        request,
        "429.html",
        {
            "title": translation.gettext("Too many sign-in attempts"),
            "message": translation.gettext(
                "Too many sign-in attempts from your address. Please wait a minute and try again."
            ),
        },
        status=429,
    )
    response["Retry-After"] = str(SIGN_IN_RETRY_AFTER_SECONDS)
    return response
