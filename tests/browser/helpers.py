"""Steps the journeys share."""

from django.conf import settings
from django.utils import translation

from tests.browser.conftest import check_page


def _(text: str, language: str) -> str:
    """The text as the page shows it in that language."""
    with translation.override(language):
        return translation.gettext(text)


def sign_in(page, demo, language: str, email: str, *, next_url: str = "/learn/") -> None:
    page.goto(demo.url + "/accounts/login/?next=" + next_url)
    check_page(page, language, f"sign-in-{language}")
    page.fill("#id_login", email)
    page.fill("#id_password", settings.ADAL_DEMO_PASSWORD)
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(demo.url + next_url)
