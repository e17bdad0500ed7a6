from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Tests")

    def ready(self):
        # The services queue these tasks by name (lms.tasking): registered in every process.
        from quizzes import tasks  # noqa: F401
