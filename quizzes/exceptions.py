from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from lms.exceptions import DomainError


class QuizError(DomainError):
    message = _("The test cannot be taken right now.")


class QuizLocked(QuizError):
    message = _("Read every lesson of the course before taking the final test.")


class NoAttemptsLeft(QuizError):
    message = _("You have used every attempt allowed for this year.")


class AlreadyCompleted(QuizError):
    message = _("You have already completed this year's training.")


class NotEnoughQuestions(QuizError):
    message = _("The test is not ready yet. Please contact the course organiser.")


class QuestionsUnderLegalReview(NotEnoughQuestions):
    message = _(
        "The test is on hold while the course organiser reviews questions affected by a "
        "change in the law. Please try again later."
    )


class AttemptTooSoon(QuizError):
    def __init__(self, minutes: int):
        self.minutes = minutes
        super().__init__(
            ngettext(
                "You can start the next attempt in %(n)d minute.",
                "You can start the next attempt in %(n)d minutes.",
                minutes,
            )
            % {"n": minutes}
        )


class AttemptAlreadySubmitted(QuizError):
    message = _("This attempt has already been submitted; your result is shown below.")
    status = 409


class StaleSubmission(QuizError):
    message = _(
        "These answers come from an out-of-date page (for example another tab or the Back "
        "button) and were not saved. Your newer answers are kept; the page now shows them."
    )
    status = 409


class AttemptTimeUp(QuizError):
    message = _(
        "The time for this attempt is over, so these answers could not be accepted. "
        "The attempt was scored on the answers saved before the deadline."
    )
    status = 409


class InvalidAnswers(QuizError):
    message = _("Some answers do not belong to this test. Please reload the page and try again.")


# --- HR review of flagged attempts ---------------------------------------------------------


class ReviewError(DomainError):
    message = _("This review decision cannot be recorded.")


class ReviewIncomplete(ReviewError):
    message = _("Choose a decision and write a note of at most 255 characters.")


class AttemptAlreadyReviewed(ReviewError):
    message = _("A decision on this attempt has already been recorded.")
    status = 409


class NoCertificateToRevoke(ReviewError):
    message = _(
        "No certificate was issued from this attempt, so there is none to revoke. "
        "Clear the attempt, or revoke a certificate from the servant's record."
    )
    status = 409


class AttemptAllowanceRefused(QuizError):
    """HR may allow another attempt only to a servant who has used every attempt without
    passing, with a reason."""

    message = _(
        "Another attempt can be allowed only when every attempt has been used and the test "
        "has not been passed."
    )
