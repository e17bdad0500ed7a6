from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation


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
        return super().process_response(request, response)
