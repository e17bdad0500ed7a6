"""Verification answers take the same time whether a code exists or not, so that response
times tell nothing about which codes are real."""

from __future__ import annotations

import time
from functools import wraps

from django.conf import settings


def respond_no_sooner_than_floor(view):
    """Hold the response until ADAL_VERIFY_MIN_SECONDS have passed since the request began.

    The floor is set above the slowest ordinary lookup-and-render, so known, unknown, revoked
    and expired codes all answer at the floor; only an overloaded server is slower."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        started = time.monotonic()
        try:
            return view(request, *args, **kwargs)
        finally:  # a "not found" raised as an exception waits as well
            remaining = settings.ADAL_VERIFY_MIN_SECONDS - (time.monotonic() - started)
            if remaining > 0:
                time.sleep(remaining)

    return wrapper
