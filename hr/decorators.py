from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from lms.selectors import hr_is_officer
from lms.services import audit_log


def hr_required(view):
    """Signed in and an HR officer (anyone else gets 404); the first visit of the session to
    the HR area is recorded in the audit log."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not hr_is_officer(user=request.user):
            raise Http404
        if not request.session.get("hr_area_logged"):
            audit_log(actor=request.user, action="hr.opened", obj=request.user)
            request.session["hr_area_logged"] = True
        return view(request, *args, **kwargs)

    return wrapper
