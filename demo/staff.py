"""Demo organisations and staff for the HR area: a realistic mix of statuses in two bodies.
Called by `load_demo` after the course and the current cycle exist; idempotent."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from certificates.services import assignment_complete
from lms.models import (
    Assignment,
    AssignmentStatus,
    HRScope,
    Organisation,
    OrgUnit,
    ServantCategory,
    ServantProfile,
    TrainingCycle,
    User,
)
from lms.services import assignment_exempt, assignment_update_progress, cycle_open
from lms.validators import iin_build

SECOND_ORGANISATION = {
    "code": "transport-committee",
    "name": "Transport Control Committee",
    "name_ru": "Комитет транспортного контроля",
    "name_kk": "Көлік бақылау комитеті",
}
SECOND_UNITS = [  # (code, parent, en, ru, kk)
    ("tcc", None, "Head office", "Центральный аппарат", "Орталық аппарат"),
    ("tcc-road", "tcc", "Road Transport Department", "Департамент автомобильного транспорта",
     "Автомобиль көлігі департаменті"),
    ("tcc-rail", "tcc", "Railway Department", "Департамент железнодорожного транспорта",
     "Темір жол көлігі департаменті"),
]  # fmt: skip
# Where the Aviation Administration's extra staff work (its units come from demo.scenario).
AVIATION_UNITS = ["aak", "aak-flight", "aak-flight-ops", "aak-legal", "aak-hr"]


def demo_cycle_dates(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """(opens_on, due_on) of the year's cycle around `today`, the day the demo is loaded.

    The cycle opens in mid-January (45 days back when the demo is loaded early in the year,
    so that a new hire's 30 days can already have passed) and is due on 1 December (six weeks
    ahead when loaded later in the year): whoever has not finished is in progress, not overdue,
    whichever day it is.
    """
    opens_on = min(datetime.date(today.year, 1, 15), today - datetime.timedelta(days=45))
    due_on = max(datetime.date(today.year, 12, 1), today + datetime.timedelta(weeks=6))
    return opens_on, due_on


NEW_HIRE_STARTED_DAYS_AGO = 40  # 30 days to finish, so ten days overdue

# Job titles as (English, Russian, Kazakh): the import's position, position_ru, position_kk.
POSITIONS = [
    ("Chief specialist", "Главный специалист", "Бас маман"),
    ("Leading specialist", "Ведущий специалист", "Жетекші маман"),
    ("Head of division", "Руководитель отдела", "Бөлім басшысы"),
    ("Deputy director", "Заместитель директора", "Директордың орынбасары"),
    ("Expert", "Эксперт", "Сарапшы"),
]
# One status per servant, repeating: 40% completed, 25% in progress, 25% not started, 10% exempt.
PATTERN = ["completed", "in_progress", "completed", "not_started", "completed",
           "in_progress", "not_started", "completed", "exempt", "not_started"]  # fmt: skip
CATEGORIES = [ServantCategory.ADMINISTRATIVE] * 6 + [
    ServantCategory.EQUATED, ServantCategory.QUASI_PUBLIC, ServantCategory.POLITICAL,
    ServantCategory.ADMINISTRATIVE,
]  # fmt: skip


def _iin(n: int) -> str:
    return iin_build(born=datetime.date(1970, 1, 1) + datetime.timedelta(days=97 * n), serial=n * 7)


def _units(organisation_data: dict, units: list) -> dict[str, OrgUnit]:
    organisation, _ = Organisation.objects.update_or_create(
        code=organisation_data["code"],
        defaults={k: v for k, v in organisation_data.items() if k != "code"},
    )
    found: dict[str, OrgUnit] = {}
    for code, parent, en, ru, kk in units:
        unit = OrgUnit.objects.filter(organisation=organisation, code=code).first()
        if unit is None:
            fields = {"organisation": organisation, "code": code, "name": en, "name_ru": ru,
                      "name_kk": kk}  # fmt: skip
            unit = found[parent].add_child(**fields) if parent else OrgUnit.add_root(**fields)
        found[code] = unit
    return found


def _staff(prefix: str, units: list[OrgUnit], count: int, start: int) -> list[User]:
    people = []
    languages = ["ru", "kk", "ru", "en"]
    password = make_password(settings.ADAL_DEMO_PASSWORD)  # hashing is slow by design: once
    for i in range(count):
        n = start + i
        email = f"{prefix}{i + 1:02d}@example.com"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create(
                email=email, password=password, first_name="Demo",
                last_name=f"Servant {n:02d}", preferred_language=languages[i % 4], iin=_iin(n),
            )  # fmt: skip
        position, position_ru, position_kk = POSITIONS[i % len(POSITIONS)]
        ServantProfile.objects.get_or_create(
            user=user,
            defaults={"unit": units[i % len(units)], "category": CATEGORIES[i % len(CATEGORIES)],
                      "position": position, "position_ru": position_ru,
                      "position_kk": position_kk,
                      "hired_on": datetime.date(2015 + i % 10, 1 + i % 12, 1)},
        )  # fmt: skip
        people.append(user)
    return people


def _apply_status(assignment: Assignment, status: str, step: int) -> None:
    if assignment.status != AssignmentStatus.NOT_STARTED or status == "not_started":
        return
    total = assignment.lessons_total or 8
    if status == "exempt":
        assignment_exempt(assignment=assignment, reason="Long-term leave", by=None)
    elif status == "in_progress":
        assignment_update_progress(
            assignment=assignment, lessons_done=1 + step % (total - 1), lessons_total=total
        )
    else:
        assignment_update_progress(assignment=assignment, lessons_done=total, lessons_total=total)
        opened = timezone.make_aware(
            datetime.datetime.combine(assignment.cycle.opens_on, datetime.time(9, 0))
        )
        completed = max(timezone.now() - datetime.timedelta(days=3 + 9 * (step % 30)), opened)
        assignment_complete(assignment=assignment)
        Assignment.objects.filter(pk=assignment.pk).update(completed_at=completed)


def build_hr_demo(*, course_page_id: int, cycle: TrainingCycle) -> None:
    aviation = {u.code: u for u in OrgUnit.objects.filter(code__in=AVIATION_UNITS)}
    aviation_staff = _staff("aviation.staff", [aviation[c] for c in AVIATION_UNITS], 40, 10)
    transport = _units(SECOND_ORGANISATION, SECOND_UNITS)
    transport_staff = _staff("transport.staff", list(transport.values()), 20, 60)

    hr_transport = User.objects.filter(email="hr.transport@example.com").first()
    if hr_transport is None:
        hr_transport = User.objects.create_user(
            email="hr.transport@example.com", password=settings.ADAL_DEMO_PASSWORD,
            first_name="HR", last_name="Officer (Transport)", preferred_language="ru",
        )  # fmt: skip
    HRScope.objects.get_or_create(user=hr_transport, unit=transport["tcc"])

    # A new hire: due 30 days after their first day, which has passed — overdue.
    newcomer = transport_staff[-1]
    hired = timezone.localdate() - datetime.timedelta(days=NEW_HIRE_STARTED_DAYS_AGO)
    ServantProfile.objects.filter(user=newcomer).update(hired_on=hired)

    cycle_open(year=cycle.year, course_page_id=course_page_id)
    for step, user in enumerate(aviation_staff + transport_staff[:-1]):
        assignment = Assignment.objects.get(servant=user, cycle=cycle)
        _apply_status(assignment, PATTERN[step % len(PATTERN)], step)
