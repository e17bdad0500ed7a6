from django.core.cache import cache
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from lms.navigation import navigation_version, navigation_version_per_request


class PageRouteCacheMiddleware:
    """Which site and which live page answer a CMS URL, kept in the cache under the
    navigation version, which moves with every page saved, published, unpublished, moved or
    deleted and every site changed (cms.apps): finding a lesson cost five queries (site,
    locale, home page, URL path, specific page) on every request.

    Only the routing is cached; Wagtail still checks view restrictions and the page serves
    itself for each request (a servant's own progress is never cached). Wagtail keeps both
    answers on the request (`_wagtail_site`, `_wagtail_route_for_request`, see
    `Page.route_for_request`); this fills them before its view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with navigation_version_per_request():
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        # The path as Wagtail's view receives it (its URL pattern passes it positionally).
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = (
            f"cms:route:{navigation_version()}:{request.get_host()}:{request.get_port()}"
            f":{get_language()}:{request.path_info}"
        )
        cached = cache.get(key)
        if cached is not None:
            request._wagtail_site, request._wagtail_route_for_request = cached
            return None
        site = Site.find_for_request(request)
        route = Page.route_for_request(request, path)
        if site is not None and route is not None:
            # Stored before the page serves (which may note things on the instance).
            cache.set(key, (site, route), timeout=24 * 3600)
        return None
