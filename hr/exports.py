"""The rows of the HR compliance export (CSV and XLSX, written by `lms.exports`)."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models.functions import TruncDate
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from lms.dates import service_zone
from lms.models import AssignmentStatus, ServantCategory

EXPORT_COLUMNS = (
    "servant__last_name", "servant__first_name", "servant__middle_name", "servant__iin",
    "servant__email", "servant__servant_profile__unit__code",
    "servant__servant_profile__unit__name", "servant__servant_profile__unit__name_ru",
    "servant__servant_profile__unit__name_kk",
    "servant__servant_profile__position", "servant__servant_profile__category", "effective",
    "lessons_done", "lessons_total", "due_on", "completed_on", "certificate_serial",
)  # fmt: skip


def compliance_rows(assignments) -> Iterator[list]:
    """The export's rows from plain tuples (no model instances): at national scale building
    objects and translating labels per row would cost more than the query itself."""
    yield [
        _("Last name"), _("First name"), _("Middle name"), _("IIN"), _("Email"),
        _("Unit code"), _("Unit"), _("Position"), _("Category"), _("Status"),
        _("Lessons read"), _("Lessons"), _("Due on"), _("Completed at"), _("Certificate"),
    ]  # fmt: skip
    labels = {value: str(label) for value, label in AssignmentStatus.choices}
    categories = {value: str(label) for value, label in ServantCategory.choices}
    language = (get_language() or "en")[:2]
    rows = assignments.annotate(completed_on=TruncDate("completed_at", tzinfo=service_zone()))
    rows = rows.values_list(*EXPORT_COLUMNS)
    for (
        last, first, middle, iin, email, unit_code, unit_en, unit_ru, unit_kk, position,
        category, status, done, total, due_on, completed_on, serial,
    ) in rows.iterator(chunk_size=2000):  # fmt: skip
        unit = {"ru": unit_ru, "kk": unit_kk}.get(language) or unit_en
        yield [
            last, first, middle, iin or "", email, unit_code, unit, position,
            categories.get(category, category), labels.get(status, status), done, total,
            due_on.isoformat(), completed_on.isoformat() if completed_on else "", serial or "",
        ]  # fmt: skip
