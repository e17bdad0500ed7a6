"""Staff import: an HR file (CSV or XLSX) of servants → users, email addresses, servant profiles.

One service behind the `import_servants` command and the HR upload page:

- `servants_import_plan(...)` reads and checks a file and says what an import would change,
  without writing (the upload page's preview);
- `servants_import(...)` does the same and, when every row is valid, writes everything in
  one transaction (all or nothing).

Whole-file problems (unreadable, empty, too large) raise `ImportFileError`; problems with
cells are collected as `ImportRowError`s ("row N, column C: message") so that the user sees
all of them at once.

An HR officer's import (`actor` given) reaches only the units of their HR scopes: a row that
would change a servant outside them (or an account that is no servant), or put one into a
unit outside them, is a row error, and "deactivate missing" deactivates only servants inside
them. Without an actor (the command
line, run by an operator) the import reaches the whole organisation.
"""

from __future__ import annotations

import datetime
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from lms.invitations import invitations_request
from lms.models import Organisation, OrgUnit, ServantCategory, ServantProfile, User
from lms.selectors import hr_units
from lms.services import assignments_exempt_inactive, audit_log, servants_assign_on_arrival
from lms.tabular import (
    ImportFileError,
    ImportRowError,
    TableError,
    header_positions,
    read_records,
)
from lms.tabular import cell_text as _text
from lms.tabular import is_blank as _is_blank
from lms.validators import validate_iin

# Every domain error of the staff import (whole-file and per-cell).
ServantImportError = TableError

# 200,000 rows with Cyrillic names in UTF-8 take about 28 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 200_000

COLUMNS = (
    "iin",
    "last_name",
    "first_name",
    "middle_name",
    "email",
    "unit_code",
    "position",
    "position_ru",
    "position_kk",
    "category",
    "hired_on",
    "language",
)
# Without these columns the fields keep their stored values (empty for new people; a new
# person's language is the organisation's default).
OPTIONAL_COLUMNS = frozenset({"middle_name", "position", "position_ru", "position_kk", "language"})
REQUIRED_COLUMNS = tuple(c for c in COLUMNS if c not in OPTIONAL_COLUMNS)

_MAX_LENGTH = {
    "last_name": 150,
    "first_name": 150,
    "middle_name": 150,
    "position": 255,
    "position_ru": 255,
    "position_kk": 255,
}
# The job title in each language: each its own optional column.
_POSITION_FIELDS = ("position", "position_ru", "position_kk")
_BATCH = 1000
# The 7th digit of an IIN gives the century of birth (and sex).
_IIN_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(slots=True)
class ServantRow:
    """One data row; a field is None when its cell is invalid (or its column is absent)."""

    row: int
    iin: str | None = None
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    email: str | None = None
    unit_code: str | None = None
    position: str | None = None
    position_ru: str | None = None
    position_kk: str | None = None
    category: str | None = None
    hired_on: datetime.date | None = None
    language: str | None = None  # "" when the cell is empty
    valid: bool = True


@dataclass
class ParsedFile:
    filename: str
    columns: frozenset[str]
    rows: list[ServantRow]
    errors: list[ImportRowError]


@dataclass(slots=True)
class PlannedChange:
    """What the import does to one person: `action` is create, update or deactivate."""

    action: str
    iin: str
    name: str
    row: int | None = None
    fields: tuple[str, ...] = ()
    reactivate: bool = False
    # What is written: new field values, and the ids of the rows they go to.
    user_id: int | None = None
    profile_id: int | None = None
    user_values: dict[str, Any] = field(default_factory=dict)
    profile_values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    organisation: Organisation
    filename: str
    rows: int
    errors: list[ImportRowError]
    changes: list[PlannedChange]
    unchanged: int

    @property
    def ok(self) -> bool:
        return not self.errors

    def _count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def deactivated(self) -> int:
        return self._count("deactivate")

    @property
    def reactivated(self) -> int:
        return sum(1 for c in self.changes if c.reactivate)


@dataclass
class ImportResult:
    """Counts of what was (or, in a dry run or a rejected import, would be) done.

    Every row of a valid file is exactly one of created / updated / unchanged; `reactivated`
    counts the updated rows whose servant was inactive. `errors` is empty, or nothing was
    written.
    """

    filename: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    reactivated: int = 0
    errors: list[ImportRowError] = field(default_factory=list)
    dry_run: bool = False
    plan: ImportPlan | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run and bool(self.created + self.updated + self.deactivated)

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deactivated": self.deactivated,
            "reactivated": self.reactivated,
        }


# Services ------------------------------------------------------------------------------


def servants_import_plan(
    *,
    organisation: Organisation,
    file: BinaryIO | str | os.PathLike,
    filename: str,
    deactivate_missing: bool = False,
    actor: User | None = None,
) -> ImportPlan:
    """Read and check the file; say what an import would change. Writes nothing."""
    parsed = servants_import_parse(file=file, filename=filename)
    return _plan(
        organisation=organisation,
        parsed=parsed,
        deactivate_missing=deactivate_missing,
        reach=_reach(organisation=organisation, actor=actor),
    )


def servants_import(
    *,
    organisation: Organisation,
    file: BinaryIO | str | os.PathLike,
    filename: str,
    dry_run: bool = False,
    deactivate_missing: bool = False,
    actor: User | None = None,
) -> ImportResult:
    """Import the staff file into the organisation: all rows, or (on any problem) none."""
    parsed = servants_import_parse(file=file, filename=filename)
    try:
        with transaction.atomic():
            if not dry_run:
                # One import per organisation at a time, planned against what it will change.
                Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
            plan = _plan(
                organisation=organisation,
                parsed=parsed,
                deactivate_missing=deactivate_missing,
                reach=_reach(organisation=organisation, actor=actor),
            )
            result = ImportResult(
                filename=filename,
                created=plan.created,
                updated=plan.updated,
                unchanged=plan.unchanged,
                deactivated=plan.deactivated,
                reactivated=plan.reactivated,
                errors=plan.errors,
                dry_run=dry_run,
                plan=plan,
            )
            if result.written:
                new_people = [c for c in plan.changes if c.action == "create" and not c.user_id]
                _apply(plan)
                # Who arrives while the year's cycle is open is assigned now, and everyone
                # new is invited (after the commit) to set a password.
                servants_assign_on_arrival(
                    user_ids=[
                        c.user_id
                        for c in plan.changes
                        if c.action == "create" or (c.action == "update" and c.reactivate)
                    ],
                    actor=actor,
                )
                invitations_request(user_ids=[c.user_id for c in new_people], by=actor)
                deactivated = [c.profile_id for c in plan.changes if c.action == "deactivate"]
                if deactivated:
                    assignments_exempt_inactive(
                        profile_ids=deactivated,
                        reason=gettext_noop("Deactivated by a staff import"),
                        by=actor,
                    )
                audit_log(
                    actor=actor,
                    action="servants.imported",
                    obj=organisation,
                    data={"file": filename, **result.counts()},
                )
    except IntegrityError as error:
        # Only a concurrent change to the same people (from another organisation's import or
        # an admin) gets here: the plan was checked against the database.
        raise ImportFileError(
            _(
                "Some of these people were changed by someone else during the import; "
                "nothing was written. Run the import again."
            )
        ) from error
    return result


def servants_import_parse(*, file: BinaryIO | str | os.PathLike, filename: str) -> ParsedFile:
    """Read the file and check every cell on its own and against the other rows."""
    records = read_records(file=file, filename=filename, max_bytes=MAX_FILE_BYTES)
    try:
        return _parse_records(records, filename=filename)
    finally:
        records.close()


# Parsing and checking cells ---------------------------------------------------------------


def _parse_records(records: Iterable[tuple[int, list[Any]]], *, filename: str) -> ParsedFile:
    records = iter(records)
    header = next(records, None)
    if header is None:
        raise ImportFileError(_("The file is empty."))
    positions, errors = header_positions(header[1], columns=COLUMNS, required=REQUIRED_COLUMNS)

    bad_header = bool(errors)
    checker = _RowChecker(columns=frozenset(positions) & set(COLUMNS))
    rows: list[ServantRow] = []
    for number, record in records:
        if all(_is_blank(v) for v in record):
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(limit)d rows: split it into smaller files.")
                % {"limit": MAX_ROWS}
            )
        if bad_header:  # the cells cannot be read, but the rows still count
            rows.append(ServantRow(row=number, valid=False))
            continue
        cells = {
            name: (record[index] if index < len(record) else None)
            for name, index in positions.items()
        }
        rows.append(checker.check(number, cells, errors))
    if not rows:
        raise ImportFileError(_("The file is empty: it has no rows below the header."))
    errors.extend(_duplicates(rows))
    errors.sort(key=lambda error: error.sort_key(COLUMNS))
    return ParsedFile(filename=filename, columns=checker.columns, rows=rows, errors=errors)


class _RowChecker:
    def __init__(self, *, columns: frozenset[str]):
        self.columns = columns
        self.today = timezone.localdate()
        self.categories = _category_lookup()

    def check(self, number: int, cells: dict[str, Any], errors: list[ImportRowError]) -> ServantRow:
        row = ServantRow(row=number)
        problems: list[ImportRowError] = []

        def problem(column: str, message, **params) -> None:
            problems.append(ImportRowError(number, column, message, **params))

        row.iin, born = self._iin(cells.get("iin"), problem)
        for name in ("last_name", "first_name", "middle_name", *_POSITION_FIELDS):
            if name in self.columns:
                setattr(row, name, self._name(name, cells.get(name), problem))
        row.email = self._email(cells.get("email"), problem)
        row.unit_code = _text(cells.get("unit_code")) or None
        if row.unit_code is None:
            problem("unit_code", _("a value is required"))
        row.category = self._category(cells.get("category"), problem)
        row.hired_on = self._date(cells.get("hired_on"), problem)
        if "language" in self.columns:
            row.language = self._language(cells.get("language"), problem)
        if born and row.hired_on and row.hired_on < born:
            problem(
                "hired_on",
                _("the date %(value)s is before the date of birth in the IIN"),
                value=row.hired_on.isoformat(),
            )
            row.hired_on = None
        row.valid = not problems
        errors.extend(problems)
        return row

    def _iin(self, value: Any, problem) -> tuple[str | None, datetime.date | None]:
        if isinstance(value, int | float) and not isinstance(value, bool):
            # A number cell drops the leading zero of IINs of people born in 2000-2009.
            value = _text(value).zfill(12)
        iin = _text(value)
        if not iin:
            problem("iin", _("a value is required"))
            return None, None
        try:
            validate_iin(iin)
        except ValidationError as error:
            # The validator's own (lazy) message, so that it follows the reader's language.
            problem("iin", error.error_list[0].message, **(error.error_list[0].params or {}))
            return None, None
        century = _IIN_CENTURY.get(iin[6])
        if century is None:
            problem("iin", _("the 7th digit of an IIN (century and sex) must be 1 to 6"))
            return None, None
        try:
            born = datetime.date(century + int(iin[:2]), int(iin[2:4]), int(iin[4:6]))
        except ValueError:
            problem(
                "iin",
                _("the IIN does not start with a real date of birth (YYMMDD: %(digits)s)"),
                digits=iin[:6],
            )
            return None, None
        if born > self.today:
            problem("iin", _("the date of birth in the IIN is in the future"))
            return None, None
        return iin, born

    def _name(self, name: str, value: Any, problem) -> str | None:
        text = _text(value)
        if not text:
            if name in OPTIONAL_COLUMNS:
                return ""
            problem(name, _("a value is required"))
            return None
        if len(text) > _MAX_LENGTH[name]:
            problem(name, _("too long: at most %(limit)d characters"), limit=_MAX_LENGTH[name])
            return None
        if "?" in text or "\ufffd" in text:
            problem(
                name,
                _(
                    "contains “?”: letters were lost when the file was saved; "
                    "save it as “CSV UTF-8” or XLSX"
                ),
            )
            return None
        return text

    def _email(self, value: Any, problem) -> str | None:
        email = _text(value).lower()
        if not email:
            problem("email", _("a value is required"))
            return None
        try:
            validate_email(email)
        except ValidationError:
            problem("email", _("“%(value)s” is not a valid email address"), value=email)
            return None
        if len(email) > 254:
            problem("email", _("too long: at most %(limit)d characters"), limit=254)
            return None
        return email

    def _category(self, value: Any, problem) -> str | None:
        text = _text(value)
        if not text:
            problem("category", _("a value is required"))
            return None
        category = self.categories.get(_category_key(text))
        if category is None:
            problem(
                "category",
                _("unknown category “%(value)s”: use one of %(choices)s"),
                value=text,
                choices=", ".join(ServantCategory.values),
            )
        return category

    def _language(self, value: Any, problem) -> str | None:
        text = _text(value)
        if not text:
            return ""
        language = _LANGUAGES.get(text.casefold())
        if language is None:
            problem(
                "language",
                _("unknown language “%(value)s”: use kk, ru or en"),
                value=text,
            )
        return language

    def _date(self, value: Any, problem) -> datetime.date | None:
        if _is_blank(value):
            problem("hired_on", _("a value is required"))
            return None
        if isinstance(value, datetime.datetime):
            day = value.date()
        elif isinstance(value, datetime.date):
            day = value
        else:
            day = _parse_date(_text(value))
            if day is None:
                problem(
                    "hired_on",
                    _("“%(value)s” is not a date: use YYYY-MM-DD or DD.MM.YYYY"),
                    value=_text(value),
                )
                return None
        if day > self.today:
            problem("hired_on", _("the date %(value)s is in the future"), value=day.isoformat())
            return None
        return day


def _parse_date(text: str) -> datetime.date | None:
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := _DOTTED_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


# The codes, and the languages' names as HR files write them (in each of the three).
_LANGUAGES = {
    **dict.fromkeys(("kk", "kz", "kaz", "қаз", "kazakh", "қазақ", "қазақша", "казахский"), "kk"),
    **dict.fromkeys(("ru", "rus", "рус", "russian", "русский", "орыс", "орысша"), "ru"),
    **dict.fromkeys(("en", "eng", "english", "английский", "ағылшын", "ағылшынша"), "en"),
}


def _category_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def _category_lookup() -> dict[str, str]:
    """Category codes and their labels in every language of the site."""
    lookup = {_category_key(value): value for value in ServantCategory.values}
    for language in ("en", "ru", "kk"):
        with translation.override(language):
            for value, label in ServantCategory.choices:
                lookup.setdefault(_category_key(str(label)), value)
    return lookup


def _duplicates(rows: list[ServantRow]) -> Iterator[ImportRowError]:
    first_with: dict[tuple[str, str], int] = {}
    for row in rows:
        for column, value in (("iin", row.iin), ("email", row.email)):
            if value is None:
                continue
            first = first_with.setdefault((column, value), row.row)
            if first != row.row:
                row.valid = False
                message = (
                    _("the same IIN is also in row %(other)d")
                    if column == "iin"
                    else _("the same email is also in row %(other)d")
                )
                yield ImportRowError(row.row, column, message, other=first)


# Planning against the database ------------------------------------------------------------

_EXISTING_FIELDS = (
    "id",
    "iin",
    "email",
    "last_name",
    "first_name",
    "middle_name",
    "preferred_language",
    "is_staff",
    "is_superuser",
    "servant_profile__id",
    "servant_profile__unit_id",
    "servant_profile__unit__organisation_id",
    "servant_profile__position",
    "servant_profile__position_ru",
    "servant_profile__position_kk",
    "servant_profile__category",
    "servant_profile__hired_on",
    "servant_profile__active",
)
_USER_FIELDS = ("last_name", "first_name", "middle_name", "email")
_PROFILE_FIELDS = ("unit_id", *_POSITION_FIELDS, "category", "hired_on")
# The names users see for the fields that change.
_FIELD_COLUMNS = {"unit_id": "unit_code", "preferred_language": "language"}


def _chunks(values: list, size: int | None = None) -> Iterator[list]:
    size = size or min(5000, (connection.features.max_query_params or 5000) - 10)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _where_in(queryset: QuerySet, field_name: str, values: list) -> Iterator[QuerySet]:
    """`queryset.filter(<field>__in=values)`, split into queries of a size the database takes.

    On PostgreSQL one array parameter (`= ANY(%s)`) replaces thousands of placeholders, which
    halves the time of these look-ups for a 100,000-row file.
    """
    if connection.vendor != "postgresql":
        for chunk in _chunks(values):
            yield queryset.filter(**{f"{field_name}__in": chunk})
        return
    quote = connection.ops.quote_name
    model = queryset.model
    column = f"{quote(model._meta.db_table)}.{quote(model._meta.get_field(field_name).column)}"
    for chunk in _chunks(values, 20_000):
        yield queryset.filter(RawSQL(f"{column} = ANY(%s)", (chunk,), output_field=BooleanField()))


def _reach(*, organisation: Organisation, actor: User | None) -> frozenset[int] | None:
    """The ids of the organisation's units the import may change: an HR officer's scope
    (a superuser's: every unit); None, without an actor, for the whole organisation."""
    if actor is None:
        return None
    units = hr_units(user=actor).filter(organisation=organisation)
    return frozenset(units.values_list("pk", flat=True))


def _plan(
    *,
    organisation: Organisation,
    parsed: ParsedFile,
    deactivate_missing: bool,
    reach: frozenset[int] | None = None,
) -> ImportPlan:
    errors = list(parsed.errors)
    rows = parsed.rows
    units = dict(
        OrgUnit.objects.filter(organisation=organisation).values_list("code", "id").order_by()
    )
    iins = [r.iin for r in rows if r.iin]
    existing: dict[str, dict[str, Any]] = {}
    for users in _where_in(User.objects.values(*_EXISTING_FIELDS).order_by(), "iin", iins):
        for values in users:
            existing[values["iin"]] = values
    email_owners: dict[str, set[int]] = {}
    emails = [r.email for r in rows if r.email]
    for users in _where_in(User.objects.values_list("email", "id"), "email", emails):
        for email, user_id in users:
            email_owners.setdefault(email, set()).add(user_id)
    addresses = EmailAddress.objects.values_list("email", "user_id").order_by()
    for chunk in _where_in(addresses, "email", emails):
        for email, user_id in chunk:
            email_owners.setdefault(email.lower(), set()).add(user_id)

    changes: list[PlannedChange] = []
    unchanged = 0
    for row in rows:
        problems: list[ImportRowError] = []
        current = existing.get(row.iin) if row.iin else None
        if row.unit_code is not None and row.unit_code not in units:
            problems.append(
                ImportRowError(
                    row.row,
                    "unit_code",
                    _("no unit with code “%(code)s” in organisation %(organisation)s"),
                    code=row.unit_code,
                    organisation=organisation.code,
                )
            )
        elif reach is not None and _outside(reach, row, current, units):
            problems.append(ImportRowError(row.row, "unit_code", _("outside your scope")))
        if (
            current
            and current["servant_profile__active"]
            and (current["servant_profile__unit__organisation_id"] != organisation.pk)
        ):
            problems.append(
                ImportRowError(
                    row.row,
                    "iin",
                    _("this IIN belongs to an active servant of another organisation"),
                )
            )
        if row.email:
            owners = email_owners.get(row.email, set()) - {current["id"] if current else None}
            if owners:
                problems.append(
                    ImportRowError(
                        row.row, "email", _("this email already belongs to another person")
                    )
                )
            elif (
                current
                and current["email"] != row.email
                and (current["is_staff"] or current["is_superuser"])
            ):
                problems.append(
                    ImportRowError(
                        row.row,
                        "email",
                        _("the email of a staff account cannot be changed by an import"),
                    )
                )
        if problems:
            errors.extend(problems)
            row.valid = False
        if not row.valid:
            continue
        change = _row_change(
            row,
            current,
            units[row.unit_code],
            parsed.columns,
            default_language=organisation.default_language,
        )
        if change is None:
            unchanged += 1
        else:
            changes.append(change)

    if deactivate_missing:
        in_file = set(iins)
        active = ServantProfile.objects.filter(unit__organisation=organisation, active=True)
        if reach is not None:
            active = active.filter(unit_id__in=reach)
        for profile_id, iin, last_name, first_name in active.values_list(
            "id", "user__iin", "user__last_name", "user__first_name"
        ).order_by("user__last_name", "user__first_name"):
            if iin not in in_file:
                changes.append(
                    PlannedChange(
                        action="deactivate",
                        iin=iin or "",
                        name=f"{last_name} {first_name}".strip(),
                        profile_id=profile_id,
                        fields=("active",),
                    )
                )

    errors.sort(key=lambda error: error.sort_key(COLUMNS))
    return ImportPlan(
        organisation=organisation,
        filename=parsed.filename,
        rows=len(rows),
        errors=errors,
        changes=changes,
        unchanged=unchanged,
    )


def _outside(
    reach: frozenset[int], row: ServantRow, current: dict[str, Any] | None, units: dict[str, int]
) -> bool:
    """Whether the row puts a servant into a unit outside `reach`, or changes a person who
    works (or last worked) outside it. An account without a servant profile (an officer, an
    editor, an administrator) is in no HR scope: only an operator's import may make it one."""
    if row.unit_code is not None and units[row.unit_code] not in reach:
        return True
    return current is not None and current["servant_profile__unit_id"] not in reach


def _row_change(
    row: ServantRow,
    current: dict[str, Any] | None,
    unit_id: int,
    columns: frozenset[str],
    *,
    default_language: str,
) -> PlannedChange | None:
    user_values = {
        "last_name": row.last_name,
        "first_name": row.first_name,
        "email": row.email,
    }
    # A new person reads in the file's language or the organisation's; someone known keeps
    # theirs unless the file names one.
    if row.language:
        user_values["preferred_language"] = row.language
    elif current is None:
        user_values["preferred_language"] = default_language
    profile_values = {"unit_id": unit_id, "category": row.category, "hired_on": row.hired_on}
    # An absent optional column leaves the stored value alone.
    if "middle_name" in columns or current is None:
        user_values["middle_name"] = row.middle_name or ""
    for name in _POSITION_FIELDS:
        if name in columns or current is None:
            profile_values[name] = getattr(row, name) or ""
    name = f"{row.last_name} {row.first_name}"

    if current is None:
        return PlannedChange(
            action="create",
            iin=row.iin,
            name=name,
            row=row.row,
            user_values=user_values,
            profile_values=profile_values,
        )
    if current["servant_profile__id"] is None:  # an account (e.g. staff) without a profile
        user_changes = {k: v for k, v in user_values.items() if current[k] != v}
        for name in _POSITION_FIELDS:
            profile_values.setdefault(name, "")
        return PlannedChange(
            action="create",
            iin=row.iin,
            name=name,
            row=row.row,
            user_id=current["id"],
            fields=tuple(user_changes),
            user_values=user_changes,
            profile_values=profile_values,
        )
    user_changes = {k: v for k, v in user_values.items() if current[k] != v}
    profile_changes = {
        k: v for k, v in profile_values.items() if current[f"servant_profile__{k}"] != v
    }
    reactivate = not current["servant_profile__active"]
    if not (user_changes or profile_changes or reactivate):
        return None
    changed_columns = tuple(_FIELD_COLUMNS.get(k, k) for k in (*user_changes, *profile_changes))
    if reactivate:
        profile_changes["active"] = True
    return PlannedChange(
        action="update",
        iin=row.iin,
        name=name,
        row=row.row,
        fields=changed_columns,
        reactivate=reactivate,
        user_id=current["id"],
        profile_id=current["servant_profile__id"],
        user_values=user_changes,
        profile_values=profile_changes,
    )


# Writing -----------------------------------------------------------------------------------


def _apply(plan: ImportPlan) -> None:
    creates = [c for c in plan.changes if c.action == "create"]
    updates = [c for c in plan.changes if c.action == "update"]
    deactivations = [c.profile_id for c in plan.changes if c.action == "deactivate"]
    # Existing accounts (by IIN) that gain a profile may have new names or email too.
    changed_users = [c for c in creates + updates if c.user_id and c.user_values]

    new_people = [c for c in creates if c.user_id is None]
    for start in range(0, len(new_people), _BATCH):
        batch = new_people[start : start + _BATCH]
        users = User.objects.bulk_create(
            # No usable password: people set their own through the password reset.
            User(iin=c.iin, password="!" + secrets.token_urlsafe(30), **c.user_values)
            for c in batch
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user_id=u.pk, email=u.email, verified=False, primary=True) for u in users
        )
        for change, user in zip(batch, users, strict=True):
            change.user_id = user.pk

    _update_rows(User, [(c.user_id, c.user_values) for c in changed_users])
    _move_email_addresses([c for c in changed_users if "email" in c.user_values])
    for start in range(0, len(creates), _BATCH):
        ServantProfile.objects.bulk_create(
            ServantProfile(user_id=c.user_id, **c.profile_values)
            for c in creates[start : start + _BATCH]
        )
    now = timezone.now()
    _update_rows(
        ServantProfile, [(c.profile_id, {**c.profile_values, "updated_at": now}) for c in updates]
    )
    for profiles in _where_in(ServantProfile.objects.all(), "id", deactivations):
        profiles.update(active=False, updated_at=now)


def _update_rows(model, rows: list[tuple[int, dict[str, Any]]]) -> None:
    """Set new values on rows by primary key, one statement per set of changed fields and
    batch. The changed fields differ from row to row, and unchanged columns are not rewritten.

    Django's bulk_update builds a CASE expression per object and field, which costs seconds
    per thousand rows; on PostgreSQL one UPDATE ... FROM unnest(arrays) per 10,000 rows costs
    a fraction of that. Other databases get one parameterised UPDATE per row (executemany).
    """
    by_fields: dict[tuple[str, ...], list[list[Any]]] = {}
    for pk, values in rows:
        if values:
            fields = tuple(sorted(values))
            params = [
                model._meta.get_field(name).get_db_prep_save(values[name], connection)
                for name in fields
            ]
            by_fields.setdefault(fields, []).append([*params, pk])
    quote = connection.ops.quote_name
    table, pk_column = quote(model._meta.db_table), quote(model._meta.pk.column)
    for names, params in by_fields.items():
        fields = [model._meta.get_field(name) for name in names]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                sets = ", ".join(f"{quote(f.column)} = v.{quote(f.column)}" for f in fields)
                arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
                aliases = ", ".join(quote(f.column) for f in fields)
                sql = (
                    f"UPDATE {table} SET {sets} FROM unnest({arrays}, "
                    f"%s::{model._meta.pk.rel_db_type(connection)}[]) AS v({aliases}, pk__) "
                    f"WHERE {table}.{pk_column} = v.pk__"
                )
                for start in range(0, len(params), 10_000):
                    cursor.execute(
                        sql, [list(c) for c in zip(*params[start : start + 10_000], strict=True)]
                    )
            else:
                sets = ", ".join(f"{quote(f.column)} = %s" for f in fields)
                sql = f"UPDATE {table} SET {sets} WHERE {pk_column} = %s"
                cursor.executemany(sql, params)


def _move_email_addresses(changes: list[PlannedChange]) -> None:
    """The new email becomes the person's only, primary (unverified) allauth address."""
    new_email = {c.user_id: c.user_values["email"] for c in changes}
    kept: dict[int, int] = {}  # user id → id of the address that already has the new email
    stale: list[int] = []
    addresses = EmailAddress.objects.values_list("pk", "user_id", "email").order_by()
    for chunk in _where_in(addresses, "user", list(new_email)):
        for pk, user_id, email in chunk:
            if email.lower() == new_email[user_id] and user_id not in kept:
                kept[user_id] = pk
            else:
                stale.append(pk)
    # Old addresses go first: only one primary address per person is allowed.
    for addresses in _where_in(EmailAddress.objects.all(), "id", stale):
        addresses.delete()
    for addresses in _where_in(EmailAddress.objects.all(), "id", list(kept.values())):
        addresses.update(primary=True)
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=user_id, email=email, verified=False, primary=True)
            for user_id, email in new_email.items()
            if user_id not in kept
        ],
        batch_size=_BATCH,
    )
