from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

# The demo (`load_demo`, `seed_scale`, the content pack) is never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

DEBUG = env.bool("DJANGO_DEBUG", default=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The demo signs certificates with a self-signed key that `load_demo` creates on first run.
CERTIFICATE_SIGNING_KEY = env(
    "CERTIFICATE_SIGNING_KEY",
    default=str(BASE_DIR / "var" / "signing" / "adal-demo-signing-key.pem"),
)
CERTIFICATE_SIGNING_CERT = env(
    "CERTIFICATE_SIGNING_CERT",
    default=str(BASE_DIR / "var" / "signing" / "adal-demo-signing-cert.pem"),
)
# The demo accounts sign in with a password only; production requires an authenticator app.
ADAL_MFA_REQUIRED = env.bool("ADAL_MFA_REQUIRED", default=False)
