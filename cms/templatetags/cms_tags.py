from django import template

from cms import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def seminar_record(context, for_user=None):
    """Seminar registrations of `for_user` (an HR servant record) or of the signed-in user,
    for includes/seminars_attended.html."""
    user = for_user or context.get("user") or getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return []
    return selectors.seminars_for_user(user=user)
