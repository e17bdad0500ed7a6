"""The invitation snippets of the HR pages (templates/hr/includes/invite_*.html): each reads
its own counts, so the pages' views need not know about invitations."""

from django import template

from lms.invitations import servants_never_signed_in_by_scope
from lms.models import Invitation

register = template.Library()


@register.inclusion_tag("hr/includes/invite_dashboard.html", takes_context=True)
def invite_dashboard(context):
    """How many servants in the officer's scope never signed in, and a re-send per scope
    (one query: the scope roots, each with its count)."""
    user = context["request"].user
    units = servants_never_signed_in_by_scope(user=user)
    return {
        "total": sum(unit.never_signed_in for unit in units),
        "units": [unit for unit in units if unit.never_signed_in],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("hr/includes/invite_unit.html", takes_context=True)
def invite_unit(context, unit):
    # No count here: the unit page's query budget is spent on the list (tests/lms/test_hr.py).
    return {"unit": unit, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("hr/includes/invite_servant.html", takes_context=True)
def invite_servant(context, servant):
    return {
        "servant": servant,
        "invitation": Invitation.objects.filter(user=servant).first(),
        "csrf_token": context.get("csrf_token"),
    }
