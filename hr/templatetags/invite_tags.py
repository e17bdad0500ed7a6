"""The invitation snippets of the HR pages (templates/hr/includes/invite_*.html): each reads
its own counts, so the pages' views need not know about invitations."""

from django import template

from lms.invitations import servants_never_signed_in, servants_never_signed_in_count
from lms.models import Invitation, OrgUnit
from lms.selectors import hr_scope_paths

register = template.Library()


@register.inclusion_tag("hr/includes/invite_dashboard.html", takes_context=True)
def invite_dashboard(context):
    """How many servants in the officer's scope never signed in, and a re-send per scope."""
    user = context["request"].user
    if user.is_superuser:
        roots = OrgUnit.get_root_nodes()
    else:
        roots = OrgUnit.objects.filter(path__in=hr_scope_paths(user))
    waiting = servants_never_signed_in()
    units = [(unit, waiting.filter(unit__path__startswith=unit.path).count()) for unit in roots]
    return {
        "total": servants_never_signed_in_count(user=user),
        "units": [(unit, count) for unit, count in units if count],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("hr/includes/invite_unit.html", takes_context=True)
def invite_unit(context, unit):
    count = servants_never_signed_in().filter(unit__path__startswith=unit.path).count()
    return {"unit": unit, "count": count, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("hr/includes/invite_servant.html", takes_context=True)
def invite_servant(context, servant):
    return {
        "servant": servant,
        "invitation": Invitation.objects.filter(user=servant).first(),
        "csrf_token": context.get("csrf_token"),
    }
