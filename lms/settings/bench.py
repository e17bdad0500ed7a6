"""Settings for the benchmark suite (`make bench`): production-like (no debug, PostgreSQL,
Redis cache and broker) on loopback HTTP, with its own database, Redis databases and files."""

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env, redis_client_reused

# The demo (`load_demo`, `seed_scale`, the content pack) is never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="bench-only-secret-key-not-for-production-use-0123")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
DATABASES = {
    "default": env.db(
        "ADAL_BENCH_DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/adal_bench"
    )
}
DATABASES["default"]["CONN_MAX_AGE"] = 600
CACHES = {
    "default": redis_client_reused(
        env.cache("ADAL_BENCH_CACHE_URL", default="redis://127.0.0.1:6379/13")
    )
}
CELERY_BROKER_URL = env("ADAL_BENCH_BROKER_URL", default="redis://127.0.0.1:6379/14")
CELERY_TASK_ALWAYS_EAGER = False
BENCH_ROOT = BASE_DIR / "var" / "bench"
MEDIA_ROOT = str(BENCH_ROOT / "media")
CERTIFICATE_ROOT = str(BENCH_ROOT / "certificates")
IMPORT_ROOT = str(BENCH_ROOT / "imports")
CERTIFICATE_SIGNING_KEY = str(BENCH_ROOT / "signing" / "adal-demo-signing-key.pem")
CERTIFICATE_SIGNING_CERT = str(BENCH_ROOT / "signing" / "adal-demo-signing-cert.pem")
SITE_URL = "http://127.0.0.1:8100"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = str(BENCH_ROOT / "static")
ACCOUNT_RATE_LIMITS = False
ADAL_VERIFY_RATE_PER_MINUTE = 10_000_000
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# The project's URLs plus the bare view that page figures are compared with.
ROOT_URLCONF = "bench.urls"
