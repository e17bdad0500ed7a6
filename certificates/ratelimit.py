"""A fixed-window limit per client address for the public verification endpoints, kept in the
shared cache (Redis in production) so that every web process counts together."""

from __future__ import annotations

import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render

from lms.client_address import client_address


def over_limit(request, *, scope: str) -> bool:
    limit = settings.ADAL_VERIFY_RATE_PER_MINUTE
    window = int(time.time() // 60)
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, timeout=90):
        return limit < 1
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=90)
        return False


# A client over the limit may try again once the current window has certainly ended.
RETRY_AFTER_SECONDS = 60


def too_many_checks_response(request, *, json: bool = False):
    """The answer past the limit, as a page or as JSON (`{"detail": message}`), with
    `Retry-After`: the page, the upload and the API say the same."""
    from django.utils.translation import gettext as _

    message = _("Too many checks from your address. Please wait a minute and try again.")
    if json:
        response = JsonResponse({"detail": message}, status=429)
    else:
        title = _("Too many checks")
        response = render(request, "429.html", {"title": title, "message": message}, status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def verify_rate_limited(*, json: bool = False):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if over_limit(request, scope="verify"):
                return too_many_checks_response(request, json=json)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
