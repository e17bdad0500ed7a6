from django.utils.functional import SimpleLazyObject

from lms.navigation import navigation_version


def navigation(request):
    """`navigation_version` for the fragment cache of the site's navigation and footer: it
    moves when a page is published, unpublished, moved or deleted, or the settings change."""
    return {"navigation_version": SimpleLazyObject(navigation_version)}
