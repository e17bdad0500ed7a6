"""An HR officer finds the overdue servants of a unit, exports them as CSV and downloads the
unit's certificates as one ZIP, in Kazakh, Russian and English."""

import csv
import io
import zipfile

import pytest

from lms.models import OrgUnit, TrainingCycle
from tests.browser.conftest import check_page
from tests.browser.helpers import _, sign_in

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_hr_officer_filters_the_overdue_exports_and_downloads_certificates(
    open_page, demo, language
):
    year = TrainingCycle.objects.order_by("-year").first().year
    unit = OrgUnit.objects.get(code="tcc")  # the demo's overdue servant works here
    page = open_page(language)
    sign_in(page, demo, language, "hr.transport@example.com", next_url="/hr/")
    check_page(page, language, f"hr-dashboard-{language}")

    with page.expect_navigation():
        page.locator(f"a[href='/hr/units/{unit.pk}/?cycle={year}']").first.click()
    check_page(page, language, f"hr-unit-{language}")
    page.get_by_label(_("Status", language)).select_option("overdue")
    page.get_by_role("button", name=_("Filter", language)).click()
    page.wait_for_url("**status=overdue**")
    check_page(page, language, f"hr-unit-overdue-{language}")
    rows = page.locator("table.table tbody tr")
    assert rows.count() >= 1
    overdue_badge = _("Overdue", language)
    names = []
    for n in range(rows.count()):
        assert rows.nth(n).locator(".status--overdue").inner_text().strip() == overdue_badge
        names.append(rows.nth(n).locator("a[href^='/hr/servants/']").inner_text().strip())

    # Remind the first of them; the list comes back as it was, saying what was sent.
    rows.first.locator("input[name=assignment]").check()
    # The address before and after is the same list: wait for the answer, not the address.
    with page.expect_navigation():
        page.get_by_role(
            "button", name=_("Send a reminder to the selected servants", language)
        ).click()
    page.wait_for_url("**status=overdue**")
    check_page(page, language, f"hr-unit-reminded-{language}")
    assert "1" in page.locator("[role=status]").first.inner_text()

    with page.expect_download() as download:
        page.get_by_role("button", name=_("Export CSV", language)).click()
    assert download.value.suggested_filename.endswith(".csv")
    # Russian- and Kazakh-language Excel splits on ";" (the default there), English on ",".
    delimiter = "," if language == "en" else ";"
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        exported_rows = list(csv.reader(exported, delimiter=delimiter))
    body = exported_rows[1:]
    status = exported_rows[0].index(_("Status", language))
    assert len(body) == len(names)
    assert {row[status] for row in body} == {overdue_badge}
    for name in names:
        assert any(row[0] in name and row[1] in name for row in body), name

    page.get_by_role(
        "button", name=_("Download all %(year)s certificates (ZIP)", language) % {"year": year}
    ).click()
    page.wait_for_url("**/hr/downloads/*/")
    check_page(page, language, f"hr-bundle-{language}")
    with page.expect_download() as download:
        page.locator("a[href$='certificates.zip']").click()
    with zipfile.ZipFile(download.value.path()) as bundle:
        files = bundle.namelist()
        assert "manifest.csv" in files
        pdfs = [name for name in files if name.endswith(".pdf")]
        assert pdfs and all(bundle.read(name)[:5] == b"%PDF-" for name in pdfs)
        manifest = list(
            csv.DictReader(io.StringIO(bundle.read("manifest.csv").decode("utf-8-sig")))
        )
        assert len(manifest) == len(pdfs)
