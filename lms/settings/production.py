from django.core.exceptions import ImproperlyConfigured

from lms.deploy_checks import certificate_problems

from .base import *  # noqa: F403
from .base import env

DEBUG = False
# Settings that would make production wrong stop it here, all named at once; the rest of what
# production promises is checked by `manage.py check --deploy` (lms/deploy_checks.py).
_refusals = []
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY or SECRET_KEY.startswith("insecure"):
    _refusals.append("Set DJANGO_SECRET_KEY to a long random value in production.")
_refusals += [
    message
    for _id, message in certificate_problems(
        site_url=SITE_URL,  # noqa: F405
        signing_key=CERTIFICATE_SIGNING_KEY,  # noqa: F405
        signing_cert=CERTIFICATE_SIGNING_CERT,  # noqa: F405
        allow_unsigned=ADAL_ALLOW_UNSIGNED_CERTIFICATES,  # noqa: F405
    )
]

if ADAL_STORAGE not in ("folders", "s3"):  # noqa: F405
    _refusals.append("ADAL_STORAGE is 'folders' (shared folders, the default) or 's3'.")
if ADAL_STORAGE == "s3" and not env("ADAL_S3_BUCKET", default=""):  # noqa: F405
    _refusals.append("Set ADAL_S3_BUCKET: ADAL_STORAGE=s3 keeps every file in that bucket.")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
if not CELERY_BROKER_URL:
    _refusals.append("Set CELERY_BROKER_URL: certificates and checks are done by workers.")
CELERY_TASK_ALWAYS_EAGER = False
# Rate limits (sign-in, verification) and cached compliance counts must be shared by every web
# process: an in-process cache would count each process apart.
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):  # noqa: F405
    _refusals.append("Set CACHE_URL to a shared cache (Redis) in production.")
# Production sits behind one reverse proxy unless told otherwise (it trusts X-Forwarded-Proto).
ADAL_TRUSTED_PROXY_HOPS = env.int("ADAL_TRUSTED_PROXY_HOPS", default=1)
if _refusals:
    raise ImproperlyConfigured(
        "Adal will not start in production:\n" + "\n".join(f"- {m}" for m in _refusals)
    )
