"""No English left on the sign-in and account pages, or in their messages, for a reader of
Kazakh or Russian: a text that reads the same in English and in the reader's language, and
is made of English words, was not translated."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.messages import get_messages

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
]
ACCOUNT_PAGES = [
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/reauthenticate/",
    "/accounts/logout/",
]
# Words that are the same in every language here: the product, the formats, the languages'
# own names in the switcher, and the demo's addresses.
SAME_IN_EVERY_LANGUAGE = re.compile(r"^(Adal|PDF|CSV|XLSX|QR|English|ENG|EN|[\w.+-]+@[\w.-]+)$")
ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,})+")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg"):
            self.skip += 1
        for name, value in attrs:  # what assistive technology reads out
            if name in ("aria-label", "title", "placeholder", "alt") and value:
                self.parts.append(value.strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(" ".join(data.split()))


def texts(html: str) -> set[str]:
    parser = _Text()
    parser.feed(html)
    return {part for part in parser.parts if not SAME_IN_EVERY_LANGUAGE.match(part)}


def untranslated(english: set[str], other: set[str]) -> set[str]:
    return {text for text in english & other if ENGLISH_WORDS.search(text)}


def render(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, (url, language, response.status_code)
    html = response.content.decode()
    assert f'<html lang="{language}">' in html, (url, language)
    return html


def test_the_check_finds_english_where_there_is_some(client):
    """English compared with itself is all "untranslated": the check can fail."""
    english = texts(render(client, "/accounts/login/", "en"))
    assert {"Forgot your password?"} <= untranslated(english, english)


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("url", ANONYMOUS_PAGES)
def test_sign_in_pages_have_no_english(client, url, language):
    english = texts(render(client, url, "en"))
    assert untranslated(english, texts(render(client, url, language))) == set()


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("url", ACCOUNT_PAGES)
def test_account_pages_have_no_english(client, url, language):
    client.force_login(UserFactory(preferred_language=language))
    english = texts(render(client, url, "en"))
    assert untranslated(english, texts(render(client, url, language))) == set()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_signing_in_and_out_says_so_in_the_pages_language(client, language):
    """The account was saved in English; the reader chose `language` on the page before
    signing in: the messages follow the page."""
    user = UserFactory(preferred_language="en")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    signed_in = client.post(
        "/accounts/login/",
        {"login": user.email, "password": settings.ADAL_DEMO_PASSWORD},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert signed_in.status_code == 302
    messages = [str(m) for m in get_messages(signed_in.wsgi_request)]
    assert messages and not any("signed in" in m.lower() for m in messages), messages
    signed_out = client.post("/accounts/logout/", HTTP_ACCEPT_LANGUAGE=language)
    messages = [str(m) for m in get_messages(signed_out.wsgi_request)]
    assert messages and not any("signed out" in m.lower() for m in messages), messages
