from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished, post_page_move

from lms.navigation import navigation_changed


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Public site")

    def ready(self):
        # Imported once the models are loaded (the receiver tells this app's models apart).
        from cms.models import navigation_changed_on_write

        # Titles and URLs of linked pages live in the cached navigation.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(navigation_changed, dispatch_uid=f"cms-navigation-{id(signal)}")
        post_save.connect(navigation_changed_on_write, dispatch_uid="cms-navigation-save")
        post_delete.connect(navigation_changed_on_write, dispatch_uid="cms-navigation-delete")
