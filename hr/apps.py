from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HrConfig(AppConfig):
    """The HR officer's area at /hr/. Above the domain apps (lms, certificates): it reads and
    writes through their selectors and services, and none of them imports it."""

    name = "hr"
    verbose_name = _("Compliance")

    def ready(self):
        # The services queue these tasks by name (lms.tasking): registered in every process.
        from hr import tasks  # noqa: F401
