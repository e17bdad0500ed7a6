import time

from django.conf import settings
from django.http import JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control

from lms.exceptions import DomainError
from lms.selectors import hr_is_officer

# Pages about one person (their training, HR's views of staff, accounts, quizzes, certificates
# and their PDFs, exports and ZIPs, the API's staff records): no shared cache or browser
# history may keep a copy.
PERSONAL_PREFIXES = (
    "/learn/",
    "/quiz/",
    "/hr/",
    "/accounts/",
    "/certificates/",
    "/notices/",
    "/admin/",
    "/django-admin/",
    # The API's staff records (the verification answer is public).
    "/api/v1/compliance",
    "/api/v1/servants/",
)


def _signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


class ResponseHeadersMiddleware:
    """Headers every response carries, first in MIDDLEWARE so that static files, redirects and
    error pages carry them too: `Permissions-Policy` (ADAL_PERMISSIONS_POLICY: the browser
    features the site never uses are denied to it and to anything it embeds), and
    `Cache-Control: private, no-store` on personal pages and on whatever is answered to a
    signed-in user that says nothing about caching itself."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.ADAL_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if request.path_info.startswith(PERSONAL_PREFIXES) or (
            "Cache-Control" not in response.headers and _signed_in(request)
        ):
            patch_cache_control(response, private=True, no_store=True)  # drops "public"
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH mitigation: random padding in every compressed body),
    for public answers only: pages for visitors who are not signed in, the verification page
    and its JSON. Personal pages and whatever a signed-in user reads (their personal data, next
    to whatever of their input a page echoes) are sent uncompressed, so that a response's size
    never tells a secret. Static files are compressed ahead of time by WhiteNoise."""

    def process_response(self, request, response):
        if _signed_in(request) or request.path_info.startswith(PERSONAL_PREFIXES):
            return response
        return super().process_response(request, response)


class PreferredLanguageMiddleware:
    """A signed-in user sees their preferred language unless they picked another one
    with the switcher."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and not getattr(request, "_language_from_path", False)
            and not translation.get_language_from_path(request.path_info)
            # The CMS admin keeps its own per-user language setting.
            and not request.path_info.startswith(("/admin/", "/django-admin/"))
        ):
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, except that a 404 under the application's own (unprefixed)
    URLs stays a 404 instead of being redirected to a language-prefixed CMS path."""

    UNPREFIXED = (
        "/learn/",
        "/quiz/",
        "/certificates/",
        "/verify/",
        "/api/",
        "/accounts/",
        "/admin/",
        "/django-admin/",
        "/documents/",
        "/i18n/",
        "/hr/",
        "/static/",
        "/media/",
    )

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        self._remember_page_language(request, response)
        return super().process_response(request, response)

    @staticmethod
    def _remember_page_language(request, response) -> None:
        """A visitor who is not signed in reads pages in the language of their address
        (/kk/…): remember it, so that the pages without a language in their address (sign in,
        verification) follow it and signing in saves it to the account (lms.signals)."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated or response.status_code != 200:
            return
        language = translation.get_language_from_path(request.path_info)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )


PRIVILEGED_PREFIXES = ("/hr/", "/admin/", "/django-admin/")
PRIVILEGED_SESSION_KEY = "adal_privileged"
RENEWED_SESSION_KEY = "adal_renewed_minute"
MFA_SESSION_KEY = "adal_mfa_enabled"


def user_is_privileged(user) -> bool:
    """HR officers, editors, moderators and administrators: anyone who sees others' data."""
    # Cheapest first: the HR scope lookup is cached on the user for the request's views.
    return (
        user.is_staff
        or user.is_superuser
        or hr_is_officer(user=user)
        or user.has_perm("wagtailadmin.access_admin")
    )


class StaffSecurityMiddleware:
    """A privileged user's session ends after ADAL_STAFF_SESSION_SECONDS without a request,
    and the HR area and the admin open only once the user has set up two-factor
    authentication (when ADAL_MFA_REQUIRED). The role is checked on those areas' paths and
    at sign-in only, so servants' pages pay nothing for this."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path_info.startswith(PRIVILEGED_PREFIXES)
            and user_is_privileged(user)
        ):
            if not request.session.get(PRIVILEGED_SESSION_KEY):
                request.session[PRIVILEGED_SESSION_KEY] = True
            if settings.ADAL_MFA_REQUIRED and not _has_totp(request):
                from django.contrib import messages
                from django.shortcuts import redirect
                from django.utils.translation import gettext as _

                messages.warning(
                    request,
                    _(
                        "Your role gives access to other people's personal data. Set up an "
                        "authenticator app to continue."
                    ),
                )
                return redirect("mfa_activate_totp")
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and session.get(PRIVILEGED_SESSION_KEY):
            # After the view, so that this wins over the sign-in form's own expiry. Renewed at
            # most once a minute: a session write per request would cost every page a query.
            minute = int(time.time() // 60)
            if (
                session.get_expiry_age() != settings.ADAL_STAFF_SESSION_SECONDS
                or session.get(RENEWED_SESSION_KEY) != minute
            ):
                session.set_expiry(settings.ADAL_STAFF_SESSION_SECONDS)
                session[RENEWED_SESSION_KEY] = minute
        return response


def _has_totp(request) -> bool:
    """Looked up once per session: the answer stays true until the session ends."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import is_mfa_enabled

    if request.session.get(MFA_SESSION_KEY):
        return True
    enabled = is_mfa_enabled(request.user, types=[Authenticator.Type.TOTP])
    if enabled:
        request.session[MFA_SESSION_KEY] = True
    return enabled


def _wants_json(request) -> bool:
    return request.content_type == "application/json" or "application/json" in request.headers.get(
        "Accept", ""
    )


def domain_error_response(request, error: DomainError):
    """A domain error as the answer to the request: its message and status, as JSON
    (`{"error": message, "code": class name}`) to a request that sends or accepts JSON, else
    as a page."""
    if _wants_json(request):
        return JsonResponse(
            {"error": str(error.message), "code": type(error).__name__}, status=error.status
        )
    return render(request, "domain_error.html", {"message": error.message}, status=error.status)


class DomainErrorMiddleware:
    """The one place a domain error (lms.exceptions) that a view did not handle becomes a
    response. Last in MIDDLEWARE, so that it is the first to see what a view raised."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DomainError):
            return domain_error_response(request, exception)
        return None
