"""Anyone types a certificate's code on /verify/ and sees whether it is valid, expired or
revoked, in Kazakh, Russian and English."""

import pytest

from tests.browser.conftest import check_page
from tests.browser.helpers import _

pytestmark = pytest.mark.browser

CODE_LABEL = "Verification code (printed under the QR code)"
STATUS_TEXT = {
    "valid": "This certificate is genuine and valid.",
    "expired": "This certificate is genuine but has expired.",
    "revoked": "This certificate has been revoked.",
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_visitor_checks_valid_expired_and_revoked_certificates(open_page, demo, language):
    page = open_page(language)
    page.goto(demo.url + "/verify/")
    check_page(page, language, f"verify-form-{language}")
    code_box = page.get_by_role("textbox", name=_(CODE_LABEL, language))
    code_box.fill("АБВ 123")  # Cyrillic letters and a space: not a code
    page.keyboard.press("Enter")
    page.wait_for_url("**/verify/?code=*")
    error = page.locator("[role=alert]")
    assert error.get_attribute("id") in code_box.get_attribute("aria-describedby").split()
    assert code_box.get_attribute("aria-invalid") == "true"
    check_page(page, language, f"verify-form-error-{language}")
    for status in ("valid", "expired", "revoked"):
        certificate = demo.certificates[status]
        code_box.fill(certificate.code)
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/verify/{certificate.code}/")
        result = page.locator("[data-status]")
        assert result.get_attribute("data-status") == status
        assert _(STATUS_TEXT[status], language) in result.inner_text()
        assert certificate.serial in result.inner_text()
        check_page(page, language, f"verify-{status}-{language}")
