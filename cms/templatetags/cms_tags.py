from django import template

from cms import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def seminar_record(context):
    """The signed-in user's seminar registrations, for includes/seminars_attended.html."""
    user = context.get("user") or getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return []
    return selectors.seminars_for_user(user=user)
