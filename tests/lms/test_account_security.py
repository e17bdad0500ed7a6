"""Two-factor authentication for privileged roles, short staff sessions, no account
enumeration, security headers, IINs masked in logs."""

import logging
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.conf import settings as django_settings

from lms.models import HRScope
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = django_settings.ADAL_DEMO_PASSWORD


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def hr_officer(assignment):
    unit = assignment.servant.servant_profile.unit
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=unit)
    return officer


@pytest.fixture
def mfa_required(settings):
    settings.ADAL_MFA_REQUIRED = True


def sign_in(client, email):
    return client.post("/accounts/login/", {"login": email, "password": PASSWORD})


@pytest.mark.parametrize("role", ["hr", "editor", "superuser"])
def test_privileged_users_must_set_up_an_authenticator_first(
    client, mfa_required, hr_officer, role
):
    if role == "hr":
        user, area = hr_officer, "/hr/"
    elif role == "editor":
        from django.contrib.auth.models import Group

        user, area = UserFactory(), "/admin/"
        user.groups.add(Group.objects.get(name="Editors"))
    else:
        user, area = UserFactory(is_superuser=True, is_staff=True), "/django-admin/"
    client.force_login(user)
    response = client.get(area)
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/totp/activate/"
    page = client.get(response.url, follow=True).content.decode()
    assert "Set up an authenticator app to continue" in page


def test_servants_are_not_asked_for_a_second_factor(client, mfa_required, assignment):
    client.force_login(assignment.servant)
    assert client.get("/learn/").status_code == 200


def test_with_an_authenticator_sign_in_asks_for_its_code(client, mfa_required, hr_officer):
    secret = generate_totp_secret()
    TOTP.activate(hr_officer, secret)

    response = sign_in(client, hr_officer.email)
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/authenticate/"
    assert client.get("/hr/").status_code == 302  # not signed in yet

    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert "Incorrect code" in wrong.content.decode()
    done = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert done.status_code == 302
    assert client.get("/hr/").status_code == 200


def test_staff_sessions_are_short_and_servant_sessions_are_not(client, hr_officer, assignment):
    sign_in(client, hr_officer.email)
    assert client.session.get_expiry_age() == django_settings.ADAL_STAFF_SESSION_SECONDS
    client.get("/hr/")
    assert client.session.get_expiry_age() == django_settings.ADAL_STAFF_SESSION_SECONDS
    client.logout()
    sign_in(client, assignment.servant.email)
    assert client.session.get_expiry_age() == django_settings.SESSION_COOKIE_AGE


def test_login_does_not_tell_whether_an_account_exists(client, hr_officer):
    unknown = client.post("/accounts/login/", {"login": "nobody@example.com", "password": "x" * 12})
    wrong = client.post("/accounts/login/", {"login": hr_officer.email, "password": "x" * 12})
    assert unknown.status_code == wrong.status_code == 200
    assert unknown.context["form"].errors == wrong.context["form"].errors


def test_password_reset_does_not_tell_whether_an_account_exists(client, hr_officer, mailoutbox):
    known = client.post("/accounts/password/reset/", {"email": hr_officer.email})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    # The unknown address is told by email that it has no account; only the known one
    # receives a reset link.
    links = {m.to[0]: "/accounts/password/reset/key/" in m.body for m in mailoutbox}
    assert links == {hr_officer.email: True, "nobody@example.com": False}


def test_weak_passwords_are_refused(client, assignment):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("12345678", "password", assignment.servant.email.split("@")[0], "short"):
        with pytest.raises(ValidationError):
            validate_password(weak, user=assignment.servant)


def test_public_pages_carry_the_security_headers(client, course):
    response = client.get("/verify/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def _cache_directives(response) -> set[str]:
    return {d.strip() for d in response.get("Cache-Control", "").split(",") if d.strip()}


DENIED_FEATURES = ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")


def test_every_kind_of_response_denies_unused_browser_features(client, assignment, complete):
    certificate = complete(assignment)
    anonymous = [
        "/en/", "/verify/", f"/verify/{certificate.code}/", "/api/v1/compliance",
        "/api/v1/docs", "/static/css/adal.css", "/accounts/login/", "/learn/", "/no-such-page/",
    ]  # fmt: skip
    for path in anonymous:
        response = client.get(path)
        policy = response.get("Permissions-Policy", "")
        assert all(f in policy.split(", ") for f in DENIED_FEATURES), (path, policy)
    client.force_login(assignment.servant)
    response = client.get(f"/certificates/{certificate.serial}.pdf")
    assert "camera=()" in response["Permissions-Policy"]


def test_personal_pages_exports_and_pdfs_are_never_stored(client, hr, tree, assignment, complete):
    from lms.models import HRScope

    certificate = complete(assignment)
    HRScope.objects.create(user=hr, unit=assignment.servant.servant_profile.unit)
    personal = [
        "/hr/", f"/hr/units/{tree['dept'].pk}/", f"/hr/units/{tree['dept'].pk}/export.csv",
        f"/hr/units/{tree['dept'].pk}/export.xlsx", f"/certificates/{certificate.serial}.pdf",
        "/accounts/email/", "/accounts/password/change/",
    ]  # fmt: skip
    for path in personal:
        response = client.get(path)
        assert response.status_code == 200, path
        assert {"private", "no-store"} <= _cache_directives(response), path
    client.force_login(assignment.servant)
    for path in ["/learn/", "/en/", f"/certificates/{certificate.serial}.pdf"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert {"private", "no-store"} <= _cache_directives(response), path
    from lms.services import api_key_create

    _, key = api_key_create(organisation=tree["dept"].organisation, name="HRIS")
    for path in ["/api/v1/compliance", "/api/v1/servants/000000000000"]:
        response = client.get(path, HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_ENCODING="gzip")
        assert {"private", "no-store"} <= _cache_directives(response), path
        assert "Content-Encoding" not in response, path  # personal: never compressed
    client.logout()
    # Signing in is personal too: the form's page is never kept.
    assert {"private", "no-store"} <= _cache_directives(client.get("/accounts/login/"))


def test_public_pages_may_be_cached_and_are_compressed(client, course):
    for path in ["/en/", "/verify/"]:
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "no-store" not in _cache_directives(response), path
        assert response["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in response["Vary"]


def test_pages_for_a_signed_in_user_are_not_compressed(client, assignment):
    client.force_login(assignment.servant)
    for path in ["/learn/", "/en/"]:
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "Content-Encoding" not in response, path


def test_no_template_has_inline_scripts_or_event_handlers():
    import re
    from pathlib import Path

    offenders = []
    for path in Path(django_settings.BASE_DIR, "templates").rglob("*.html"):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", text):
            offenders.append(f"{path.name}: inline <script>")
        if re.search(r"\son[a-z]+=\"", text):
            offenders.append(f"{path.name}: inline event handler")
    assert offenders == []


def test_iins_are_masked_in_the_log_output():
    from lms.log_filters import MaskIINFilter

    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, MaskIINFilter) for f in h.filters)
    )
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "import of %s failed: %s", ("880412300101", "ok"), None
    )
    assert handler.filter(record)
    assert record.getMessage() == "import of ********0101 failed: ok"
    long_number = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "order 12345678901234", None, None
    )
    handler.filter(long_number)
    assert long_number.getMessage() == "order 12345678901234"  # not 12 digits: untouched


def test_reset_for_an_unknown_address_points_to_hr_not_to_a_sign_up(client, mailoutbox):
    """Accounts are made by HR (sign-up is closed): the mail says so instead of offering a link."""
    client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    (mail,) = mailoutbox
    assert "HR officer" in mail.body
    assert "sign up" not in mail.body.lower() and "/accounts/signup/" not in mail.body


def test_sign_in_flow_field_errors_are_tied_to_their_field(client):
    """The sign-in flow's forms (drawn by templates/allauth/elements/fields.html) mark the field
    invalid and name the error, so that a screen reader reads it with the field."""
    response = client.post("/accounts/password/reset/", {"email": "not-an-address"})
    html = response.content.decode()
    assert 'id="id_email_error"' in html and 'role="alert"' in html
    field = html[html.index('<input type="email" name="email"') :].split(">", 1)[0]
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="id_email_error"' in field
    assert 'class="form-control"' in field
