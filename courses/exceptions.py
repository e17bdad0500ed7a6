from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from lms.exceptions import DomainError


class LessonNotOpened(DomainError):
    message = _("Open the lesson and read it before marking it as read.")


class LessonReadTooQuickly(DomainError):
    def __init__(self, remaining_seconds: int):
        self.remaining_seconds = remaining_seconds
        super().__init__()

    @property
    def message(self) -> str:
        return ngettext(
            "Please keep reading: this lesson counts as read after %(n)d more second.",
            "Please keep reading: this lesson counts as read after %(n)d more seconds.",
            self.remaining_seconds,
        ) % {"n": self.remaining_seconds}
