"""Settings shared by every environment; values come from the environment (see .env.example)."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
env_file = BASE_DIR / ".env"
if env_file.exists():
    env.read_env(str(env_file))

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-development-key-change-me")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "lms",
    "legal",
    "courses",
    "quizzes",
    "certificates",
    "cms",
    "hr",
    "wagtail.contrib.forms",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_celery_beat",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "lms.middleware.ResponseHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.middleware.PublicGZipMiddleware",
    "lms.request_guards.RejectNulCharactersMiddleware",
    "lms.client_address.ClientAddressMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lms.middleware.StaffSecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.PageRouteCacheMiddleware",
    "lms.middleware.DomainErrorMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.roles",
                "cms.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
# A persistent connection that died (database restarted) is replaced before it is used.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_client_reused(cache: dict) -> dict:
    """Django's Redis backend, keeping one Redis client per pool (lms.cache)."""
    if cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        cache["BACKEND"] = "lms.cache.RedisCache"
    return cache


CACHES = {"default": redis_client_reused(env.cache("CACHE_URL", default="locmemcache://"))}

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learn:dashboard"
SITE_ID = 1

# Accounts are created by HR imports, not by self-service sign-up.
ACCOUNT_ADAPTER = "lms.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Reset keys last PASSWORD_RESET_TIMEOUT; invitation keys (same view) ADAL_INVITATION_DAYS.
ACCOUNT_PASSWORD_RESET_TOKEN_GENERATOR = "lms.tokens.AccountTokenGenerator"
# Sign-in limits. An account: 5 failed tries in 5 minutes. An address: a whole agency may sit
# behind one (its office network's gateway), so the per-address limits are sized for a building,
# not a household — past them every sign-in from that address waits, the right password too.
ACCOUNT_RATE_LIMITS = {
    "login": env("ADAL_SIGN_IN_RATE_PER_ADDRESS", default="300/m") + "/ip",
    "login_failed": env("ADAL_FAILED_SIGN_IN_RATE_PER_ADDRESS", default="60/m") + "/ip,5/5m/key",
}
# The same answer whether or not an email address has an account (login, reset, sign-up).
ACCOUNT_PREVENT_ENUMERATION = True

# Two-factor authentication: an authenticator app (TOTP) with recovery codes. Required for
# HR officers, editors, moderators and administrators before they open /hr/ or the admin.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Adal"
ADAL_MFA_REQUIRED = env.bool("ADAL_MFA_REQUIRED", default=True)
# Privileged sessions end after this long without a request to /hr/ or the admin.
ADAL_STAFF_SESSION_SECONDS = env.int("ADAL_STAFF_SESSION_SECONDS", default=60 * 60)

# Content Security Policy: scripts and styles from this site only, no inline scripts. The CMS
# admin (its own pages, for signed-in staff) is left out: its editor relies on inline code.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Progress bars set their width in a style attribute; no inline <style> or script.
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "frame-src": [SELF, *env.list("ADAL_CSP_FRAME_SRC", default=[])],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# Browser features no page of the site uses, denied to it and to anything it embeds
# (`Permissions-Policy`, lms.middleware.ResponseHeadersMiddleware). Only names Chromium and
# Firefox know: an unknown one is reported as an error in the browser console. Full screen
# stays allowed for embedded videos.
ADAL_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "bluetooth", "camera", "display-capture", "geolocation",
        "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip

LANGUAGE_CODE = "en"
# Formats Django lacks for a language of the service (lms/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["lms.formats"]
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_allauth"]  # allauth has no kk catalogue
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Adal"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

STATIC_URL = "/static/"
STATIC_ROOT = env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
# The design's CSS framework, installed from the npm registry (package.json, `make assets`) and
# served from our own static files: no CDN, no external fonts; the site works on an intranet.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist" / "css"),
    # The API reference (/api/v1/docs), started by static/js/api-docs.js.
    ("vendor/swagger-ui", BASE_DIR / "node_modules" / "swagger-ui-dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media"))
# Certificates are private: kept outside MEDIA_ROOT, served by a view that checks access.
CERTIFICATE_ROOT = env("CERTIFICATE_ROOT", default=str(BASE_DIR / "var" / "certificates"))
# Staff files between an HR officer's preview and confirmation.
IMPORT_ROOT = env("IMPORT_ROOT", default=str(BASE_DIR / "var" / "imports"))
# Every kept file goes through these (lms.storage): folders every host mounts from shared
# storage, or with ADAL_STORAGE=s3 prefixes of one S3-compatible bucket.
ADAL_STORAGE = env("ADAL_STORAGE", default="folders")
if ADAL_STORAGE == "s3":
    _bucket = {
        "bucket_name": env("ADAL_S3_BUCKET", default=""),
        "endpoint_url": env("ADAL_S3_ENDPOINT_URL", default="") or None,
        "region_name": env("ADAL_S3_REGION", default="") or None,
        "access_key": env("ADAL_S3_ACCESS_KEY", default="") or None,
        "secret_key": env("ADAL_S3_SECRET_KEY", default="") or None,
        "default_acl": None,
        "querystring_auth": True,  # media links are signed and expire; nothing is public
        "file_overwrite": False,
    }
    STORAGES = {
        alias: {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**_bucket, "location": alias},
        }
        for alias in ("default", "certificates", "imports")
    }
else:
    STORAGES = {
        "default": {
            "BACKEND": "lms.storage.SharedFolderStorage",
            "OPTIONS": {"root_setting": "MEDIA_ROOT", "public": True},
        },
        "certificates": {
            "BACKEND": "lms.storage.SharedFolderStorage",
            "OPTIONS": {"root_setting": "CERTIFICATE_ROOT"},
        },
        "imports": {
            "BACKEND": "lms.storage.SharedFolderStorage",
            "OPTIONS": {"root_setting": "IMPORT_ROOT"},
        },
    }
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Adal <no-reply@adal.example>")

# Celery: with no broker configured, tasks run in-process (demo and quick tests).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# A task whose worker died unacknowledged is delivered again after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    # Workers look for such tasks every 10 s x this (kombu's default, 10: every 100 s); tests
    # that kill a worker set 1.
    "unacked_restore_throttle": env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
}
# Beat may run on every worker host; one sends (lms.beat). Last run times are saved after each
# task sent, so an instance taking over knows what was already sent.
CELERY_BEAT_SCHEDULER = "lms.beat:SingleBeatScheduler"
CELERY_BEAT_SYNC_EVERY = 1
ADAL_BEAT_STANDBY_SECONDS = env.float("ADAL_BEAT_STANDBY_SECONDS", default=15.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "mask_iin": {"()": "lms.log_filters.MaskIINFilter"},
        "client": {"()": "lms.client_address.ClientAddressLogFilter"},
    },
    "formatters": {"plain": {"format": "%(levelname)s %(name)s [%(client)s] %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["mask_iin", "client"],
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Training rules
ADAL_DEMO_PASSWORD = "Adal-demo-2026"
ADAL_QUIZ_GRACE_SECONDS = env.int("ADAL_QUIZ_GRACE_SECONDS", default=30)

# Periodic tasks, synced into django-celery-beat's database schedule by `celery beat`.
CELERY_BEAT_SCHEDULE = {
    "open-yearly-cycle": {
        "task": "lms.tasks.open_yearly_cycle",
        "schedule": crontab(month_of_year=1, day_of_month=15, hour=6, minute=0),
    },
    # Invitations whose task was lost (the broker was down when they were requested).
    "send-pending-invitations": {
        "task": "lms.tasks.send_pending_invitations",
        "schedule": 600.0,
    },
    "send-reminders": {
        "task": "lms.tasks.send_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
    "render-missing-certificates": {
        "task": "certificates.tasks.render_missing_certificates",
        "schedule": 600.0,
    },
    "delete-expired-certificate-downloads": {
        "task": "certificates.tasks.delete_expired_bundles",
        "schedule": 3600.0,
    },
    # Spreadsheets waiting for a task that was lost (broker down when they were requested).
    "requeue-stuck-exports": {
        "task": "hr.tasks.requeue_stuck_exports",
        "schedule": 600.0,
    },
    "delete-expired-exports": {
        "task": "hr.tasks.delete_expired_exports",
        "schedule": 3600.0,
    },
    "finalise-expired-attempts": {
        "task": "quizzes.tasks.finalise_expired_attempts",
        "schedule": 60.0,
    },
    # Integrity checks whose task was lost (the broker was down when the attempt was submitted).
    "check-missed-integrity": {
        "task": "quizzes.tasks.check_missed_integrity",
        "schedule": 600.0,
    },
    # Notices whose task was lost: "assigned" and the certificate notices of the last days.
    "send-missed-notices": {
        "task": "lms.tasks.send_missed_notices",
        "schedule": 900.0,
    },
    "send-missed-certificate-notices": {
        "task": "certificates.tasks.send_missed_certificate_notices",
        "schedule": 900.0,
    },
}

# Certificate PDFs are signed (PAdES) with the issuing organisation's key and certificate
# (paths to PEM files). Without both, PDFs are not signed; checking an uploaded PDF on
# /verify/ needs the certificate.
CERTIFICATE_SIGNING_KEY = env("CERTIFICATE_SIGNING_KEY", default="")
CERTIFICATE_SIGNING_CERT = env("CERTIFICATE_SIGNING_CERT", default="")
# After a key rotation: the certificates (PEM paths) of earlier keys, so that PDFs signed with
# them still check as genuine on /verify/.
CERTIFICATE_EARLIER_CERTS = env.list("CERTIFICATE_EARLIER_CERTS", default=[])
# Production refuses to start without the key and certificate, unless this says on purpose that
# certificates are issued unsigned (`check --deploy` then warns).
ADAL_ALLOW_UNSIGNED_CERTIFICATES = env.bool("ADAL_ALLOW_UNSIGNED_CERTIFICATES", default=False)

# A new servant's invitation link (to set a password) works this many days.
ADAL_INVITATION_DAYS = env.int("ADAL_INVITATION_DAYS", default=14)
# The course a cycle assigns to everyone when there are no assignment rules (its slug);
# empty: the only live course, if there is exactly one.
ADAL_ANNUAL_COURSE = env("ADAL_ANNUAL_COURSE", default="")

# A unit's certificates as one ZIP: the download link works this many hours.
ADAL_BUNDLE_HOURS = env.int("ADAL_BUNDLE_HOURS", default=24)
# Bulk rendering (regenerate_certificates, the catch-up sweep, ZIP downloads) is split into
# chunks of this many PDFs, one Celery task each, so that every worker process shares it. At
# 0.1-0.2 s a PDF a chunk takes seconds, far from CELERY_TASK_SOFT_TIME_LIMIT.
ADAL_RENDER_CHUNK = env.int("ADAL_RENDER_CHUNK", default=50)
# A PDF the catch-up sweep queued is not queued again for this long; an unfinished chunk whose
# message was lost (broker down when it was sent, or emptied) is sent again after it.
ADAL_RENDER_REQUEUE_MINUTES = env.int("ADAL_RENDER_REQUEUE_MINUTES", default=60)
# The longest compliance list written as XLSX while the HR officer waits. openpyxl writes
# 800-1,200 rows a second on the bench machine while other work runs on it (bench/RESULTS.md,
# part export): a larger XLSX would keep the request waiting longer than about 12 s, so it is
# written in the background instead (hr.models.ExportJob).
ADAL_XLSX_MAX_ROWS = env.int("ADAL_XLSX_MAX_ROWS", default=10_000)
# A compliance spreadsheet prepared in the background: the download link works this many hours.
ADAL_EXPORT_HOURS = env.int("ADAL_EXPORT_HOURS", default=24)

# Uploaded staff files wait here between preview and confirmation (private, short-lived).

# Certificate checks per client address per minute (page, upload and API together).
ADAL_VERIFY_RATE_PER_MINUTE = env.int("ADAL_VERIFY_RATE_PER_MINUTE", default=60)
# Every verification answers no sooner than this, known code or not (see certificates/timing.py).
ADAL_VERIFY_MIN_SECONDS = env.float("ADAL_VERIFY_MIN_SECONDS", default=0.15)

# Behind reverse proxies: how many of them append to X-Forwarded-For (0: clients connect
# directly), and from which addresses they connect. The client address used by rate limits and
# log lines is read from the header only through those hops (see lms/client_address.py).
ADAL_TRUSTED_PROXY_HOPS = env.int("ADAL_TRUSTED_PROXY_HOPS", default=0)
ADAL_TRUSTED_PROXY_ADDRESSES = env.list(
    "ADAL_TRUSTED_PROXY_ADDRESSES",
    default=["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
)
