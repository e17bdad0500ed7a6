"""The one base class of every domain error in Adal. A domain error is a rule of the domain
refusing an action (the test is locked, the seminar is full, a cell of the staff file is
wrong): it carries the message a person reads, translated, and the HTTP status of the
response. Each app declares its own in `<app>/exceptions.py`.

A view that has a better place for the message (a form, a redirect back to the page) catches
the error itself; any other reaches `lms.middleware.DomainErrorMiddleware`, which answers
with the message and the status. Anything that is not a DomainError stays a server error."""

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    message = _("This cannot be done right now.")
    status = 400

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class OutsideHRScope(DomainError):
    """An HR write on a servant or unit outside the officer's HR scopes. Answered as the 404
    of a read of it, so that a write discloses no more than a read."""

    message = _("Page not found")
    status = 404


class NoAssignmentRule(DomainError):
    """Opening a cycle with no course named, no active assignment rule and no annual course."""

    message = _(
        "There is no active assignment rule and no annual course: name the course to assign, "
        "add an assignment rule, or set ADAL_ANNUAL_COURSE."
    )


class DeadlineExtensionRefused(DomainError):
    """HR asked for a deadline the rules do not allow (in the past, earlier than the current
    one, too far after the cycle's year, or on training that is already closed)."""

    message = _("The deadline cannot be extended.")
