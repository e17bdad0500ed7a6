"""HR's compliance exports as a spreadsheet user opens them: XLSX with a frozen, bold,
filterable header, date cells and a summary sheet; CSV split on the separator the language's
spreadsheet expects; only the officer's scope; queries that do not grow with the rows."""

import csv
import datetime
import io
import os

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from hr.models import ExportJob, ExportStatus
from hr.services import exports_delete_expired, exports_requeue_stuck
from lms.models import AuditEvent, HRScope, ServantProfile, User
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


def _request_long_export(client, unit, django_capture_on_commit_callbacks, query=""):
    """POST the unit page's XLSX button for a list longer than the limit; the task runs
    (eagerly) once the request's transaction commits."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/hr/units/{unit.pk}/export.xlsx{query}")
    assert response.status_code == 302
    job = ExportJob.objects.get()
    assert response["Location"] == f"/hr/exports/{job.pk}/"
    job.refresh_from_db()
    return job


def test_a_long_list_is_written_in_the_background_and_downloaded_from_its_page(
    client, hr, tree, people, settings, django_capture_on_commit_callbacks, frozen_time
):
    settings.ADAL_XLSX_MAX_ROWS = 3
    job = _request_long_export(client, tree["dept"], django_capture_on_commit_callbacks)

    assert job.status == ExportStatus.READY
    assert (job.total, job.done, job.requested_by, job.language) == (4, 4, hr, "en")
    assert job.expires_at == NOW + datetime.timedelta(hours=settings.ADAL_EXPORT_HOURS)
    event = AuditEvent.objects.get(action="hr.exported")
    assert event.data["format"] == "xlsx" and event.object_id == str(tree["dept"].pk)
    page = client.get(f"/hr/exports/{job.pk}/").content.decode()
    assert "The spreadsheet of 4 rows is ready." in page
    assert "js/refresh.js" not in page
    download = f"/hr/exports/{job.pk}/compliance.xlsx"
    assert download in page
    response = client.get(download)
    assert response["Content-Disposition"] == (
        f'attachment; filename="compliance-{job.cycle.year}-a-dept.xlsx"'
    )
    workbook = _workbook(response)
    assert workbook.sheetnames == ["Compliance", "Summary"]
    names = [row[0] for row in workbook["Compliance"].iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["Abenov", "Bekov", "Dosov", "Ermekov"]
    assert len(list(workbook["Summary"].iter_rows(min_row=2))) == 3
    # The file lies in the private storage, not under the public media.
    assert job.file.path.startswith(settings.CERTIFICATE_ROOT)


def test_the_background_export_keeps_the_filters_and_the_requesters_language(
    client, hr, tree, people, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_XLSX_MAX_ROWS = 0
    _speak(client, "ru")
    job = _request_long_export(
        client, tree["dept"], django_capture_on_commit_callbacks, "?status=in_progress&q=ov"
    )
    assert job.language == "ru"
    assert job.filters["status"] == "in_progress" and job.filters["query"] == "ov"
    _speak(client, "en")  # the officer's language since then does not matter
    workbook = _workbook(client.get(f"/hr/exports/{job.pk}/compliance.xlsx"))
    assert workbook.sheetnames == ["Контроль обучения", "Сводка"]
    rows = list(workbook["Контроль обучения"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == ["Bekov"]
    assert rows[0][10] == "В процессе"


def test_the_background_export_records_its_progress(
    client, hr, tree, people, monkeypatch, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_XLSX_MAX_ROWS = 1
    monkeypatch.setattr("hr.services.EXPORT_PROGRESS_EVERY", 2)
    with CaptureQueriesContext(connection) as queries:
        job = _request_long_export(client, tree["dept"], django_capture_on_commit_callbacks)
    progress = [
        q["sql"] for q in queries if q["sql"].startswith('UPDATE "hr_exportjob" SET "done" = ')
    ]
    assert [sql.split('"done" = ')[1].split(" ")[0] for sql in progress] == ["2", "4"]
    assert job.done == 4


def test_a_running_export_shows_its_progress_and_refreshes(client, hr, tree, cycle):
    job = ExportJob.objects.create(
        requested_by=hr, unit=tree["dept"], cycle=cycle, language="en",
        status=ExportStatus.RUNNING, total=25_000, done=4_000,
    )  # fmt: skip
    html = client.get(f"/hr/exports/{job.pk}/").content.decode()
    assert "4,000 of 25,000 rows" in html
    assert 'aria-valuenow="16"' in html
    assert 'id="auto-refresh"' in html and "js/refresh.js" in html
    assert f'href="/hr/exports/{job.pk}/"' in html  # "Check again" without the script
    assert f"/hr/exports/{job.pk}/compliance.xlsx" not in html
    assert client.get(f"/hr/exports/{job.pk}/compliance.xlsx").status_code == 404
    # Grouped in every language, Kazakh included (Django has no Kazakh number formats).
    _speak(client, "kk")
    assert "25\xa0000 жолдың 4\xa0000" in client.get(f"/hr/exports/{job.pk}/").content.decode()


def test_a_failed_export_says_so(client, hr, tree, cycle):
    job = ExportJob.objects.create(
        requested_by=hr, unit=tree["dept"], cycle=cycle, language="en", status=ExportStatus.FAILED
    )
    html = client.get(f"/hr/exports/{job.pk}/").content.decode()
    assert "The spreadsheet could not be prepared." in html
    assert "js/refresh.js" not in html


def test_the_export_link_expires_and_the_sweep_deletes_the_file(
    client, hr, tree, people, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_XLSX_MAX_ROWS = 3
    job = _request_long_export(client, tree["dept"], django_capture_on_commit_callbacks)
    path = job.file.path
    with time_machine.travel(job.expires_at + datetime.timedelta(minutes=1), tick=False):
        client.force_login(hr)
        response = client.get(f"/hr/exports/{job.pk}/compliance.xlsx")
        assert response.status_code == 410
        assert "This download link has expired." in response.content.decode()
        assert exports_delete_expired() == 1
    job.refresh_from_db()
    assert job.status == ExportStatus.EXPIRED and not job.file
    assert not os.path.exists(path)
    assert client.get(f"/hr/exports/{job.pk}/compliance.xlsx").status_code == 410


def test_another_officer_and_an_officer_who_lost_the_scope_get_404(
    client, hr, tree, people, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_XLSX_MAX_ROWS = 3
    job = _request_long_export(client, tree["dept"], django_capture_on_commit_callbacks)
    page, download = f"/hr/exports/{job.pk}/", f"/hr/exports/{job.pk}/compliance.xlsx"
    colleague = UserFactory(email="colleague@example.com")
    HRScope.objects.create(user=colleague, unit=tree["root"])  # sees the unit, not the job
    client.force_login(colleague)
    assert client.get(page).status_code == 404
    assert client.get(download).status_code == 404
    client.force_login(hr)
    assert client.get(download).status_code == 200
    HRScope.objects.filter(user=hr).delete()
    HRScope.objects.create(user=hr, unit=tree["other"])
    assert client.get(page).status_code == 404
    assert client.get(download).status_code == 404


def test_an_officer_cannot_queue_an_export_of_a_unit_outside_their_scope(
    client, hr, tree, people, settings
):
    settings.ADAL_XLSX_MAX_ROWS = 0
    assert client.post(f"/hr/units/{tree['other'].pk}/export.xlsx").status_code == 404
    assert not ExportJob.objects.exists()


def test_the_sweep_queues_again_an_export_whose_task_was_lost(
    hr, tree, people, cycle, django_capture_on_commit_callbacks
):
    lost = ExportJob.objects.create(
        requested_by=hr, unit=tree["dept"], cycle=cycle, language="kk", filters={}
    )
    fresh = ExportJob.objects.create(
        requested_by=hr, unit=tree["dept"], cycle=cycle, language="kk", filters={}
    )
    ExportJob.objects.filter(pk=lost.pk).update(created_at=NOW - datetime.timedelta(minutes=11))
    with django_capture_on_commit_callbacks(execute=True):
        assert exports_requeue_stuck() == 1
    lost.refresh_from_db()
    fresh.refresh_from_db()
    assert (lost.status, lost.total, lost.done) == (ExportStatus.READY, 4, 4)
    assert fresh.status == ExportStatus.PENDING
    workbook = load_workbook(lost.file.path)
    assert workbook.sheetnames == ["Талаптардың сақталуы", "Жиынтық"]


def test_a_saved_link_to_a_long_xlsx_offers_the_background_export(
    client, hr, tree, people, settings
):
    settings.ADAL_XLSX_MAX_ROWS = 3
    response = client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx?status=")
    assert response.status_code == 200
    page = response.content.decode()
    assert "The list has 4 rows" in page
    dept = tree["dept"].pk
    assert f'action="/hr/units/{dept}/export.xlsx?status="' in page
    assert not ExportJob.objects.exists()
    assert not AuditEvent.objects.filter(action="hr.exported").exists()
    # A narrower list still comes at once; the CSV streams whatever its length.
    assert _workbook(client.post(f"/hr/units/{tree['team'].pk}/export.xlsx"))
    assert len(_csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv"), ",")) == 5
    assert not ExportJob.objects.exists()


@pytest.mark.parametrize(
    ("language", "delimiter", "title"),
    [("ru", ";", "Главный специалист"), ("kk", ";", "Бас маман"), ("en", ",", "Chief specialist")],
)
def test_export_gives_job_titles_in_its_language_else_the_imported_one(
    client, hr, tree, people, language, delimiter, title
):
    ServantProfile.objects.filter(user=people["completed"].servant).update(
        position="Chief specialist", position_ru="Главный специалист", position_kk="Бас маман"
    )
    ServantProfile.objects.filter(user=people["overdue"].servant).update(
        position="Consultant", position_ru="", position_kk=""
    )
    _speak(client, language)
    rows = _csv(client.get(f"/hr/units/{tree['dept'].pk}/export.csv"), delimiter)
    positions = {row[0]: row[8] for row in rows[1:]}
    assert (positions["Abenov"], positions["Dosov"]) == (title, "Consultant")


def test_background_export_gives_job_titles_in_the_requesters_language(
    client, hr, tree, people, settings, django_capture_on_commit_callbacks
):
    ServantProfile.objects.filter(user=people["in_progress"].servant).update(
        position="Leading specialist", position_ru="Ведущий специалист", position_kk="Жетекші маман"
    )
    settings.ADAL_XLSX_MAX_ROWS = 0
    _speak(client, "kk")
    job = _request_long_export(
        client, tree["dept"], django_capture_on_commit_callbacks, "?status=in_progress"
    )
    _speak(client, "en")
    workbook = _workbook(client.get(f"/hr/exports/{job.pk}/compliance.xlsx"))
    rows = list(workbook.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[8]) for row in rows] == [("Bekov", "Жетекші маман")]
