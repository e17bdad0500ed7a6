from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Training and compliance")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from lms.models import HRScope

        # The header's link to the HR area is cached per user (lms.selectors).
        post_save.connect(_hr_scope_changed, sender=HRScope, dispatch_uid="lms-hr-scope-save")
        post_delete.connect(_hr_scope_changed, sender=HRScope, dispatch_uid="lms-hr-scope-del")


def _hr_scope_changed(sender, instance, **kwargs) -> None:
    from lms.selectors import hr_officer_changed

    hr_officer_changed(user_id=instance.user_id)
