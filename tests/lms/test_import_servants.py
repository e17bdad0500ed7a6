import csv
import datetime
import io
import zipfile

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command, execute_from_command_line
from django.db import IntegrityError, connections
from django.utils import translation
from openpyxl import Workbook

from lms import imports
from lms.imports import COLUMNS, ImportFileError, servants_import, servants_import_plan
from lms.models import AuditEvent, HRScope, OrgUnit, ServantProfile, User
from lms.validators import iin_build, iin_check_digit
from tests.factories import (
    OrganisationFactory,
    ServantProfileFactory,
    UserFactory,
    make_iin,
    make_unit,
)

pytestmark = pytest.mark.django_db


# Files and helpers -------------------------------------------------------------------------


def person(n: int, **changes) -> dict:
    row = {
        "iin": make_iin(n),
        "last_name": f"Servant{n}",
        "first_name": "Sample",
        "middle_name": "",
        "email": f"servant{n}@gov.kz",
        "unit_code": "dept",
        "position": "Chief specialist",
        "position_ru": "",
        "position_kk": "",
        "category": "administrative",
        "hired_on": "2020-01-10",
        "language": "",
    }
    return {**row, **changes}


def write_csv(path, rows, *, header=COLUMNS, delimiter=",", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path, rows, *, header=COLUMNS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(column) for column in header])
    workbook.save(path)
    return path


def impossible_iin(first_eleven: str) -> str:
    """A number no person has (an impossible date or century digit) that still passes the
    checksum, so that the import reports the date, not the check digit. Real people's IINs
    come from lms.validators.iin_build (make_iin)."""
    return first_eleven + str(iin_check_digit(first_eleven))


@pytest.fixture(autouse=True)
def _english():
    """The expected messages are the English ones, whatever an earlier test activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def organisation():
    organisation = OrganisationFactory()
    root = make_unit("root", organisation=organisation)
    make_unit("dept", parent=root, organisation=organisation)
    make_unit("audit", parent=root, organisation=organisation)
    return organisation


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_servants", str(path), "--organisation", "test-org", *args, stdout=out, stderr=err
    )
    return out.getvalue()


def rejected(path, *args) -> tuple[list[str], str]:
    """Run an import that must fail: the problems printed to stderr, and the final error."""
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command(
            "import_servants",
            str(path),
            "--organisation",
            "test-org",
            *args,
            stdout=io.StringIO(),
            stderr=err,
        )
    return err.getvalue().splitlines(), str(error.value)


def database_state():
    return {
        "users": sorted(User.objects.values_list("iin", "email", "last_name", "first_name")),
        "addresses": sorted(EmailAddress.objects.values_list("email", "primary", "verified")),
        "profiles": sorted(
            ServantProfile.objects.values_list(
                "user__iin", "unit__code", "position", "category", "hired_on", "active"
            )
        ),
        "audit": AuditEvent.objects.count(),
    }


# Creating, updating, re-importing -----------------------------------------------------------


def test_valid_csv_creates_users_email_addresses_and_profiles(organisation, tmp_path):
    path = write_csv(
        tmp_path / "staff.csv",
        [person(1, middle_name="Middlename"), person(2, unit_code="audit"), person(3)],
    )

    output = run(path)

    assert "3 created, 0 updated (0 reactivated), 0 deactivated, 0 unchanged" in output
    user = User.objects.get(iin=make_iin(1))
    assert (user.email, user.last_name, user.first_name, user.middle_name) == (
        "servant1@gov.kz",
        "Servant1",
        "Sample",
        "Middlename",
    )
    assert not user.has_usable_password()
    assert user.preferred_language == "ru"
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.primary, address.verified) == ("servant1@gov.kz", True, False)
    profile = user.servant_profile
    assert (profile.unit.code, profile.position, profile.category, profile.active) == (
        "dept",
        "Chief specialist",
        "administrative",
        True,
    )
    assert profile.hired_on == datetime.date(2020, 1, 10)
    assert User.objects.get(iin=make_iin(2)).servant_profile.unit.code == "audit"
    event = AuditEvent.objects.get(action="servants.imported")
    assert (event.object_type, event.object_id) == ("lms.organisation", str(organisation.pk))
    assert event.data == {
        "file": "staff.csv",
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "deactivated": 0,
        "reactivated": 0,
    }


def test_reimporting_the_same_file_changes_nothing(organisation, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [person(1), person(2), person(3)])
    run(path)
    before = database_state()

    output = run(path)

    assert "0 created, 0 updated (0 reactivated), 0 deactivated, 3 unchanged" in output
    assert database_state() == before
    assert AuditEvent.objects.filter(action="servants.imported").count() == 1


def test_changed_row_updates_only_that_person(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2)]))
    old = User.objects.get(iin=make_iin(2))
    old_address = EmailAddress.objects.get(user=old)
    changed = person(2, email="new2@gov.kz", unit_code="audit", position="Head", last_name="Ali")

    result = servants_import(
        organisation=organisation,
        file=write_csv(tmp_path / "v2.csv", [person(1), changed]),
        filename="v2.csv",
    )

    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert result.plan.changes[0].fields == ("last_name", "email", "unit_code", "position")
    user = User.objects.get(iin=make_iin(2))
    assert user.pk == old.pk
    assert (user.email, user.last_name) == ("new2@gov.kz", "Ali")
    assert (user.servant_profile.unit.code, user.servant_profile.position) == ("audit", "Head")
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.primary, address.verified) == ("new2@gov.kz", True, False)
    # A new row: confirmation links sent to the old address name the old row's id.
    assert address.pk != old_address.pk
    assert User.objects.get(iin=make_iin(1)).email == "servant1@gov.kz"


def test_file_without_the_optional_columns_keeps_middle_names_and_positions(organisation, tmp_path):
    run(write_csv(tmp_path / "full.csv", [person(1, middle_name="Middlename")]))
    header = [c for c in COLUMNS if c not in ("middle_name", "position")]

    output = run(write_csv(tmp_path / "short.csv", [person(1)], header=header))

    assert "1 unchanged" in output
    user = User.objects.get(iin=make_iin(1))
    assert (user.middle_name, user.servant_profile.position) == ("Middlename", "Chief specialist")


def test_job_titles_in_russian_and_kazakh_are_imported_and_kept_without_their_columns(
    organisation, tmp_path
):
    titled = person(1, position_ru="Главный специалист", position_kk="Бас маман")
    run(write_csv(tmp_path / "v1.csv", [titled, person(2)]))
    profile = ServantProfile.objects.get(user__iin=make_iin(1))
    assert (profile.position, profile.position_ru, profile.position_kk) == (
        "Chief specialist", "Главный специалист", "Бас маман",
    )  # fmt: skip
    assert ServantProfile.objects.get(user__iin=make_iin(2)).position_in("kk") == (
        "Chief specialist"
    )

    # Without the columns the titles stay; the plan names only what changes.
    header = [c for c in COLUMNS if c not in ("position_ru", "position_kk")]
    result = servants_import(
        organisation=organisation,
        file=write_csv(tmp_path / "v2.csv", [person(1, position="Head"), person(2)], header=header),
        filename="v2.csv",
    )
    assert [c.fields for c in result.plan.changes] == [("position",)]
    profile.refresh_from_db()
    assert (profile.position, profile.position_ru, profile.position_kk) == (
        "Head", "Главный специалист", "Бас маман",
    )  # fmt: skip

    # A present column with an empty cell clears that language's title.
    header = [c for c in COLUMNS if c != "position_ru"]
    result = servants_import(
        organisation=organisation,
        file=write_csv(tmp_path / "v3.csv", [person(1, position="Head"), person(2)], header=header),
        filename="v3.csv",
    )
    assert [c.fields for c in result.plan.changes] == [("position_kk",)]
    profile.refresh_from_db()
    assert (profile.position_ru, profile.position_kk) == ("Главный специалист", "")


def test_utf8_csv_with_bom_semicolons_and_columns_in_any_order(organisation, tmp_path):
    header = [" Hired_On ", "EMAIL", *[c for c in COLUMNS if c not in ("hired_on", "email")]]
    path = write_csv(
        tmp_path / "bom.csv",
        [person(1, last_name="Қызметші", first_name="Үлгі")],
        header=header,
        delimiter=";",
        encoding="utf-8-sig",
    )
    # The header row is written from the names as given; the cells follow the stripped names.
    text = path.read_text(encoding="utf-8-sig").splitlines()
    body = person(1, last_name="Қызметші", first_name="Үлгі")
    cells = [body[name.strip().lower()] for name in header]
    path.write_bytes(("\r\n".join([text[0], ";".join(cells)]) + "\r\n").encode("utf-8-sig"))

    run(path)

    user = User.objects.get(iin=make_iin(1))
    assert (user.last_name, user.first_name) == ("Қызметші", "Үлгі")
    assert user.servant_profile.hired_on == datetime.date(2020, 1, 10)


def test_windows_1251_csv_with_cyrillic_names_and_semicolons(organisation, tmp_path):
    path = write_csv(
        tmp_path / "excel.csv",
        [
            person(1, last_name="Служащая", first_name="Первая", middle_name="Образцовна"),
            person(2, last_name="Служащий", first_name="Счётчик", hired_on="01.09.2015"),
        ],
        delimiter=";",
        encoding="cp1251",
    )

    run(path)

    assert User.objects.get(iin=make_iin(1)).get_full_name() == "Служащая Первая Образцовна"
    second = User.objects.get(iin=make_iin(2))
    assert second.first_name == "Счётчик"
    assert second.servant_profile.hired_on == datetime.date(2015, 9, 1)


def test_xlsx_with_date_cells_number_iins_and_category_labels(organisation, tmp_path):
    born_2005 = iin_build(born=datetime.date(2005, 1, 15), serial=0)  # a number cell drops the 0
    path = write_xlsx(
        tmp_path / "staff.xlsx",
        [
            person(1, hired_on=datetime.datetime(2019, 3, 1), category="Political civil servant"),
            person(2, iin=int(born_2005), category="Работник квазигосударственного сектора"),
            person(3, iin=int(make_iin(3)), category="Әкімшілік мемлекеттік қызметші"),
        ],
    )

    run(path)

    first = ServantProfile.objects.get(user__iin=make_iin(1))
    assert (first.hired_on, first.category) == (datetime.date(2019, 3, 1), "political")
    assert ServantProfile.objects.get(user__iin=born_2005).category == "quasi_public"
    assert ServantProfile.objects.get(user__iin=make_iin(3)).category == "administrative"


def test_deactivate_missing_deactivates_only_this_organisations_absent_servants(
    organisation, tmp_path
):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2), person(3)]))
    other_unit = make_unit("other-root", organisation=OrganisationFactory(code="other-org"))
    elsewhere = ServantProfileFactory(unit=other_unit, user__iin=make_iin(50))

    output = run(write_csv(tmp_path / "v2.csv", [person(1)]), "--deactivate-missing")

    assert "2 deactivated, 1 unchanged" in output
    active = dict(ServantProfile.objects.values_list("user__iin", "active"))
    assert active == {
        make_iin(1): True,
        make_iin(2): False,
        make_iin(3): False,
        elsewhere.user.iin: True,
    }
    event = AuditEvent.objects.filter(action="servants.imported").first()
    assert event.data["deactivated"] == 2


# An HR officer's import reaches their scope only ----------------------------------------------


def officer_of(organisation, code: str) -> User:
    officer = UserFactory(iin=make_iin(90))
    HRScope.objects.create(
        user=officer, unit=OrgUnit.objects.get(organisation=organisation, code=code)
    )
    return officer


def test_an_officers_import_touches_no_servant_outside_their_scope(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2, unit_code="audit")]))
    officer = officer_of(organisation, "dept")
    before = database_state()
    rows = [
        person(1, unit_code="audit"),  # theirs, moved out of the scope
        person(2, unit_code="dept", last_name="Renamed"),  # another's, moved into it
        person(3, unit_code="audit"),  # a new servant outside it
        person(4, unit_code="dept"),  # a new servant inside it: fine on its own
    ]
    path = write_csv(tmp_path / "v2.csv", rows)

    result = servants_import(
        organisation=organisation, file=path, filename="v2.csv", deactivate_missing=True,
        actor=officer,
    )  # fmt: skip

    assert [str(error) for error in result.errors] == [
        "row 2, column unit_code: outside your scope",
        "row 3, column unit_code: outside your scope",
        "row 4, column unit_code: outside your scope",
    ]
    assert database_state() == before


def test_an_officers_deactivate_missing_leaves_servants_outside_their_scope_alone(
    organisation, tmp_path
):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2), person(3, unit_code="audit")]))

    result = servants_import(
        organisation=organisation, file=write_csv(tmp_path / "v2.csv", [person(1)]),
        filename="v2.csv", deactivate_missing=True, actor=officer_of(organisation, "dept"),
    )  # fmt: skip

    assert (result.ok, result.deactivated, result.unchanged) == (True, 1, 1)
    active = dict(ServantProfile.objects.values_list("user__iin", "active"))
    assert active == {make_iin(1): True, make_iin(2): False, make_iin(3): True}


def test_an_officer_of_the_whole_organisation_moves_servants_between_its_units(
    organisation, tmp_path
):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2, unit_code="audit")]))
    rows = [person(1, unit_code="audit"), person(2, unit_code="dept"), person(3, unit_code="root")]

    result = servants_import(
        organisation=organisation, file=write_csv(tmp_path / "v2.csv", rows), filename="v2.csv",
        actor=officer_of(organisation, "root"),
    )  # fmt: skip

    assert (result.ok, result.created, result.updated) == (True, 1, 2)
    units = dict(ServantProfile.objects.values_list("user__iin", "unit__code"))
    assert units == {make_iin(1): "audit", make_iin(2): "dept", make_iin(3): "root"}


def test_an_officers_import_cannot_turn_an_account_without_a_profile_into_a_servant(
    organisation, tmp_path
):
    UserFactory(iin=make_iin(1), email="servant1@gov.kz", first_name="Sample", last_name="Old")
    path = write_csv(tmp_path / "s.csv", [person(1)])

    plan = servants_import_plan(
        organisation=organisation, file=path, filename="s.csv",
        actor=officer_of(organisation, "root"),
    )  # fmt: skip

    assert [str(error) for error in plan.errors] == ["row 2, column unit_code: outside your scope"]


def test_the_plan_of_an_officer_without_a_scope_refuses_every_row(organisation, tmp_path):
    path = write_csv(tmp_path / "s.csv", [person(1)])

    plan = servants_import_plan(
        organisation=organisation, file=path, filename="s.csv", actor=UserFactory()
    )

    assert [str(error) for error in plan.errors] == ["row 2, column unit_code: outside your scope"]


def test_the_command_line_import_reaches_every_unit_of_the_organisation(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2), person(3, unit_code="audit")]))
    rows = [person(1, unit_code="audit"), person(4, unit_code="root")]

    output = run(write_csv(tmp_path / "v2.csv", rows), "--deactivate-missing")

    assert "1 created, 1 updated (0 reactivated), 2 deactivated" in output
    profiles = set(ServantProfile.objects.values_list("user__iin", "unit__code", "active"))
    assert profiles == {
        (make_iin(1), "audit", True), (make_iin(2), "dept", False),
        (make_iin(3), "audit", False), (make_iin(4), "root", True),
    }  # fmt: skip


def test_without_deactivate_missing_absent_servants_stay_active(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2)]))

    run(write_csv(tmp_path / "v2.csv", [person(1)]))

    assert not ServantProfile.objects.filter(active=False).exists()


def test_inactive_servant_in_the_file_becomes_active_again(organisation, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [person(1), person(2)])
    run(path)
    ServantProfile.objects.filter(user__iin=make_iin(2)).update(active=False)

    output = run(path)

    assert "0 created, 1 updated (1 reactivated)" in output
    assert ServantProfile.objects.get(user__iin=make_iin(2)).active


def test_servant_moves_from_another_organisation_where_they_are_inactive(organisation, tmp_path):
    other_unit = make_unit("other-root", organisation=OrganisationFactory(code="other-org"))
    ServantProfileFactory(unit=other_unit, user__iin=make_iin(1), active=False)

    output = run(write_csv(tmp_path / "staff.csv", [person(1)]))

    assert "1 updated (1 reactivated)" in output
    profile = ServantProfile.objects.get(user__iin=make_iin(1))
    assert (profile.unit.organisation, profile.active) == (organisation, True)


def test_existing_account_without_a_profile_gets_one(organisation, tmp_path):
    UserFactory(iin=make_iin(1), email="servant1@gov.kz", first_name="Sample", last_name="Old")

    output = run(write_csv(tmp_path / "staff.csv", [person(1)]))

    assert "1 created" in output
    user = User.objects.get(iin=make_iin(1))
    assert (user.last_name, user.servant_profile.unit.code) == ("Servant1", "dept")
    assert User.objects.count() == 1


def test_dry_run_prints_the_plan_and_writes_nothing(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1), person(2)]))
    before = database_state()
    path = write_csv(tmp_path / "v2.csv", [person(1, position="Head"), person(3)])

    output = run(path, "--dry-run", "--deactivate-missing")

    assert database_state() == before
    assert f"row 2: update {make_iin(1)} Servant1 Sample (position)" in output
    assert f"row 3: create {make_iin(3)} Servant3 Sample" in output
    assert f"-: deactivate {make_iin(2)} Servant2 Sample" in output
    assert "would create 1, update 1 (reactivate 0), deactivate 1; 0 unchanged" in output


def test_a_failure_half_way_through_the_writes_leaves_nothing_behind(
    organisation, tmp_path, monkeypatch
):
    run(write_csv(tmp_path / "v1.csv", [person(1)]))
    before = database_state()

    def collide(*args, **kwargs):  # as when another import takes the same email meanwhile
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(imports, "_update_rows", collide)
    path = write_csv(tmp_path / "v2.csv", [person(1, position="Head"), person(2), person(3)])

    with pytest.raises(CommandError, match="nothing was written. Run the import again."):
        run(path)
    assert database_state() == before


def test_plan_for_the_upload_page_says_what_would_change_without_writing(organisation, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [person(1), person(2, email="bad")])

    with path.open("rb") as upload:
        plan = servants_import_plan(organisation=organisation, file=upload, filename="x.csv")

    assert [str(e) for e in plan.errors] == [
        "row 3, column email: “bad” is not a valid email address"
    ]
    assert (plan.created, plan.updated, plan.unchanged) == (1, 0, 0)
    assert not User.objects.exists()


def test_large_import_uses_a_fixed_number_of_queries(
    organisation, tmp_path, django_assert_max_num_queries
):
    path = write_csv(tmp_path / "staff.csv", [person(n) for n in range(1, 301)])

    with django_assert_max_num_queries(40):
        servants_import(organisation=organisation, file=path, filename="staff.csv")

    assert ServantProfile.objects.count() == 300


# Rejected rows: exact messages, nothing written ------------------------------------------------

BAD_CELLS = [
    ({"iin": "12345"}, "row 3, column iin: An IIN has exactly 12 digits."),
    ({"iin": make_iin(2)[:11] + "x"}, "row 3, column iin: An IIN has exactly 12 digits."),
    (
        {"iin": make_iin(2)[:11] + str((int(make_iin(2)[11]) + 1) % 10)},
        "row 3, column iin: This IIN has a wrong check digit.",
    ),
    (
        {"iin": impossible_iin("88041200000")},
        "row 3, column iin: the 7th digit of an IIN (century and sex) must be 1 to 6",
    ),
    (
        {"iin": impossible_iin("88023030000")},
        "row 3, column iin: the IIN does not start with a real date of birth (YYMMDD: 880230)",
    ),
    (
        {"iin": iin_build(born=datetime.date(2099, 1, 1), serial=0)},
        "row 3, column iin: the date of birth in the IIN is in the future",
    ),
    ({"iin": ""}, "row 3, column iin: a value is required"),
    ({"last_name": ""}, "row 3, column last_name: a value is required"),
    ({"first_name": "x" * 151}, "row 3, column first_name: too long: at most 150 characters"),
    (
        {"position_kk": "x" * 256},
        "row 3, column position_kk: too long: at most 255 characters",
    ),
    (
        {"last_name": "?????"},
        "row 3, column last_name: contains “?”: letters were lost when the file was saved; "
        "save it as “CSV UTF-8” or XLSX",
    ),
    ({"email": "not-an-email"}, "row 3, column email: “not-an-email” is not a valid email address"),
    (
        {"unit_code": "nowhere"},
        "row 3, column unit_code: no unit with code “nowhere” in organisation test-org",
    ),
    (
        {"category": "minister"},
        "row 3, column category: unknown category “minister”: use one of political, "
        "administrative, equated, quasi_public",
    ),
    (
        {"hired_on": "2020-02-30"},
        "row 3, column hired_on: “2020-02-30” is not a date: use YYYY-MM-DD or DD.MM.YYYY",
    ),
    (
        {"hired_on": "10/01/2020"},
        "row 3, column hired_on: “10/01/2020” is not a date: use YYYY-MM-DD or DD.MM.YYYY",
    ),
    ({"hired_on": "01.01.2999"}, "row 3, column hired_on: the date 2999-01-01 is in the future"),
    ({"language": "fr"}, "row 3, column language: unknown language “fr”: use kk, ru or en"),
    (
        {"hired_on": "1980-05-01"},
        "row 3, column hired_on: the date 1980-05-01 is before the date of birth in the IIN",
    ),
]


@pytest.mark.parametrize(("cells", "expected"), BAD_CELLS)
def test_bad_cell_rejects_the_whole_file(organisation, tmp_path, cells, expected):
    run(write_csv(tmp_path / "v1.csv", [person(1, position="Old")]))
    before = database_state()
    path = write_csv(tmp_path / "v2.csv", [person(1, position="New"), person(2, **cells)])

    problems, error = rejected(path)

    assert problems == [expected]
    assert "1 problems; nothing was written" in error
    assert database_state() == before


def test_every_problem_of_every_row_is_reported(organisation, tmp_path):
    path = write_csv(
        tmp_path / "staff.csv",
        [person(1, email="bad", category="x"), person(2), person(3, unit_code="nowhere")],
    )

    problems, error = rejected(path)

    assert problems == [
        "row 2, column email: “bad” is not a valid email address",
        "row 2, column category: unknown category “x”: use one of political, administrative, "
        "equated, quasi_public",
        "row 4, column unit_code: no unit with code “nowhere” in organisation test-org",
    ]
    assert "3 problems" in error
    assert not User.objects.exists()


def test_duplicate_iin_and_email_in_the_file_name_both_rows(organisation, tmp_path):
    path = write_csv(
        tmp_path / "staff.csv",
        [person(1), person(2), person(1, email="other@gov.kz"), person(4, email="servant2@gov.kz")],
    )

    problems, _ = rejected(path)

    assert problems == [
        "row 4, column iin: the same IIN is also in row 2",
        "row 5, column email: the same email is also in row 3",
    ]
    assert not User.objects.exists()


def test_email_of_another_person_in_the_database_is_rejected(organisation, tmp_path):
    UserFactory(email="taken@gov.kz", iin=make_iin(40))
    before = database_state()

    problems, _ = rejected(write_csv(tmp_path / "s.csv", [person(1, email="Taken@gov.kz")]))

    assert problems == ["row 2, column email: this email already belongs to another person"]
    assert database_state() == before


def test_secondary_address_of_another_person_is_rejected(organisation, tmp_path):
    other = UserFactory(email="main@gov.kz")
    EmailAddress.objects.create(user=other, email="second@gov.kz", primary=False, verified=True)

    problems, _ = rejected(write_csv(tmp_path / "s.csv", [person(1, email="second@gov.kz")]))

    assert problems == ["row 2, column email: this email already belongs to another person"]


def test_iin_of_an_active_servant_of_another_organisation_is_rejected(organisation, tmp_path):
    other_unit = make_unit("other-root", organisation=OrganisationFactory(code="other-org"))
    ServantProfileFactory(unit=other_unit, user__iin=make_iin(1))
    before = database_state()

    problems, _ = rejected(write_csv(tmp_path / "s.csv", [person(1)]))

    assert problems == [
        "row 2, column iin: this IIN belongs to an active servant of another organisation"
    ]
    assert database_state() == before


def test_import_cannot_change_the_email_of_a_staff_account(organisation, tmp_path):
    UserFactory(iin=make_iin(1), email="admin@gov.kz", is_staff=True)

    problems, _ = rejected(write_csv(tmp_path / "s.csv", [person(1, email="attacker@gov.kz")]))

    assert problems == [
        "row 2, column email: the email of a staff account cannot be changed by an import"
    ]
    assert User.objects.get(iin=make_iin(1)).email == "admin@gov.kz"


def test_missing_columns_are_reported_once_on_the_header_row(organisation, tmp_path):
    header = [c for c in COLUMNS if c not in ("email", "category")]
    path = write_csv(tmp_path / "s.csv", [person(1), person(2)], header=header)

    problems, _ = rejected(path)

    assert problems == [
        "row 1, column email: missing column",
        "row 1, column category: missing column",
    ]
    assert not User.objects.exists()


def test_duplicate_column_is_reported_on_the_header_row(organisation, tmp_path):
    path = write_csv(tmp_path / "s.csv", [person(1)], header=[*COLUMNS, " EMAIL"])

    problems, _ = rejected(path)

    assert problems == ["row 1, column email: duplicate column"]


def test_messages_are_shown_in_the_language_of_the_reader(organisation, tmp_path):
    path = write_csv(tmp_path / "s.csv", [person(1, iin="123")])
    plan = servants_import_plan(organisation=organisation, file=path, filename="s.csv")

    with translation.override("ru"):
        assert "ИИН состоит ровно из 12 цифр." in str(plan.errors[0])


# Whole-file problems ---------------------------------------------------------------------------


def test_empty_file_is_rejected(organisation, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")

    with pytest.raises(CommandError, match="The file is empty."):
        run(path)


def test_file_with_only_a_header_is_rejected(organisation, tmp_path):
    with pytest.raises(CommandError, match="no rows below the header"):
        run(write_csv(tmp_path / "header.csv", []))


def test_file_of_another_type_is_rejected(organisation, tmp_path):
    path = tmp_path / "staff.pdf"
    path.write_bytes(b"%PDF-1.7\n")

    with pytest.raises(CommandError, match="save the file as CSV or XLSX"):
        run(path)


@pytest.mark.parametrize(
    "content",
    [
        "iin,last_name\r\n1,Иванов\r\n".encode("utf-16"),  # Excel's "Unicode text"
        ",".join(COLUMNS).encode() + "\r\n880412300012,Иванов".encode() + b"\xd0",  # cut short
        b"\x00\x01\x02binary\xff\xfe" * 20,
    ],
    ids=["utf-16", "truncated-utf-8", "binary"],
)
def test_unreadable_text_is_rejected(organisation, tmp_path, content):
    path = tmp_path / "staff.csv"
    path.write_bytes(content)

    with pytest.raises(CommandError, match="could not be read as CSV text"):
        run(path)
    assert not User.objects.exists()


def test_corrupt_xlsx_is_rejected(organisation, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [person(1)]).read_bytes()
    path = tmp_path / "broken.xlsx"
    path.write_bytes(good[: len(good) // 2])

    with pytest.raises(CommandError, match="could not be read as an XLSX workbook"):
        run(path)


def test_xlsx_without_a_worksheet_is_rejected(organisation, tmp_path):
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")

    with pytest.raises(CommandError, match="could not be read as an XLSX workbook"):
        run(path)


def test_oversize_file_is_rejected(organisation, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "MAX_FILE_BYTES", 1024 * 1024)
    path = write_csv(tmp_path / "big.csv", [person(n) for n in range(1, 12000)])

    with pytest.raises(CommandError, match="The file is too large: the limit is 1 MB."):
        run(path)
    assert not User.objects.exists()


def test_file_with_too_many_rows_is_rejected(organisation, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "MAX_ROWS", 2)
    path = write_csv(tmp_path / "long.csv", [person(1), person(2), person(3)])

    with pytest.raises(CommandError, match="more than 2 rows"):
        run(path)


def test_service_raises_a_domain_error_for_whole_file_problems(organisation):
    with pytest.raises(ImportFileError):
        servants_import(organisation=organisation, file=io.BytesIO(b""), filename="x.csv")


def test_unknown_organisation_is_a_clear_error(organisation, tmp_path):
    path = write_csv(tmp_path / "s.csv", [person(1)])

    with pytest.raises(CommandError, match="No organisation with code “nope”"):
        call_command("import_servants", str(path), "--organisation", "nope")


def test_rejected_import_exits_with_status_1_and_prints_problems_to_stderr(
    organisation, tmp_path, capsys, monkeypatch
):
    path = write_csv(tmp_path / "s.csv", [person(1, hired_on="yesterday")])
    # manage.py closes the connections on the way out; the test's transaction needs its own.
    monkeypatch.setattr(connections, "close_all", lambda: None)

    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(
            # --skip-checks: the system checks of the whole project are not this test's concern.
            [
                "manage.py",
                "import_servants",
                str(path),
                "--organisation",
                "test-org",
                "--skip-checks",
            ]
        )

    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert "row 2, column hired_on: “yesterday” is not a date" in err
    assert not User.objects.exists()


# The language column --------------------------------------------------------------------------


def test_language_column_takes_codes_and_names_in_csv_and_xlsx(organisation, tmp_path):
    rows = [
        person(1, language="KK"),
        person(2, language="Русский"),
        person(3, language="English"),
        person(4, language="қазақша"),
        person(5, language=""),
    ]
    run(write_csv(tmp_path / "staff.csv", rows))
    languages = dict(User.objects.values_list("iin", "preferred_language"))
    assert [languages[make_iin(n)] for n in range(1, 6)] == ["kk", "ru", "en", "kk", "ru"]

    organisation.default_language = "kk"
    organisation.save()
    rows = [person(1, language="ru"), person(2), person(6, language=None)]
    run(write_xlsx(tmp_path / "staff.xlsx", rows))
    languages = dict(User.objects.values_list("iin", "preferred_language"))
    # Changed where the file names one; kept where it is empty; the default for the new.
    assert [languages[make_iin(n)] for n in (1, 2, 6)] == ["ru", "ru", "kk"]


def test_without_a_language_column_new_people_get_the_organisations_language(
    organisation, tmp_path
):
    organisation.default_language = "en"
    organisation.save()
    header = [c for c in COLUMNS if c != "language"]
    run(write_csv(tmp_path / "staff.csv", [person(1)], header=header))
    assert User.objects.get().preferred_language == "en"
    User.objects.update(preferred_language="kk")
    run(write_csv(tmp_path / "staff.csv", [person(1, position="Other")], header=header))
    assert User.objects.get().preferred_language == "kk"


def test_a_language_change_is_shown_in_the_plan(organisation, tmp_path):
    run(write_csv(tmp_path / "v1.csv", [person(1, language="ru")]))
    plan = servants_import_plan(
        organisation=organisation,
        file=write_csv(tmp_path / "v2.csv", [person(1, language="kk")]),
        filename="v2.csv",
    )
    assert [(c.action, c.fields) for c in plan.changes] == [("update", ("language",))]
