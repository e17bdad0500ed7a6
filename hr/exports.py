"""The HR compliance export: the servants' rows (CSV and XLSX) and, in the XLSX, a summary
sheet with one row per unit. Written by `lms.exports`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db.models.functions import TruncDate
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from hr.selectors import compliance_export, compliance_list, compliance_summary
from lms.dates import service_zone
from lms.exports import CSV_DELIMITERS, Sheet
from lms.models import AssignmentStatus, OrgUnit, ServantCategory, TrainingCycle, User
from lms.selectors import hr_units

EXPORT_COLUMNS = (
    "servant__last_name", "servant__first_name", "servant__middle_name", "servant__iin",
    "servant__email", "servant__servant_profile__unit_id", "servant__servant_profile__position",
    "servant__servant_profile__position_ru", "servant__servant_profile__position_kk",
    "servant__servant_profile__category", "effective", "lessons_done", "lessons_total", "due_on",
    "completed_on", "certificate_serial",
)  # fmt: skip
# Column widths in characters, in the order of `compliance_header`.
COMPLIANCE_WIDTHS = (18, 14, 16, 14, 30, 30, 14, 45, 28, 26, 13, 10, 9, 12, 12, 18)
SUMMARY_WIDTHS = (50, 10, 12, 12, 12, 10, 10, 12)
PATH_SEPARATOR = " / "


def xlsx_max_rows() -> int:
    """The longest list written as XLSX while the officer waits; a longer one is written in
    the background (settings.ADAL_XLSX_MAX_ROWS)."""
    return settings.ADAL_XLSX_MAX_ROWS


@dataclass(frozen=True)
class UnitLabel:
    organisation: str
    code: str
    path: str  # "Head office / Legal department", in the request's language


def export_delimiter(choice: str, *, language: str | None = None) -> str:
    """The CSV delimiter asked for (`semicolon` or `comma`), else the one a spreadsheet in
    the request's language expects: Russian and Kazakh locales list with ";"."""
    if choice in CSV_DELIMITERS:
        return CSV_DELIMITERS[choice]
    return ";" if (language or get_language() or "en")[:2] in ("ru", "kk") else ","


def unit_labels(*, user: User, unit: OrgUnit | None) -> dict[int, UnitLabel]:
    """{unit id: label} for every unit of the officer's scope under `unit` (None: the whole
    scope), in the active language. Two queries whatever the number of rows: the units, then
    all their ancestors (which may lie outside the scope; their names are part of the path,
    nothing more)."""
    language = (get_language() or "en")[:2]
    units = hr_units(user=user)
    if unit is not None:
        units = units.filter(path__startswith=unit.path)
    scoped = list(units.values_list("pk", "path"))
    step = OrgUnit.steplen
    prefixes = {path[:end] for _pk, path in scoped for end in range(step, len(path) + 1, step)}
    by_path = {
        node.path: node
        for node in OrgUnit.objects.filter(path__in=prefixes).select_related("organisation")
    }
    labels = {}
    for pk, path in scoped:
        node = by_path[path]
        names = [by_path[path[:end]].name_in(language) for end in range(step, len(path) + 1, step)]
        labels[pk] = UnitLabel(
            organisation=node.organisation.name_in(language),
            code=node.code,
            path=PATH_SEPARATOR.join(names),
        )
    return labels


def compliance_header() -> list[str]:
    return [
        _("Last name"), _("First name"), _("Middle name"), _("IIN"), _("Email"),
        _("Organisation"), _("Unit code"), _("Unit"), _("Position"), _("Category"), _("Status"),
        _("Lessons read"), _("Lessons"), _("Due on"), _("Completed on"), _("Certificate"),
    ]  # fmt: skip


def compliance_rows(assignments, *, labels: dict[int, UnitLabel]) -> Iterator[list]:
    """The servants' rows from plain tuples (no model instances): at national scale building
    objects and translating labels per row would cost more than the query itself. Dates stay
    `datetime.date` (CSV writes them as YYYY-MM-DD, XLSX as date cells)."""
    statuses = {value: str(label) for value, label in AssignmentStatus.choices}
    categories = {value: str(label) for value, label in ServantCategory.choices}
    # As ServantProfile.position_in: the title in the export's language, else the imported one.
    translated = {"ru": 1, "kk": 2}.get((get_language() or "en")[:2], 0)
    unknown = UnitLabel(organisation="", code="", path="")
    rows = assignments.annotate(completed_on=TruncDate("completed_at", tzinfo=service_zone()))
    rows = rows.values_list(*EXPORT_COLUMNS)
    for (
        last, first, middle, iin, email, unit_id, position, position_ru, position_kk, category,
        status, done, total, due_on, completed_on, serial,
    ) in rows.iterator(chunk_size=2000):  # fmt: skip
        unit = labels.get(unit_id, unknown)
        position = (position, position_ru, position_kk)[translated] or position
        yield [
            last, first, middle, iin or "", email, unit.organisation, unit.code, unit.path,
            position, categories.get(category, category), statuses.get(status, status), done,
            total, due_on, completed_on or "", serial or "",
        ]  # fmt: skip


def summary_header() -> list[str]:
    return [
        _("Unit"), _("Total"), _("Completed"), _("In progress"), _("Not started"),
        _("Overdue"), _("Exempt"), _("Share completed"),
    ]  # fmt: skip


def summary_rows(
    *, user: User, cycle: TrainingCycle, unit: OrgUnit | None, labels: dict[int, UnitLabel]
) -> list[list]:
    """One row per unit under `unit` (itself first; None: every unit in scope), each counting
    its whole subtree as the dashboard does; "—" for the share where nobody is required to
    complete."""
    rows = []
    for row in compliance_summary(user=user, cycle=cycle, root=unit):
        counts = row.counts
        label = labels.get(row.unit.pk)
        # The dashboard's rounded percentage, so that both show the same figure.
        share = row.percent / 100 if row.required else "—"
        rows.append([
            label.path if label else row.unit.name_in(), row.total, counts["completed"],
            counts["in_progress"], counts["not_started"], counts["overdue"], counts["exempt"],
            share,
        ])  # fmt: skip
    return rows


def compliance_count(
    *, user: User, cycle: TrainingCycle, unit: OrgUnit | None, filters: dict
) -> int:
    return compliance_list(user=user, cycle=cycle, unit=unit, **filters).order_by().count()


def compliance_table(*, user: User, cycle: TrainingCycle, unit: OrgUnit | None, filters: dict):
    """(header, rows) of the filtered servants' list of `unit`, rows streamed."""
    labels = unit_labels(user=user, unit=unit)
    assignments = compliance_export(user=user, cycle=cycle, unit=unit, **filters)
    return compliance_header(), compliance_rows(assignments, labels=labels)


def compliance_workbook(
    *, user: User, cycle: TrainingCycle, unit: OrgUnit | None, filters: dict
) -> list[Sheet]:
    """The XLSX's sheets: the filtered servants' list, then the summary per unit (which, like
    the dashboard, counts everyone in each unit whatever the list's filters)."""
    labels = unit_labels(user=user, unit=unit)
    assignments = compliance_export(user=user, cycle=cycle, unit=unit, **filters)
    return [
        Sheet(
            title=_("Compliance"),
            header=compliance_header(),
            rows=compliance_rows(assignments, labels=labels),
            widths=COMPLIANCE_WIDTHS,
        ),
        Sheet(
            title=pgettext("spreadsheet", "Summary"),
            header=summary_header(),
            rows=summary_rows(user=user, cycle=cycle, unit=unit, labels=labels),
            widths=SUMMARY_WIDTHS,
            number_formats={7: "0%"},
        ),
    ]
