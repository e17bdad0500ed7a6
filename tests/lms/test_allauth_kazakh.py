"""The sign-in flow in Kazakh. django-allauth ships no kk catalogue, so the project keeps one in
locale_allauth/ (see LOCALE_PATHS); without it these pages and emails would be in English."""

import ast
import re
import time
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.conf import settings as django_settings
from django.contrib.messages import get_messages

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = django_settings.ADAL_DEMO_PASSWORD
KAZAKH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "kk"}
NEW_PASSWORD = "Ayaz-Kokshe-2026"
CATALOGUE = Path(django_settings.BASE_DIR, "locale_allauth", "kk", "LC_MESSAGES", "django.po")


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(client, user):
    return client.post(
        "/accounts/login/", {"login": user.email, "password": PASSWORD}, **KAZAKH_BROWSER
    )


def page(client, url: str, **extra) -> str:
    response = client.get(url, **KAZAKH_BROWSER, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_kazakh(html: str, *, kazakh: list[str], english: list[str]) -> None:
    assert '<html lang="kk">' in html
    for text in kazakh:
        assert text in html, text
    for text in english:
        assert text not in html, text


@pytest.fixture
def kk_user(db):
    return UserFactory(preferred_language="kk")


def test_login_page_its_error_and_the_signed_in_message_are_in_kazakh(client, kk_user):
    assert_kazakh(
        page(client, "/accounts/login/"),
        kazakh=["Кіру", "Құпиясөз", "Құпиясөзді ұмыттыңыз ба?"],
        english=["Sign in", "Forgot your password?"],
    )
    wrong = client.post(
        "/accounts/login/", {"login": kk_user.email, "password": "x" * 12}, **KAZAKH_BROWSER
    )
    assert_kazakh(
        wrong.content.decode(),
        kazakh=["Көрсетілген электрондық пошта мекенжайы және/немесе құпиясөз дұрыс емес."],
        english=["are not correct"],
    )
    signed_in = sign_in(client, kk_user)
    assert signed_in.status_code == 302
    assert any("ретінде жүйеге сәтті кірдіңіз" in m for m in flashed(signed_in))
    assert not any("Successfully signed in" in m for m in flashed(signed_in))


def test_logout_page_and_its_message_are_in_kazakh(client, kk_user):
    client.force_login(kk_user)
    assert_kazakh(
        page(client, "/accounts/logout/"),
        kazakh=["Шығу", "Жүйеден шығуды қалайсыз ба?"],
        english=["Sign Out", "Are you sure you want to sign out?"],
    )
    response = client.post("/accounts/logout/", **KAZAKH_BROWSER)
    assert response.status_code == 302
    assert flashed(response) == ["Жүйеден шықтыңыз."]


def test_password_reset_pages_and_email_are_in_kazakh(client, kk_user, mailoutbox):
    assert_kazakh(
        page(client, "/accounts/password/reset/"),
        kazakh=[
            "Құпиясөзді қалпына келтіру",
            "Электрондық пошта мекенжайыңызды төменге енгізіңіз",
            "Электрондық пошта мекенжайы",  # the field's placeholder
            "Құпиясөзді қалпына келтіру кезінде қиындық туындаса, бізге хабарласыңыз.",
        ],
        english=["Password Reset", "Forgotten your password?", "Reset My Password", "contact us"],
    )
    invalid = client.post(
        "/accounts/password/reset/", {"email": "not-an-address"}, **KAZAKH_BROWSER
    )
    assert_kazakh(
        invalid.content.decode(),
        kazakh=["Жарамды электрондық пошта мекенжайын енгізіңіз."],
        english=["Enter a valid email address."],
    )
    sent = client.post("/accounts/password/reset/", {"email": kk_user.email}, **KAZAKH_BROWSER)
    assert sent.status_code == 302
    assert_kazakh(
        page(client, sent.url),
        kazakh=["Сізге хат жібердік.", "«Спам» қалтасын тексеріңіз."],
        english=["We have sent you an email", "spam folder"],
    )

    (mail,) = mailoutbox
    assert "Құпиясөзді қалпына келтіру" in mail.subject
    assert "Password Reset" not in mail.subject
    assert "құпиясөзін қалпына келтіруді сұрағандықтан жіберілді" in mail.body
    assert "жүйесін пайдаланғаныңыз үшін рақмет!" in mail.body
    for english in ("You're receiving this email", "Hello from", "Thank you for using"):
        assert english not in mail.body

    link = re.search(r"http://\S+/accounts/password/reset/key/\S+", mail.body).group(0)
    form_url = client.get(link, **KAZAKH_BROWSER).url  # the key moves into the session
    assert_kazakh(
        page(client, form_url),
        kazakh=[
            "Құпиясөзді өзгерту",
            "Жаңа құпиясөз (қайталау)",
            "Құпиясөз кемінде 8 таңбадан тұруы керек.",  # the password rules
            "Құпиясөз тек сандардан тұрмауы керек.",
        ],
        english=["Change Password", "New Password", "Your password"],
    )
    mismatched = client.post(
        form_url, {"password1": NEW_PASSWORD, "password2": "Other-Kokshe-2026"}, **KAZAKH_BROWSER
    )
    assert_kazakh(
        mismatched.content.decode(),
        kazakh=["Құпиясөзді екі рет те бірдей енгізуіңіз керек."],
        english=["You must type the same password each time."],
    )
    weak = client.post(
        form_url, {"password1": "12345678", "password2": "12345678"}, **KAZAKH_BROWSER
    )
    assert_kazakh(
        weak.content.decode(),
        kazakh=["Бұл құпиясөз тым жиі қолданылады.", "Бұл құпиясөз тек сандардан тұрады."],
        english=["This password is too common.", "This password is entirely numeric."],
    )
    done = client.post(
        form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, **KAZAKH_BROWSER
    )
    assert done.status_code == 302
    assert_kazakh(
        page(client, done.url),
        kazakh=["Құпиясөзіңіз өзгертілді."],
        english=["Your password is now changed."],
    )


def test_reset_email_to_an_unknown_address_is_in_kazakh(client, mailoutbox):
    client.post("/accounts/password/reset/", {"email": "nobody@example.com"}, **KAZAKH_BROWSER)
    (mail,) = mailoutbox
    assert "Белгісіз есептік жазба" in mail.subject
    assert "біздің дерекқорымызда мұндай есептік жазба жоқ" in mail.body
    assert "we do not have any record" not in mail.body


def test_two_factor_pages_from_setup_to_recovery_codes_are_in_kazakh(
    client, kk_user, django_capture_on_commit_callbacks
):
    client.force_login(kk_user)
    assert_kazakh(
        page(client, "/accounts/2fa/"),
        kazakh=[
            "Екі факторлы аутентификация",
            "Аутентификатор қолданбасы қосылмаған.",
            "Қалпына келтіру кодтары",
            "Қосу",
        ],
        english=["Two-Factor Authentication", "Authenticator App", "not active", "Recovery Codes"],
    )
    # Setting up an authenticator asks for the password again first.
    reauthenticate = client.get("/accounts/2fa/totp/activate/", **KAZAKH_BROWSER).url
    assert reauthenticate.startswith("/accounts/reauthenticate/")
    assert_kazakh(
        page(client, reauthenticate),
        kazakh=[
            "Қол жеткізуді растау",
            "Есептік жазбаңызды қорғау үшін жеке басыңызды қайта растаңыз.",
            "Құпиясөзіңізді енгізіңіз:",
            "Растау",
        ],
        english=["Confirm Access", "Please reauthenticate", "Enter your password:", "Confirm"],
    )
    activate = client.post(
        reauthenticate, {"password": PASSWORD}, **KAZAKH_BROWSER, follow=True
    ).content.decode()
    assert_kazakh(
        activate,
        kazakh=[
            "Аутентификатор қолданбасын қосу",
            "төмендегі QR-кодты аутентификатор қолданбасымен сканерлеңіз",
            "Аутентификатордың құпия кілті",
            "Аутентификатор коды",
        ],
        english=["Activate Authenticator App", "scan the QR code", "Authenticator secret"],
    )
    wrong = client.post("/accounts/2fa/totp/activate/", {"code": "000000"}, **KAZAKH_BROWSER)
    assert_kazakh(wrong.content.decode(), kazakh=["Код қате."], english=["Incorrect code."])

    secret = client.session[SECRET_SESSION_KEY]
    with django_capture_on_commit_callbacks(execute=True):  # the message is added on commit
        activated = client.post(
            "/accounts/2fa/totp/activate/", {"code": current_code(secret)}, **KAZAKH_BROWSER
        )
    assert activated.status_code == 302
    assert "Аутентификатор қолданбасы қосылды." in flashed(activated)
    assert_kazakh(
        page(client, activated.url),
        kazakh=[
            "Қалпына келтіру кодтары: барлығы 10, оның ішінде 10 қолжетімді.",
            "Пайдаланылмаған кодтар",
            "Кодтарды жүктеп алу",
            "Жаңа кодтар жасау",
        ],
        english=["recovery codes available", "Unused codes", "Download codes"],
    )
    assert_kazakh(
        page(client, "/accounts/2fa/"),
        kazakh=["Аутентификатор қолданбасы арқылы аутентификация қосулы.", "Өшіру", "Жүктеп алу"],
        english=["is active", "Deactivate", "Download"],
    )
    assert_kazakh(
        page(client, "/accounts/2fa/recovery-codes/generate/"),
        kazakh=[
            "қалпына келтіру кодтарының жаңа жиынтығын жасағалы тұрсыз",
            "Осыдан кейін қазіргі кодтарыңыз жарамсыз болады.",
            "Сенімдісіз бе?",
        ],
        english=["You are about to generate", "invalidate your existing codes", "Are you sure?"],
    )
    assert_kazakh(
        page(client, "/accounts/2fa/totp/deactivate/"),
        kazakh=["Аутентификатор қолданбасын өшіру", "аутентификацияны өшіргелі тұрсыз"],
        english=["Deactivate Authenticator App", "You are about to deactivate"],
    )


def test_two_factor_sign_in_asks_for_the_code_in_kazakh(client, kk_user):
    secret = generate_totp_secret()
    TOTP.activate(kk_user, secret)
    response = sign_in(client, kk_user)
    assert response.url == "/accounts/2fa/authenticate/"
    assert_kazakh(
        page(client, response.url),
        kazakh=[
            "Екі факторлы аутентификация",
            "Есептік жазбаңыз екі факторлы аутентификациямен қорғалған. "
            "Аутентификатор кодын енгізіңіз:",
            "Бас тарту",
        ],
        english=["Two-Factor Authentication", "Your account is protected", "Cancel"],
    )
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"}, **KAZAKH_BROWSER)
    assert_kazakh(wrong.content.decode(), kazakh=["Код қате."], english=["Incorrect code."])
    done = client.post(
        "/accounts/2fa/authenticate/", {"code": current_code(secret)}, **KAZAKH_BROWSER
    )
    assert done.status_code == 302
    assert any("ретінде жүйеге сәтті кірдіңіз" in m for m in flashed(done))


def test_reauthentication_with_an_authenticator_is_in_kazakh(client, kk_user):
    TOTP.activate(kk_user, generate_totp_secret())
    client.force_login(kk_user)
    by_password = client.get("/accounts/2fa/totp/deactivate/", **KAZAKH_BROWSER).url
    assert by_password.startswith("/accounts/reauthenticate/")
    assert_kazakh(
        page(client, by_password),
        kazakh=["Басқа тәсілдер", "Аутентификатор қолданбасын немесе кодты пайдалану"],
        english=["Alternative options", "Use authenticator app or code"],
    )
    by_code = by_password.replace("/accounts/reauthenticate/", "/accounts/2fa/reauthenticate/")
    assert_kazakh(
        page(client, by_code),
        kazakh=["Қол жеткізуді растау", "Аутентификатор кодын енгізіңіз:", "Құпиясөзді пайдалану"],
        english=["Confirm Access", "Enter an authenticator code", "Use your password"],
    )


def test_setting_up_two_factor_with_an_unverified_address_is_refused_in_kazakh(client, kk_user):
    EmailAddress.objects.create(user=kk_user, email=kk_user.email, primary=True, verified=False)
    sign_in(client, kk_user)
    response = client.get("/accounts/2fa/totp/activate/", **KAZAKH_BROWSER, follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/2fa/"
    assert_kazakh(
        response.content.decode(),
        kazakh=[
            "Электрондық пошта мекенжайыңызды растамайынша, екі факторлы аутентификацияны "
            "қосу мүмкін емес."
        ],
        english=["until you have verified your email address"],
    )


def catalogue_entries(path: Path) -> list[dict]:
    """The entries of a .po file (header and obsolete ones left out): msgid, plural, msgstrs
    and flags. Enough of the format for the catalogues read here; polib is not installed."""
    entries, entry, field = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip() or line.startswith("#~"):
            if entry and entry["msgid"]:
                entries.append(entry)
            entry, field = None, None
            continue
        entry = entry or {"msgid": "", "msgid_plural": None, "msgstr": {}, "flags": []}
        if line.startswith("#,"):
            entry["flags"] += [flag.strip() for flag in line[2:].split(",")]
        elif line.startswith("#"):
            continue
        elif match := re.match(r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d)\])? (".*")$', line):
            keyword, index, text = match.groups()
            field = (keyword, int(index or 0))
            value = ast.literal_eval(text)
            if keyword == "msgstr":
                entry["msgstr"][field[1]] = value
            else:
                entry[keyword] = value
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += value
            else:
                entry[field[0]] += value
    return entries


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[sd]", text))


def test_every_message_of_the_kazakh_allauth_catalogue_is_translated():
    entries = catalogue_entries(CATALOGUE)
    assert len(entries) > 100
    assert "Plural-Forms: nplurals=2; plural=(n!=1);" in CATALOGUE.read_text(encoding="utf-8")
    for entry in entries:
        msgid = entry["msgid"]
        assert "fuzzy" not in entry["flags"], msgid
        forms = 2 if entry["msgid_plural"] else 1
        assert sorted(entry["msgstr"]) == list(range(forms)), msgid
        for index, translation in entry["msgstr"].items():
            assert translation.strip(), msgid
            assert translation != msgid, msgid
            source = entry["msgid_plural"] if index else msgid
            if "python-format" in entry["flags"]:
                assert placeholders(translation) == placeholders(source), msgid


def test_every_message_of_the_catalogue_is_one_allauth_or_django_still_uses():
    """After an upgrade, a msgid that allauth or Django changed would silently fall back to
    English: the packages' own English catalogues list the msgids they use."""
    import allauth
    import django

    shipped = set()
    for package, app in ((allauth, ""), (django, "conf"), (django, "contrib/auth")):
        path = Path(package.__file__).parent / app / "locale/en/LC_MESSAGES/django.po"
        shipped |= {entry["msgid"] for entry in catalogue_entries(path)}
    stale = [e["msgid"] for e in catalogue_entries(CATALOGUE) if e["msgid"] not in shipped]
    assert stale == []
