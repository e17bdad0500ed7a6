from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Training and compliance")

    def ready(self):
        # Imported once the models are loaded: both modules import them. The tasks module is
        # imported so that its tasks can be queued by name in every process (lms.tasking).
        from lms import deploy_checks, signals, tasks  # noqa: F401
        from lms.models import HRScope
        from lms.sites import site_sync_after_migrate

        receiver = signals.hr_scope_changed
        post_save.connect(receiver, sender=HRScope, dispatch_uid="lms-hr-scope-save")
        post_delete.connect(receiver, sender=HRScope, dispatch_uid="lms-hr-scope-del")
        user_logged_in.connect(
            signals.save_chosen_language, dispatch_uid="lms-save-chosen-language"
        )
        # After migrate (the lms app's turn), so the Site row names Adal at SITE_URL's host.
        post_migrate.connect(site_sync_after_migrate, sender=self, dispatch_uid="lms-site-sync")
