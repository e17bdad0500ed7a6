"""What production promises, checked twice: when a production process starts (settings that
would issue wrong certificates stop it) and by `manage.py check --deploy` (each promise named
with its own id, including the ones that only warn).

The start-up half runs while settings load, so it takes plain values and imports nothing that
needs them."""

from __future__ import annotations

import os

from django.conf import settings
from django.core import checks

UNSIGNED_OPT_OUT = "ADAL_ALLOW_UNSIGNED_CERTIFICATES"


def certificate_problems(
    *, site_url: str, signing_key: str, signing_cert: str, allow_unsigned: bool
) -> list[tuple[str, str]]:
    """(check id, message) for each setting that would put a wrong link or no signature on
    certificates. Certificates cannot be corrected once issued: the QR code and the signature are
    inside a file whose hash is published."""
    problems = []
    if not site_url.startswith("https://"):
        problems.append((
            "adal.E001",
            f"Set SITE_URL to the site's public https:// address (now {site_url!r}): every "
            "certificate's QR code and printed verification link point there.",
        ))  # fmt: skip
    if not allow_unsigned:
        for name, path in (
            ("CERTIFICATE_SIGNING_KEY", signing_key),
            ("CERTIFICATE_SIGNING_CERT", signing_cert),
        ):
            if not path:
                problems.append((
                    "adal.E002",
                    f"Set {name} to the issuing organisation's PEM file: certificates are "
                    f"signed. To issue them unsigned on purpose, set {UNSIGNED_OPT_OUT}=1.",
                ))  # fmt: skip
            elif not os.access(path, os.R_OK):
                problems.append(("adal.E002", f"{name}: cannot read {path}."))
    return problems


def _production_checks() -> list[checks.CheckMessage]:
    found = [
        checks.Error(message, id=check_id)
        for check_id, message in certificate_problems(
            site_url=settings.SITE_URL,
            signing_key=settings.CERTIFICATE_SIGNING_KEY,
            signing_cert=settings.CERTIFICATE_SIGNING_CERT,
            allow_unsigned=settings.ADAL_ALLOW_UNSIGNED_CERTIFICATES,
        )
    ]
    if settings.ADAL_ALLOW_UNSIGNED_CERTIFICATES:
        found.append(checks.Warning(
            f"{UNSIGNED_OPT_OUT} is on: certificates are issued without the organisation's "
            "signature, and an uploaded PDF cannot be proven genuine.",
            id="adal.W001",
        ))  # fmt: skip
    if settings.CACHES["default"]["BACKEND"].endswith(("LocMemCache", "DummyCache")):
        found.append(checks.Error(
            "Set CACHE_URL to a shared cache (Redis): rate limits and the cached compliance "
            "counts must be shared by every web process.",
            id="adal.E003",
        ))  # fmt: skip
    if settings.CELERY_TASK_ALWAYS_EAGER or not settings.CELERY_BROKER_URL:
        found.append(checks.Error(
            "Set CELERY_BROKER_URL and run workers: certificates, integrity checks and "
            "reminders must not run inside web requests.",
            id="adal.E004",
        ))  # fmt: skip
    if settings.EMAIL_BACKEND.rsplit(".", 2)[-2] in ("console", "locmem", "dummy", "filebased"):
        found.append(checks.Error(
            f"EMAIL_BACKEND {settings.EMAIL_BACKEND} delivers nothing: reminders and password "
            "resets would be lost.",
            id="adal.E005",
        ))  # fmt: skip
    if settings.SECURE_PROXY_SSL_HEADER and settings.ADAL_TRUSTED_PROXY_HOPS < 1:
        found.append(checks.Warning(
            "The site trusts a proxy's X-Forwarded-Proto, but ADAL_TRUSTED_PROXY_HOPS is 0: "
            "rate limits and logs see the proxy's address, so every client shares one limit.",
            id="adal.W006",
        ))  # fmt: skip
    if settings.ADAL_VERIFY_MIN_SECONDS <= 0:
        found.append(checks.Error(
            "ADAL_VERIFY_MIN_SECONDS must be above 0: verification answers take the same time "
            "for known and unknown codes.",
            id="adal.E007",
        ))  # fmt: skip
    if not settings.ADAL_MFA_REQUIRED:
        found.append(checks.Warning(
            "ADAL_MFA_REQUIRED is off: HR officers and editors can sign in without a second "
            "factor.",
            id="adal.W008",
        ))  # fmt: skip
    if settings.DEFAULT_FROM_EMAIL.rstrip(">").endswith(".example"):
        found.append(checks.Warning(
            f"DEFAULT_FROM_EMAIL is {settings.DEFAULT_FROM_EMAIL!r}: set the ministry's sender "
            "address, or the mail will not be delivered or trusted.",
            id="adal.W009",
        ))  # fmt: skip
    return found


@checks.register(checks.Tags.security, deploy=True)
def adal_production_promises(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    return _production_checks()
