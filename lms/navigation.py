"""The version of everything cached from the page tree: the site's navigation, page routes
(cms.middleware) and course outlines (courses). It moves with every page published,
unpublished, moved or deleted and every change to the site or its settings (cms.apps
connects the signals), so one increment makes every such cache entry stale at once.

Below the apps that cache from the page tree (cms, courses), so that each of them reads it
without importing the other."""

import threading
from contextlib import contextmanager

from django.core.cache import cache
from django.db import transaction

NAVIGATION_VERSION_KEY = "cms:navigation:version"


# Read once per request (cms.middleware): the route, the course outline, the header and the
# footer all need it. Forgotten when the request ends or the navigation changes.
_request_navigation = threading.local()


def navigation_version() -> int:
    version = getattr(_request_navigation, "version", None)
    if version is None:
        version = cache.get_or_set(NAVIGATION_VERSION_KEY, 1, timeout=None)
        if getattr(_request_navigation, "in_request", False):
            _request_navigation.version = version
    return version


@contextmanager
def navigation_version_per_request():
    _request_navigation.in_request, _request_navigation.version = True, None
    try:
        yield
    finally:
        _request_navigation.in_request, _request_navigation.version = False, None


def navigation_changed(**kwargs) -> None:
    """Every cached set of navigation links, page route and course outline goes stale at
    once: now, and again when the change commits, so that nothing read in between (the
    change not yet visible) stays cached under the new version."""
    _navigation_version_bump()
    transaction.on_commit(_navigation_version_bump)


def _navigation_version_bump() -> None:
    _request_navigation.version = None

    try:
        cache.incr(NAVIGATION_VERSION_KEY)
    except ValueError:
        cache.set(NAVIGATION_VERSION_KEY, 2, timeout=None)
