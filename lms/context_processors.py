from django.utils.functional import SimpleLazyObject

from lms.selectors import hr_is_officer_for_navigation


def roles(request):
    """`is_hr_officer` for the navigation, computed only when a template asks for it."""
    user = getattr(request, "user", None)
    return {
        "is_hr_officer": SimpleLazyObject(
            lambda: bool(user is not None and hr_is_officer_for_navigation(user=user))
        )
    }
