#!/usr/bin/env bash
# Lighthouse scores of the pages in the README's "Quality of the pages" table, against a running
# `make demo` server (BASE, default http://127.0.0.1:8000), with Debian's Chromium.
#   bash bench/lighthouse.sh
# Needs npm (Lighthouse is fetched into a temporary folder) and the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${BASE:-http://127.0.0.1:8000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund --loglevel=error lighthouse@13 >/dev/null
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

# A signed-in session of the demo servant, and a lesson and a certificate of the demo.
read -r session lesson code < <(DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-lms.settings.dev}" \
    .venv/bin/python manage.py shell -v 0 -c "
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from certificates.models import Certificate
from courses.models import LessonPage
from lms.models import User
user = User.objects.get(email='servant@example.com')
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
lesson = LessonPage.objects.live().filter(locale__language_code='kk').first()
code = Certificate.objects.filter(revoked_at__isnull=True).first().code
print(store.session_key, lesson.url, code)
")

printf '%-60s %6s %6s %6s %6s\n' page a11y bp seo perf
for path in /kk/ "$lesson" /learn/ "/verify/$code/" /verify/; do
    "$work/node_modules/.bin/lighthouse" "$BASE$path" --quiet \
        --chrome-flags="--headless=new --no-sandbox" \
        --extra-headers="{\"Cookie\":\"sessionid=$session; django_language=kk\"}" \
        --only-categories=accessibility,best-practices,seo,performance \
        --output=json --output-path="$work/report.json" >/dev/null 2>&1
    python3 - "$work/report.json" "$path" <<'PY'
import json, sys
categories = json.load(open(sys.argv[1]))["categories"]
score = {key: round(value["score"] * 100) for key, value in categories.items()}
print(f"{sys.argv[2]:<60} {score['accessibility']:>6} {score['best-practices']:>6} "
      f"{score['seo']:>6} {score['performance']:>6}")
PY
done
