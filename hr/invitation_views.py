"""HR re-sends invitations: to one servant from their record, or to everyone in a unit who
has never signed in. POST only; the servant or unit must be in the officer's scope (404
otherwise, like a read); each request is recorded in the audit log."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from hr import selectors
from hr.decorators import hr_required
from lms.invitations import invitation_resend, invitations_resend_never_signed_in
from lms.selectors import hr_units


@hr_required
@require_POST
def servant_invite_view(request, servant_id: int):
    servant = selectors.hr_servant_or_404(user=request.user, servant_id=servant_id)
    if not servant.email or not servant.is_active:
        messages.error(request, _("This account has no active email address to invite."))
    else:
        invitation_resend(servant=servant, by=request.user)
        messages.success(
            request,
            _("A new invitation is on its way to %(email)s.") % {"email": servant.email},
        )
    return redirect("hr:servant", servant_id=servant.pk)


@hr_required
@require_POST
def unit_invite_view(request, unit_id: int):
    unit = get_object_or_404(hr_units(user=request.user), pk=unit_id)
    count = invitations_resend_never_signed_in(unit=unit, by=request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "A new invitation is on its way to %(count)d servant who never signed in.",
                "New invitations are on their way to %(count)d servants who never signed in.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, _("Everyone in this unit has signed in at least once."))
    if request.POST.get("next") == "dashboard":
        return redirect("hr:dashboard")
    return redirect("hr:unit", unit_id=unit.pk)
