from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        # The services queue these tasks by name (lms.tasking): registered in every process.
        from certificates import tasks  # noqa: F401
