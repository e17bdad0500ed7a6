"""Builds the demo site: course in three languages, question bank, organisations, accounts and
their progress. Everything goes through the same services the site uses, and every step is
idempotent, so `load_demo` can run again on a loaded database."""

from __future__ import annotations

import datetime
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page, Site

from certificates.models import Certificate
from certificates.services import certificate_render_pdf, certificate_revoke
from cms import demo_content as content
from cms.models import HomePage
from courses.models import CourseIndexPage, CoursePage, LessonPage, LessonProgress
from courses.services import lesson_complete, lesson_record_view
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
from lms.validators import iin_check_digit
from quizzes.imports import QuestionRow, questions_import
from quizzes.models import Choice, DrawRule, Quiz, Topic
from quizzes.services import attempt_start, attempt_submit

DEMO_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4b8e-9d59-1a2b3c4d5e6f")
LANGS = ("en", "ru", "kk")
DEMO_LESSON_SECONDS = 10

HOME = {
    "title": {"en": "Adal", "ru": "Адал", "kk": "Адал"},
    "headline": {
        "en": "Annual anti-corruption training for public servants",
        "ru": "Ежегодное антикоррупционное обучение государственных служащих",
        "kk": "Мемлекеттік қызметшілердің жыл сайынғы сыбайлас жемқорлыққа қарсы оқуы",
    },
    "intro": {
        "en": "<p>Read the lessons, pass the final test and receive a certificate that anyone "
        "can verify.</p>",
        "ru": "<p>Изучите уроки, пройдите итоговый тест и получите сертификат, подлинность "
        "которого может проверить любой.</p>",
        "kk": "<p>Сабақтарды оқып, қорытынды тесттен өтіп, кез келген адам тексере алатын "
        "сертификат алыңыз.</p>",
    },
}
COURSE_INDEX_TITLE = {"en": "Courses", "ru": "Курсы", "kk": "Курстар"}
QUIZ_TITLE = "Final test: anti-corruption standards"

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


def _iin(birth: datetime.date, serial: int) -> str:
    """A checksum-valid IIN: date of birth, century/sex digit, then a serial."""
    for n in range(serial, serial + 50):
        first = f"{birth:%y%m%d}{'3' if birth.year < 2000 else '5'}{n % 10000:04d}"
        check = iin_check_digit(first)
        if check is not None:
            return first + str(check)
    raise ValueError("no valid IIN found")


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
        _iin(datetime.date(1988, 4, 12), 1201),
    ),
    (
        "certified@example.com",
        "Certified",
        "Demo",
        "en",
        "servant",
        "aak-legal",
        _iin(datetime.date(1985, 9, 3), 2302),
    ),
    (
        "archive.kk@example.com",
        "Қызметкер",
        "Үлгі",
        "kk",
        "servant",
        "aak-hr",
        _iin(datetime.date(1979, 2, 21), 3403),
    ),
    (
        "revoked.ru@example.com",
        "Сотрудник",
        "Образец",
        "ru",
        "servant",
        "aak-flight",
        _iin(datetime.date(1991, 11, 30), 4504),
    ),
]


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _upsert_child(parent: Page, model, slug: str, fields: dict) -> Page:
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    _publish(page)
    return page


def _upsert_translation(source: Page, locale: Locale, fields: dict) -> Page:
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale, copy_parents=True)
    if page.alias_of_id:
        # A parent copied for translation arrives as an alias of the source; make it a page.
        ConvertAliasPageAction(page).execute(skip_permission_checks=True)
        page = Page.objects.get(pk=page.pk)
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    _publish(page)
    return page


def build_site() -> tuple[CoursePage, dict[str, Locale]]:
    locales = _locales()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        # A new installation starts with a placeholder "Welcome" page; the demo home replaces it.
        Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ).delete()
        home = HomePage(
            slug="home",
            title=HOME["title"]["en"],
            headline=HOME["headline"]["en"],
            intro=HOME["intro"]["en"],
        )
        root.add_child(instance=home)
        _publish(home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "Adal"},
        )
    for code in ("ru", "kk"):
        _upsert_translation(
            home,
            locales[code],
            {
                "title": HOME["title"][code],
                "headline": HOME["headline"][code],
                "intro": HOME["intro"][code],
            },
        )

    index = _upsert_child(home, CourseIndexPage, "courses", {"title": COURSE_INDEX_TITLE["en"]})
    course_fields = {
        lang: {
            "title": content.COURSE["title"][lang],
            "intro": content.COURSE["intro"][lang],
            "learning_outcomes": "\n".join(content.COURSE["outcomes"][lang]),
            "estimated_minutes": content.COURSE["estimated_minutes"],
        }
        for lang in LANGS
    }
    course = _upsert_child(index, CoursePage, content.COURSE["slug"], course_fields["en"])
    for code in ("ru", "kk"):
        _upsert_translation(index, locales[code], {"title": COURSE_INDEX_TITLE[code]})
        _upsert_translation(course, locales[code], course_fields[code])
    for lesson in content.LESSONS:
        fields = {
            "title": lesson["title"]["en"],
            "summary": lesson["summary"]["en"],
            "body": lesson["body"]["en"],
            "min_reading_seconds": DEMO_LESSON_SECONDS,
        }
        source = _upsert_child(course, LessonPage, lesson["slug"], fields)
        for code in ("ru", "kk"):
            _upsert_translation(
                source,
                locales[code],
                {
                    "title": lesson["title"][code],
                    "summary": lesson["summary"][code],
                    "body": lesson["body"][code],
                    "min_reading_seconds": DEMO_LESSON_SECONDS,
                },
            )
    quiz = build_question_bank(locales)
    if course.final_quiz_id != quiz.pk:
        course.final_quiz = quiz
        _publish(course)
    for code in ("ru", "kk"):
        translated = course.get_translation(locales[code]).specific
        if translated.final_quiz_id != quiz.pk:
            translated.final_quiz = quiz
            _publish(translated)
    if home.featured_course_id != course.pk:
        home.featured_course = course
        _publish(home)
    return course, locales


def build_question_bank(locales: dict[str, Locale]) -> Quiz:
    topics = []
    for topic in content.TOPICS:
        key = uuid.uuid5(DEMO_NAMESPACE, f"topic:{topic['key']}")
        for code in LANGS:
            obj, _ = Topic.objects.update_or_create(
                key=topic["key"],
                locale=locales[code],
                defaults={"title": topic["title"][code], "translation_key": key},
            )
            if code == "en":
                topics.append(obj)
    rows = [
        QuestionRow(
            row=n,
            key=question["key"],
            language=code,
            topic=question["topic"],
            kind=question["kind"],
            text=question["text"][code],
            explanation=question["explanation"][code],
            choices=[choice["text"][code] for choice in question["choices"]],
            correct={i for i, c in enumerate(question["choices"], start=1) if c["correct"]},
        )
        for n, question in enumerate(content.QUESTIONS, start=2)
        for code in LANGS
    ]
    result = questions_import(rows=rows)
    if not result.ok:
        raise ValueError("; ".join(str(error) for error in result.errors))
    quiz, _ = Quiz.objects.get_or_create(
        title=QUIZ_TITLE,
        defaults={"time_limit_minutes": 30, "pass_mark_percent": 80, "attempts_per_cycle": 3},
    )
    for order, topic in enumerate(topics):
        DrawRule.objects.update_or_create(
            quiz=quiz, topic=topic, defaults={"count": 2, "sort_order": order}
        )
    return quiz


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
    from allauth.account.models import EmailAddress

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
                    "hired_on": datetime.date(2019, 3, 1),
                },
            )
        users[email] = user
    return users


def _read_lessons(user: User, course: CoursePage, count: int | None = None) -> None:
    lessons = list(course.lessons())[:count]
    for lesson in lessons:
        progress = lesson_record_view(user=user, lesson=lesson)
        if progress.completed_at is None:
            LessonProgress.objects.filter(pk=progress.pk).update(
                first_viewed_at=timezone.now() - timedelta(minutes=12)
            )
            lesson_complete(user=user, lesson=lesson)


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
    year = timezone.localdate().year
    cycle_open(
        year=year,
        due_on=datetime.date(year, 12, 1),
        opens_on=datetime.date(year, 1, 15),
        course_page_id=course.pk,
    )
    quiz = course.final_quiz
    certificates = {}

    def assignment(email, cycle=None):
        return Assignment.objects.get(
            servant=users[email], cycle=cycle or TrainingCycle.objects.get(year=year)
        )

    servant = users["servant@example.com"]
    if not LessonProgress.objects.filter(user=servant).exists():
        _read_lessons(servant, course, count=3)

    certified = users["certified@example.com"]
    if assignment("certified@example.com").status != AssignmentStatus.COMPLETED:
        _read_lessons(certified, course)
        _pass_final_test(certified, assignment("certified@example.com"), quiz)
    certificates["valid"] = Certificate.objects.get(
        assignment=assignment("certified@example.com"), revoked_at__isnull=True
    )

    # An earlier year's certificate that has since expired.
    archive = users["archive.kk@example.com"]
    last_year, _ = TrainingCycle.objects.get_or_create(
        year=year - 1,
        defaults={
            "opens_on": datetime.date(year - 1, 1, 15),
            "due_on": datetime.date(year - 1, 12, 1),
        },
    )
    old, _ = Assignment.objects.get_or_create(
        servant=archive,
        cycle=last_year,
        course=course,
        defaults={"due_on": last_year.due_on},
    )
    if old.status != AssignmentStatus.COMPLETED:
        _read_lessons(archive, course)
        total = len(content.LESSONS)
        old = assignment_update_progress(assignment=old, lessons_done=total, lessons_total=total)
        expired = _pass_final_test(archive, old, quiz)
        issued = timezone.make_aware(datetime.datetime(year - 1, 3, 10, 11, 0))
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
    )
    return certificates


def _pass_final_test_after_reading(user, assignment, course, quiz):
    _read_lessons(user, course)
    assignment.refresh_from_db()
    return _pass_final_test(user, assignment, quiz)


def ensure_signing_key() -> None:
    """The demo signs its certificates with a self-signed key made here on first run."""
    from pathlib import Path

    from certificates.signing import ensure_demo_signing_key

    key, cert = settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT
    if key and cert and not (Path(key).exists() and Path(cert).exists()):
        made_key, made_cert = ensure_demo_signing_key(Path(key).parent)
        if (str(made_key), str(made_cert)) != (str(key), str(cert)):
            made_key.replace(key)
            made_cert.replace(cert)


@transaction.atomic
def load_demo() -> dict[str, Certificate]:
    ensure_signing_key()
    course, _ = build_site()
    units = build_organisation()
    users = build_users(units)
    return build_progress(users, course)
