from django.utils.translation import gettext_lazy as _

from lms.exceptions import DomainError


class SeminarError(DomainError):
    message = _("The seminar registration could not be changed.")


class SeminarFull(SeminarError):
    message = _("All seats at this seminar are taken.")


class SeminarClosed(SeminarError):
    message = _("Registration has closed: the seminar has already started.")


class SeminarNotStarted(SeminarError):
    message = _("Attendance can be marked only once the seminar has started.")
