from django.utils.translation import gettext_lazy as _

from lms.exceptions import DomainError


class LegalError(DomainError):
    message = _("This change to the legal register cannot be recorded.")


class UnknownArticles(LegalError):
    def __init__(self, act: str, numbers: list[str]):
        self.numbers = numbers
        super().__init__(
            _("The register holds no article %(numbers)s of act %(act)s.")
            % {"numbers": ", ".join(numbers), "act": act}
        )


class UnknownAct(LegalError):
    def __init__(self, act: str):
        super().__init__(_("The register holds no act numbered %(act)s.") % {"act": act})


class ReviewAlreadyDecided(LegalError):
    message = _("A decision on this review has already been recorded.")
    status = 409
