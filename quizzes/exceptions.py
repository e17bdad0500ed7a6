from django.utils.translation import gettext_lazy as _


class QuizError(Exception):
    message = _("The test cannot be taken right now.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class QuizLocked(QuizError):
    message = _("Read every lesson of the course before taking the final test.")


class NoAttemptsLeft(QuizError):
    message = _("You have used every attempt allowed for this year.")


class AlreadyCompleted(QuizError):
    message = _("You have already completed this year's training.")


class NotEnoughQuestions(QuizError):
    message = _("The test is not ready yet. Please contact the course organiser.")


class AttemptAlreadySubmitted(QuizError):
    message = _("This attempt has already been submitted; your result is shown below.")


class InvalidAnswers(QuizError):
    message = _("Some answers do not belong to this test. Please reload the page and try again.")
