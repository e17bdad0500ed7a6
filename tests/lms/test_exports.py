"""HR's compliance exports as a spreadsheet user opens them: XLSX with a frozen, bold,
filterable header, date cells and a summary sheet; CSV split on the separator the language's
spreadsheet expects; only the officer's scope; queries that do not grow with the rows."""

import csv
import datetime
import io

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from lms.models import AuditEvent, HRScope, User
from tests.clock import NOW, SERVICE_ZONE, TODAY
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_unit,
)

pytestmark = pytest.mark.django_db

COMPLETED_AT = NOW - datetime.timedelta(days=10)
COMPLETED_ON = COMPLETED_AT.astimezone(SERVICE_ZONE).date()
OVERDUE_ON = TODAY - datetime.timedelta(days=20)


def servant_in(unit, course, cycle, last_name="Servant", **assignment):
    profile = ServantProfileFactory(unit=unit)
    User.objects.filter(pk=profile.user_id).update(last_name=last_name)
    return AssignmentFactory(servant=profile.user, cycle=cycle, course=course, **assignment)


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


@pytest.fixture
def people(tree, course, cycle):
    """In the officer's department: one completed, one in progress, one overdue in the team;
    one exempt in the department; an empty unit; and servants outside the scope."""
    for unit, names in (
        (tree["root"], ("Басшы", "Руководитель", "Head office")),
        (tree["dept"], ("Заң департаменті", "Юридический департамент", "Legal department")),
        (tree["team"], ("Шарт бөлімі", "Отдел договоров", "Contracts unit")),
    ):
        unit.name_kk, unit.name_ru, unit.name = names
        unit.save()
    dept = tree["dept"]
    tree["empty"] = make_unit("a-empty", parent=dept, organisation=dept.organisation)
    tree["empty"].name = "Archive unit"
    tree["empty"].save()
    return {
        "completed": servant_in(tree["team"], course, cycle, "Abenov", status="completed",
                                completed_at=COMPLETED_AT),
        "in_progress": servant_in(tree["team"], course, cycle, "Bekov", status="in_progress"),
        "overdue": servant_in(tree["team"], course, cycle, "Dosov", due_on=OVERDUE_ON),
        "exempt": servant_in(tree["dept"], course, cycle, "Ermekov", status="exempt",
                             exempt_reason="Long leave"),
        "head_office": servant_in(tree["root"], course, cycle, "Outside-Root"),
        "other_body": servant_in(tree["other"], course, cycle, "Outside-Other"),
    }  # fmt: skip


def _workbook(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def _csv(response, delimiter):
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # UTF-8 with a byte-order mark
    return list(csv.reader(io.StringIO(body.decode("utf-8")[1:]), delimiter=delimiter))


def _speak(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language


def test_xlsx_opens_with_a_frozen_bold_filterable_header_and_date_cells(
    client, hr, tree, people, frozen_time
):
    workbook = _workbook(client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx"))
    assert workbook.sheetnames == ["Compliance", "Summary"]
    sheet = workbook["Compliance"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P5"
    header = [cell.value for cell in sheet[1]]
    assert header[:8] == ["Last name", "First name", "Middle name", "IIN", "Email",
                          "Organisation", "Unit code", "Unit"]  # fmt: skip
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["H"].width >= 30  # the unit path is readable
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(rows) == {"Abenov", "Bekov", "Dosov", "Ermekov"}
    done = {header[i]: cell for i, cell in enumerate(rows["Abenov"])}
    assert done["Organisation"].value == "Agency A"
    assert done["Unit"].value == "Head office / Legal department / Contracts unit"
    assert done["Status"].value == "Completed"
    assert done["Due on"].is_date and done["Due on"].number_format == "DD.MM.YYYY"
    assert done["Due on"].value.date() == people["completed"].due_on
    assert done["Completed on"].is_date
    assert done["Completed on"].value.date() == COMPLETED_ON
    late = {header[i]: cell for i, cell in enumerate(rows["Dosov"])}
    assert late["Status"].value == "Overdue"
    assert late["Due on"].value.date() == OVERDUE_ON
    assert late["Completed on"].value is None


def test_xlsx_summary_has_one_row_per_unit_with_counts_and_share(
    client, hr, tree, people, frozen_time
):
    sheet = _workbook(client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx"))["Summary"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"
    assert [cell.value for cell in sheet[1]] == [
        "Unit", "Total", "Completed", "In progress", "Not started", "Overdue", "Exempt",
        "Share completed",
    ]  # fmt: skip
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=2, values_only=True)}
    # The department counts its team too; the exempt servant is not required to complete.
    assert rows["Head office / Legal department"] == (4, 1, 1, 0, 1, 1, 0.33)
    assert rows["Head office / Legal department / Contracts unit"] == (
        3, 1, 1, 0, 1, 0, 0.33,
    )  # fmt: skip
    assert rows["Head office / Legal department / Archive unit"] == (0, 0, 0, 0, 0, 0, "—")
    assert sheet["H2"].number_format == "0%"


def test_xlsx_neutralises_formulas(client, hr, tree, course, cycle):
    servant_in(tree["team"], course, cycle, "=HYPERLINK(1)")
    sheet = _workbook(client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx"))["Compliance"]
    assert sheet["A2"].value == "'=HYPERLINK(1)"
    assert sheet["A2"].data_type == "s"


@pytest.mark.parametrize(
    ("language", "sheets", "first_headers", "path"),
    [
        ("ru", ["Контроль обучения", "Сводка"], ["Фамилия", "Имя", "Отчество"],
         "Руководитель / Юридический департамент / Отдел договоров"),
        ("kk", ["Талаптардың сақталуы", "Жиынтық"], ["Тегі", "Аты", "Әкесінің аты"],
         "Басшы / Заң департаменті / Шарт бөлімі"),
    ],
)  # fmt: skip
def test_xlsx_sheets_headers_and_unit_path_in_the_request_language(
    client, hr, tree, people, language, sheets, first_headers, path
):
    _speak(client, language)
    workbook = _workbook(client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx"))
    assert workbook.sheetnames == sheets
    compliance, summary = workbook[sheets[0]], workbook[sheets[1]]
    assert [cell.value for cell in compliance[1]][:3] == first_headers
    assert path in [row[7] for row in compliance.iter_rows(min_row=2, values_only=True)]
    assert summary["A1"].value != "Unit"
    assert path in [row[0] for row in summary.iter_rows(min_row=2, values_only=True)]


def test_russian_csv_is_split_on_semicolons_with_iso_dates(client, hr, tree, people):
    _speak(client, "ru")
    rows = _csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv"), ";")
    header = rows[0]
    assert len(header) == 16
    assert header[:3] == ["Фамилия", "Имя", "Отчество"]
    assert all(len(row) == 16 for row in rows)
    done = dict(zip(header, next(row for row in rows if row[0] == "Abenov"), strict=True))
    assert done["Подразделение"] == "Руководитель / Юридический департамент / Отдел договоров"
    assert done["Срок"] == people["completed"].due_on.isoformat()
    assert done["Дата завершения"] == COMPLETED_ON.isoformat()
    assert {row[0] for row in rows[1:]} == {"Abenov", "Bekov", "Dosov", "Ermekov"}


@pytest.mark.parametrize(
    ("language", "query", "delimiter"),
    [("kk", "", ";"), ("en", "", ","), ("ru", "?delimiter=comma", ","),
     ("en", "?delimiter=semicolon", ";"), ("en", "?delimiter=tab", ",")],
)  # fmt: skip
def test_csv_separator_follows_the_language_unless_chosen(
    client, hr, tree, people, language, query, delimiter
):
    _speak(client, language)
    rows = _csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv{query}"), delimiter)
    assert len(rows) == 5
    assert all(len(row) == 16 for row in rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_officer_cannot_export_a_unit_outside_their_scope(client, hr, tree, people, fmt):
    for unit in (tree["root"], tree["other"]):
        assert client.get(f"/hr/units/{unit.pk}/export.{fmt}").status_code == 404


def test_officer_of_a_team_exports_only_the_team(client, tree, people):
    officer = UserFactory(email="team-officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["team"])
    client.force_login(officer)
    assert client.get(f"/hr/units/{tree['dept'].pk}/export.csv").status_code == 404
    rows = _csv(client.get(f"/hr/units/{tree['team'].pk}/export.csv"), ",")
    assert {row[0] for row in rows[1:]} == {"Abenov", "Bekov", "Dosov"}
    workbook = _workbook(client.get(f"/hr/units/{tree['team'].pk}/export.xlsx"))
    summary = [row[0] for row in workbook["Summary"].iter_rows(min_row=2, values_only=True)]
    assert summary == ["Head office / Legal department / Contracts unit"]


def test_export_keeps_the_list_filters(client, hr, tree, people):
    rows = _csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv?status=overdue"), ",")
    assert [row[0] for row in rows[1:]] == ["Dosov"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_queries_do_not_grow_with_the_rows(
    client, hr, tree, course, cycle, fmt, frozen_time
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/hr/units/{tree['dept'].pk}/export.{fmt}")
            b"".join(response.streaming_content)
        return len(captured)

    servant_in(tree["team"], course, cycle)
    queries()  # the first request of a session also writes the session and fills caches
    few = queries()
    for n in range(30):
        servant_in(tree["team"] if n % 2 else tree["dept"], course, cycle, f"Servant {n}")
    assert queries() == few


def test_unit_page_offers_the_csv_separator_with_the_filters(client, hr, tree, people):
    _speak(client, "ru")
    page = client.get(f"/hr/units/{tree['dept'].pk}/?status=overdue&q=Dos").content.decode()
    assert f'action="/hr/units/{tree["dept"].pk}/export.csv"' in page
    assert '<option value="semicolon" selected>' in page
    assert '<input type="hidden" name="status" value="overdue">' in page
    assert '<input type="hidden" name="q" value="Dos">' in page
    assert f"/hr/units/{tree['dept'].pk}/export.xlsx?" in page


def test_too_long_a_list_for_xlsx_sends_the_officer_back_to_the_csv(
    client, hr, tree, people, monkeypatch
):
    monkeypatch.setattr("hr.exports.XLSX_MAX_ROWS", 3)
    response = client.get(
        f"/hr/units/{tree['dept'].pk}/export.xlsx?cycle={people['exempt'].cycle.year}"
    )
    assert response.status_code == 302
    assert (
        response["Location"] == f"/hr/units/{tree['dept'].pk}/?cycle={people['exempt'].cycle.year}"
    )
    page = client.get(response["Location"]).content.decode()
    assert "The list has 4 rows, more than 3" in page
    assert not AuditEvent.objects.filter(action="hr.exported").exists()
    # A narrower list still comes as XLSX; the CSV streams whatever its length.
    assert _workbook(client.get(f"/hr/units/{tree['team'].pk}/export.xlsx"))
    assert len(_csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv"), ",")) == 5
