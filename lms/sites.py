"""The Sites framework's row names the service in allauth's emails (password reset, …):
"Adal" and SITE_URL's host, never Django's default example.com. Kept in step with the
settings after every `migrate`."""

from urllib.parse import urlsplit

from django.conf import settings

SITE_NAME = "Adal"


def site_sync(*, using: str = "default") -> None:
    from django.contrib.sites.models import Site

    domain = urlsplit(settings.SITE_URL).netloc or "localhost"
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": SITE_NAME}
    )
    Site.objects.clear_cache()


def site_sync_after_migrate(sender, using="default", **kwargs) -> None:
    site_sync(using=using)
