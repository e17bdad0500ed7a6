"""The demo's story: the course and public site from the content pack (demo.course,
demo.public_site), an organisation with its accounts, their progress and certificates (valid,
expired, revoked), and the HR staff of two bodies (demo.staff). Everything goes through the same
services the site uses, and every step is idempotent, so `load_demo` can run again on a loaded
database."""

from __future__ import annotations

import datetime
from datetime import timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate, RevocationCategory
from certificates.services import certificate_render_pdf, certificate_revoke
from certificates.signing import ensure_demo_signing_key
from courses.models import CoursePage, LessonProgress
from courses.services import lesson_complete, lesson_record_view
from demo.certificate_templates import build_certificate_templates
from demo.course import build_course
from demo.legal import record_amendment as record_demo_amendment
from demo.pages import locales as demo_locales
from demo.public_site import build_home, build_public_site, feature_course
from demo.staff import build_hr_demo, demo_cycle_dates
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
from lms.services import assignment_update_progress, cycle_open
from lms.validators import iin_build
from quizzes.models import Choice, Quiz
from quizzes.services import attempt_start, attempt_submit

EXPIRED_CERTIFICATE_AGE_DAYS = 400  # issued 400 days ago, valid for 365: expired a month ago

ORGANISATION = {
    "code": "aviation-admin",
    "name": "Aviation Administration of Kazakhstan",
    "name_ru": "Авиационная администрация Казахстана",
    "name_kk": "Қазақстанның авиациялық әкімшілігі",
}
UNITS = [  # (code, parent code, en, ru, kk)
    ("aak", None, "Head office", "Центральный аппарат", "Орталық аппарат"),
    (
        "aak-flight",
        "aak",
        "Flight Safety Department",
        "Департамент безопасности полётов",
        "Ұшу қауіпсіздігі департаменті",
    ),
    (
        "aak-flight-ops",
        "aak-flight",
        "Flight Operations Unit",
        "Отдел лётной эксплуатации",
        "Ұшуды пайдалану бөлімі",
    ),
    ("aak-legal", "aak", "Legal Department", "Юридический департамент", "Заң департаменті"),
    (
        "aak-hr",
        "aak",
        "Human Resources Department",
        "Департамент по управлению персоналом",
        "Персоналды басқару департаменті",
    ),
]


DEMO_USERS = [
    # email, last, first, language, role, unit, iin
    ("admin@example.com", "Administrator", "System", "en", "admin", None, None),
    ("organiser@example.com", "Organiser", "Seminar", "ru", "editor", None, None),
    ("hr@example.com", "Officer", "HR", "ru", "hr", "aak", None),
    (
        "servant@example.com",
        "Servant",
        "Demo",
        "en",
        "servant",
        "aak-flight-ops",
        iin_build(born=datetime.date(1988, 4, 12), serial=1201),
    ),
    (
        "certified@example.com",
        "Certified",
        "Demo",
        "en",
        "servant",
        "aak-legal",
        iin_build(born=datetime.date(1985, 9, 3), serial=2302),
    ),
    (
        "archive.kk@example.com",
        "Қызметкер",
        "Үлгі",
        "kk",
        "servant",
        "aak-hr",
        iin_build(born=datetime.date(1979, 2, 21), serial=3403),
    ),
    (
        "revoked.ru@example.com",
        "Сотрудник",
        "Образец",
        "ru",
        "servant",
        "aak-flight",
        iin_build(born=datetime.date(1991, 11, 30), serial=4504),
    ),
]


def build_organisation() -> dict[str, OrgUnit]:
    organisation, _ = Organisation.objects.update_or_create(
        code=ORGANISATION["code"],
        defaults={k: v for k, v in ORGANISATION.items() if k != "code"},
    )
    units: dict[str, OrgUnit] = {}
    for code, parent, en, ru, kk in UNITS:
        unit = OrgUnit.objects.filter(organisation=organisation, code=code).first()
        names = {"name": en, "name_ru": ru, "name_kk": kk}
        if unit is None:
            fields = {"organisation": organisation, "code": code, **names}
            unit = units[parent].add_child(**fields) if parent else OrgUnit.add_root(**fields)
        else:
            OrgUnit.objects.filter(pk=unit.pk).update(**names)
        units[code] = unit
    return units


def build_users(units: dict[str, OrgUnit]) -> dict[str, User]:
    users = {}
    editors = Group.objects.filter(name="Editors").first()
    moderators = Group.objects.filter(name="Moderators").first()
    for email, last, first, lang, role, unit_code, iin in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=settings.ADAL_DEMO_PASSWORD,
                last_name=last,
                first_name=first,
                preferred_language=lang,
                iin=iin,
                is_staff=role in ("admin", "editor"),
                is_superuser=role == "admin",
            )
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if role == "editor" and editors:
            user.groups.add(editors)
        if role == "admin" and moderators:
            user.groups.add(moderators)
        if role == "hr":
            HRScope.objects.get_or_create(user=user, unit=units[unit_code])
        if role == "servant":
            ServantProfile.objects.update_or_create(
                user=user,
                defaults={
                    "unit": units[unit_code],
                    "category": ServantCategory.ADMINISTRATIVE,
                    "position": "Chief specialist",
                    "position_ru": "Главный специалист",
                    "position_kk": "Бас маман",
                    "hired_on": datetime.date(2019, 3, 1),
                },
            )
        users[email] = user
    return users


def _read_lessons(user: User, course: CoursePage, count: int | None = None) -> None:
    """This year's reading: for the servant's newest assignment of the course."""
    lessons = list(course.lessons())[:count]
    for lesson in lessons:
        progress = lesson_record_view(user=user, lesson=lesson)
        if progress.completed_at is None:
            LessonProgress.objects.filter(pk=progress.pk).update(
                first_viewed_at=timezone.now() - timedelta(minutes=12)
            )
            lesson_complete(user=user, lesson=lesson)


def _read_lessons_in_an_earlier_year(
    user: User, course: CoursePage, assignment: Assignment, *, read_by: datetime.datetime
) -> None:
    """That year's reading, recorded for that year's assignment and dated before `read_by`:
    the site records reading only for the servant's newest assignment, as it happens."""
    for n, lesson in enumerate(course.lessons()):
        read_at = read_by - timedelta(hours=1) + timedelta(minutes=5 * n)
        LessonProgress.objects.get_or_create(
            assignment=assignment,
            lesson_key=lesson.translation_key,
            defaults={
                "user": user,
                "lesson": lesson,
                "first_viewed_at": read_at - timedelta(minutes=12),
                "completed_at": read_at,
                "seconds": 12 * 60,
            },
        )


def _pass_final_test(user: User, assignment: Assignment, quiz: Quiz) -> Certificate:
    attempt = attempt_start(
        user=user, quiz=quiz, assignment=assignment, language=user.preferred_language
    )
    correct = {
        str(item["question"]): [
            str(c)
            for c in Choice.objects.filter(
                question_id=item["question"], is_correct=True
            ).values_list("pk", flat=True)
        ]
        for item in attempt.items
    }
    attempt_submit(attempt=attempt, answers=correct)
    return Certificate.objects.get(assignment=assignment, revoked_at__isnull=True)


def build_progress(users: dict[str, User], course: CoursePage) -> dict[str, Certificate]:
    today = timezone.localdate()
    year = today.year
    opens_on, due_on = demo_cycle_dates(today)
    cycle_open(year=year, due_on=due_on, opens_on=opens_on, course_page_id=course.pk)
    quiz = course.final_quiz
    certificates = {}

    def assignment(email, cycle=None):
        return Assignment.objects.get(
            servant=users[email], cycle=cycle or TrainingCycle.objects.get(year=year)
        )

    servant = users["servant@example.com"]
    if not LessonProgress.objects.filter(assignment=assignment("servant@example.com")).exists():
        _read_lessons(servant, course, count=3)

    certified = users["certified@example.com"]
    if assignment("certified@example.com").status != AssignmentStatus.COMPLETED:
        _read_lessons(certified, course)
        _pass_final_test(certified, assignment("certified@example.com"), quiz)
    certificates["valid"] = Certificate.objects.get(
        assignment=assignment("certified@example.com"), revoked_at__isnull=True
    )

    # An earlier year's certificate, valid for a year, that expired a month ago.
    archive = users["archive.kk@example.com"]
    issued_on = today - timedelta(days=EXPIRED_CERTIFICATE_AGE_DAYS)
    last_year, _ = TrainingCycle.objects.get_or_create(
        year=issued_on.year,
        defaults={
            "opens_on": min(datetime.date(issued_on.year, 1, 15), issued_on),
            "due_on": datetime.date(issued_on.year, 12, 1),
        },
    )
    old, _ = Assignment.objects.get_or_create(
        servant=archive,
        cycle=last_year,
        course=course,
        defaults={"due_on": last_year.due_on},
    )
    if old.status != AssignmentStatus.COMPLETED:
        issued = timezone.make_aware(datetime.datetime.combine(issued_on, datetime.time(11, 0)))
        _read_lessons_in_an_earlier_year(archive, course, old, read_by=issued)
        total = course.lessons().count()
        old = assignment_update_progress(assignment=old, lessons_done=total, lessons_total=total)
        expired = _pass_final_test(archive, old, quiz)
        Certificate.objects.filter(pk=expired.pk).update(
            issued_at=issued, valid_until=issued.date() + timedelta(days=365)
        )
        Assignment.objects.filter(pk=old.pk).update(completed_at=issued)
        certificate_render_pdf(certificate=Certificate.objects.get(pk=expired.pk), force=True)
    certificates["expired"] = Certificate.objects.get(assignment=old)

    # A certificate revoked after an integrity review.
    revoked_owner = users["revoked.ru@example.com"]
    if not Certificate.objects.filter(assignment__servant=revoked_owner).exists():
        _pass_final_test_after_reading(
            revoked_owner, assignment("revoked.ru@example.com"), course, quiz
        )
    revoked = Certificate.objects.filter(assignment__servant=revoked_owner).first()
    certificates["revoked"] = certificate_revoke(
        certificate=revoked,
        by=users["admin@example.com"],
        reason="Final test taken by another person (integrity review)",
        category=RevocationCategory.INTEGRITY,
    )
    return certificates


def _pass_final_test_after_reading(user, assignment, course, quiz):
    _read_lessons(user, course)
    assignment.refresh_from_db()
    return _pass_final_test(user, assignment, quiz)


def ensure_signing_key() -> None:
    """The demo signs its certificates with a self-signed key made here on first run."""
    key, cert = settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT
    if key and cert and not (Path(key).exists() and Path(cert).exists()):
        made_key, made_cert = ensure_demo_signing_key(Path(key).parent)
        if (str(made_key), str(made_cert)) != (str(key), str(cert)):
            made_key.replace(key)
            made_cert.replace(cert)


@transaction.atomic
def load_demo() -> dict[str, Certificate]:
    ensure_signing_key()
    locales = demo_locales()
    home = build_home(locales)
    course = build_course(home, locales)
    feature_course(home, course)
    units = build_organisation()
    build_certificate_templates(organisation=next(iter(units.values())).organisation)
    users = build_users(units)
    build_public_site(users)
    # Once the lessons, questions and pages that cite the register are built (the amendment
    # flags them for review) and before anyone is certified: the amendment of 2020 came before
    # every demo certificate, which names the amended version it was taught against; the
    # flagged questions are held back from the demo's test attempts as from anyone's.
    record_demo_amendment()
    certificates = build_progress(users, course)
    build_hr_demo(course_page_id=course.pk, cycle=TrainingCycle.objects.order_by("-year").first())
    _mark_signed_in_before()
    return certificates


def _mark_signed_in_before() -> None:
    """People who read lessons or passed the test must have signed in: the demo made their
    progress directly, so give them a sign-in (two days ago) where they have none. Those who
    have not started keep none, and show among those HR may invite again."""
    started = Assignment.objects.exclude(status=AssignmentStatus.NOT_STARTED).values("servant_id")
    User.objects.filter(pk__in=started, last_login__isnull=True).update(
        last_login=timezone.now() - datetime.timedelta(days=2)
    )
