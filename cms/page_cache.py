"""The home page as a visitor who is not signed in reads it, rendered once per site, language
and navigation version and then served from the cache: rendering it cost the featured course,
the upcoming seminars and the latest news on every request. Anything published, unpublished,
moved or deleted moves the navigation version (lms.navigation), so the next visitor reads the
new page; the upcoming seminars are read again at least every HOME_CACHE_SECONDS as days pass.

Every page carries a form with a CSRF token (the language switcher): the cached copy keeps a
placeholder where the token goes, and each visitor gets their own token (and cookie)."""

from __future__ import annotations

import re

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from lms.navigation import navigation_version

HOME_CACHE_SECONDS = 300
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACEHOLDER = b"\x00csrf\x00"


def home_cache_key(*, page, request) -> str:
    return (
        f"cms:home:{navigation_version()}:{request.get_host()}:{request.get_port()}"
        f":{get_language()}:{page.pk}"
    )


def _cacheable(request) -> bool:
    """The same page for everyone: not signed in, no query, nothing to tell this visitor (the
    message after signing out is shown on the home page), not a preview."""
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not (user is not None and user.is_authenticated)
        and not getattr(request, "is_preview", False)
        and not len(get_messages(request))
    )


def home_page_response(*, page, request, render) -> HttpResponse:
    """The page from the cache when it is the same for everyone, else `render()`'s response
    (kept for the next visitor when it is)."""
    if not _cacheable(request):
        return render()
    key = home_cache_key(page=page, request=request)
    cached = cache.get(key)
    if cached is None:
        response = render()
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return response
        cached = (CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content),
                  response["Content-Type"])  # fmt: skip
        cache.set(key, cached, timeout=HOME_CACHE_SECONDS)
    content, content_type = cached
    if CSRF_PLACEHOLDER in content:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    return HttpResponse(content, content_type=content_type)
