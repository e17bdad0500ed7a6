from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

# The demo (`load_demo`, `seed_scale`, the content pack) is never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "var" / "test-media"))
CERTIFICATE_ROOT = env("CERTIFICATE_ROOT", default=str(BASE_DIR / "var" / "test-certificates"))
# Tasks run in-process, except in the worker started by the real-broker tests.
CELERY_BROKER_URL = env("ADAL_TEST_WORKER_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
ACCOUNT_RATE_LIMITS = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
ADAL_VERIFY_MIN_SECONDS = 0  # the test of the floor sets it itself
ADAL_VERIFY_RATE_PER_MINUTE = 100_000  # tests that check the limit lower it themselves
ADAL_MFA_REQUIRED = False  # the tests of two-factor authentication set it themselves
