"""Synthetic national-scale data for benchmarks (`seed_scale`): organisations with about 500
units, N servants with a realistic mix of statuses in the open cycle, quiz attempts and
certificate rows.

Written with PostgreSQL COPY (100,000 servants take well under a minute); everything seeded
can be told apart (organisation codes `scale-…`, emails `@scale.adal.example`) and removed
again by `scale_reset`. Seeding is additive: asking for N servants when M < N exist adds
N − M. Needs the course and its final test (`load_demo` makes them)."""

from __future__ import annotations

import datetime
import json
import random
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from certificates.codes import code_new
from certificates.models import SerialCounter
from courses.models import CoursePage
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
from lms.selectors import course_lesson_total
from lms.validators import iin_build
from quizzes.models import Choice

SCALE_DOMAIN = "scale.adal.example"
ORGANISATION_PREFIX = "scale-"
HR_EMAIL = f"hr-national@{SCALE_DOMAIN}"
ORGANISATIONS = 20
DEPARTMENTS = 4  # per organisation, under its head office
UNITS_PER_DEPARTMENT = 5  # 20 × (1 + 4 + 4 × 5) = 500 units

_BODIES = [
    ("Ministry of Finance", "Министерство финансов", "Қаржы министрлігі"),
    ("Ministry of Justice", "Министерство юстиции", "Әділет министрлігі"),
    ("Ministry of Health", "Министерство здравоохранения", "Денсаулық сақтау министрлігі"),
    ("Ministry of Education", "Министерство просвещения", "Оқу-ағарту министрлігі"),
    ("Ministry of Energy", "Министерство энергетики", "Энергетика министрлігі"),
    ("Ministry of Agriculture", "Министерство сельского хозяйства", "Ауыл шаруашылығы министрлігі"),
    ("State Revenue Committee", "Комитет государственных доходов", "Мемлекеттік кірістер комитеті"),
    ("Akimat of Almaty", "Акимат города Алматы", "Алматы қаласының әкімдігі"),
    ("Akimat of Astana", "Акимат города Астаны", "Астана қаласының әкімдігі"),
    ("Akimat of Shymkent", "Акимат города Шымкента", "Шымкент қаласының әкімдігі"),
    ("Akimat of Karaganda Region", "Акимат Карагандинской области", "Қарағанды облысының әкімдігі"),
    ("Akimat of Turkistan Region", "Акимат Туркестанской области", "Түркістан облысының әкімдігі"),
    ("Ministry of Transport", "Министерство транспорта", "Көлік министрлігі"),
    ("Ministry of Ecology", "Министерство экологии", "Экология министрлігі"),
    ("Ministry of Labour", "Министерство труда", "Еңбек министрлігі"),
    ("Committee for Water Resources", "Комитет водных ресурсов", "Су ресурстары комитеті"),
    ("Samruk-Kazyna Fund", "Фонд «Самрук-Казына»", "«Самұрық-Қазына» қоры"),
    ("Baiterek Holding", "Холдинг «Байтерек»", "«Бәйтерек» холдингі"),
    ("Kazakhstan Temir Zholy", "Қазақстан темір жолы", "Қазақстан темір жолы"),
    ("KazMunayGas", "КазМунайГаз", "ҚазМұнайГаз"),
]  # fmt: skip
_DEPARTMENTS = [
    ("Legal Department", "Юридический департамент", "Заң департаменті"),
    ("Finance Department", "Финансовый департамент", "Қаржы департаменті"),
    ("Human Resources Department", "Департамент кадров", "Кадр департаменті"),
    ("Regional Department", "Территориальный департамент", "Аумақтық департамент"),
]  # fmt: skip
# Role words, not people's names: the scale data stands for no one.
_LAST = ["Қызметші", "Служащий", "Маман", "Специалист", "Сарапшы", "Эксперт", "Инспектор",
         "Кеңесші", "Советник", "Аудитор", "Референт", "Консультант", "Тексеруші", "Аналитик",
         "Талдаушы", "Әкімші", "Басшы", "Хатшы", "Секретарь", "Ревизор"]  # fmt: skip
_FIRST = ["Бірінші", "Екінші", "Үшінші", "Төртінші", "Бесінші", "Первый", "Второй", "Третий",
          "Четвёртый", "Пятый", "Альфа", "Бета", "Гамма", "Дельта", "Әліппе", "Омега"]  # fmt: skip
_MIDDLE = ["Үлгіұлы", "Үлгіқызы", "Образцович", "Образцовна", "Тестович", "Тестовна",
           "Сынақұлы", ""]  # fmt: skip
# Job titles as (English, Russian, Kazakh).
_POSITIONS = [
    ("Chief specialist", "Главный специалист", "Бас маман"),
    ("Leading specialist", "Ведущий специалист", "Жетекші маман"),
    ("Head of division", "Руководитель отдела", "Бөлім басшысы"),
    ("Deputy director", "Заместитель директора", "Директордың орынбасары"),
    ("Expert", "Эксперт", "Сарапшы"),
    ("Director", "Директор", "Директор"),
]
_CATEGORIES = [ServantCategory.ADMINISTRATIVE] * 7 + [
    ServantCategory.EQUATED, ServantCategory.QUASI_PUBLIC, ServantCategory.POLITICAL,
]  # fmt: skip
_LANGUAGES = ["ru"] * 5 + ["kk"] * 4 + ["en"]
# Shares of the open cycle; new hires (due 30 days after their first day) make the overdue.
SHARE_COMPLETED = 0.58
SHARE_IN_PROGRESS = 0.22
SHARE_EXEMPT = 0.02
SHARE_NEW_HIRES = 0.06
SHARE_INACTIVE = 0.01


class ScaleError(Exception):
    pass


@dataclass
class ScaleResult:
    servants_before: int
    servants: int
    units: int
    assignments: int
    certificates: int
    attempts: int
    seconds: float


def scale_servant_count() -> int:
    return ServantProfile.objects.filter(user__email__endswith=f"@{SCALE_DOMAIN}").count()


def scale_cycle(*, year: int | None = None) -> TrainingCycle:
    year = year or timezone.localdate().year
    cycle, _ = TrainingCycle.objects.get_or_create(
        year=year,
        defaults={"opens_on": datetime.date(year, 1, 1), "due_on": datetime.date(year, 12, 1)},
    )
    return cycle


def _copy(table: str, columns: list[str], rows: Iterable[tuple]) -> int:
    """COPY rows into a table: an order of magnitude faster than INSERTs."""
    count = 0
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def _ids(table: str, count: int) -> list[int]:
    """Reserve `count` primary keys from the table's sequence."""
    if not count:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]


def _units() -> list[OrgUnit]:
    """The 20 organisations and their 500 units, made once (paths written directly)."""
    existing = list(
        OrgUnit.objects.filter(organisation__code__startswith=ORGANISATION_PREFIX).order_by("path")
    )
    if existing:
        return existing
    alphabet = OrgUnit.alphabet
    step = OrgUnit.steplen

    def segment(n: int) -> str:
        digits = ""
        for _ in range(step):
            n, r = divmod(n, len(alphabet))
            digits = alphabet[r] + digits
        return digits

    last_root = OrgUnit.get_last_root_node()
    root_number = int(last_root.path, len(alphabet)) + 1 if last_root else 1
    units: list[OrgUnit] = []
    for o, (en, ru, kk) in enumerate(_BODIES[:ORGANISATIONS]):
        organisation = Organisation.objects.create(
            code=f"{ORGANISATION_PREFIX}{o + 1:02d}", name=en, name_ru=ru, name_kk=kk
        )
        root_path = segment(root_number + o)
        units.append(
            OrgUnit(
                organisation=organisation, code=f"s{o + 1:02d}", path=root_path, depth=1,
                numchild=DEPARTMENTS, name=f"{en}: head office",
                name_ru=f"{ru}: центральный аппарат", name_kk=f"{kk}: орталық аппарат",
            )
        )  # fmt: skip
        for d, (den, dru, dkk) in enumerate(_DEPARTMENTS[:DEPARTMENTS]):
            department_path = root_path + segment(d + 1)
            units.append(
                OrgUnit(
                    organisation=organisation, code=f"s{o + 1:02d}-d{d + 1}",
                    path=department_path, depth=2, numchild=UNITS_PER_DEPARTMENT,
                    name=den, name_ru=dru, name_kk=dkk,
                )
            )  # fmt: skip
            for u in range(UNITS_PER_DEPARTMENT):
                units.append(
                    OrgUnit(
                        organisation=organisation, code=f"s{o + 1:02d}-d{d + 1}-u{u + 1}",
                        path=department_path + segment(u + 1), depth=3, numchild=0,
                        name=f"{den}, unit {u + 1}", name_ru=f"{dru}, отдел {u + 1}",
                        name_kk=f"{dkk}, {u + 1}-бөлім",
                    )
                )  # fmt: skip
    return OrgUnit.objects.bulk_create(units)


def _hr_officer(roots: list[OrgUnit]) -> User:
    """An HR officer of national scope: every seeded organisation."""
    officer, created = User.objects.get_or_create(
        email=HR_EMAIL,
        defaults={"first_name": "National", "last_name": "HR", "preferred_language": "en"},
    )
    if created:
        officer.set_password(settings.ADAL_DEMO_PASSWORD)
        officer.save(update_fields=["password"])
    HRScope.objects.bulk_create(
        [HRScope(user=officer, unit=unit) for unit in roots], ignore_conflicts=True
    )
    return officer


def _weights(units: list[OrgUnit], rng: random.Random) -> list[float]:
    """Organisations differ in size (a few large ministries, many small bodies); within one,
    units hold most staff and head offices fewer."""
    organisation_size = {
        unit.organisation_id: 1 / (rank + 1) ** 0.7
        for rank, unit in enumerate(u for u in units if u.depth == 1)
    }
    depth_share = {1: 0.5, 2: 0.7, 3: 1.0}
    return [
        organisation_size[u.organisation_id] * depth_share[u.depth] * rng.uniform(0.6, 1.4)
        for u in units
    ]


def _iins(start: int, count: int, taken: set[str]) -> Iterator[str]:
    """Unique checksum-valid IINs of women born 1965–2004 (the demo's are all different)."""
    dates = 14_600
    n = start
    made = 0
    while made < count:
        born = datetime.date(1965, 1, 1) + datetime.timedelta(days=n % dates)
        iin = iin_build(born=born, serial=(n // dates) * 20 + 5000, female=True)
        n += 1
        if iin in taken:
            continue
        taken.add(iin)
        made += 1
        yield iin


@dataclass
class _Quiz:
    id: int
    items: list[dict]
    correct: dict[int, int]


def _quiz_material(course_page_id: int) -> _Quiz | None:
    course = CoursePage.objects.filter(pk=course_page_id).first()
    quiz = getattr(course, "final_quiz", None)
    if quiz is None:
        return None
    items, correct = [], {}
    questions: dict[int, list[int]] = {}
    for question_id, choice_id, is_correct in (
        Choice.objects.filter(question__live=True, question__locale__language_code="en")
        .order_by("question_id", "sort_order")
        .values_list("question_id", "pk", "is_correct")
    ):
        questions.setdefault(question_id, []).append(choice_id)
        if is_correct:
            correct[question_id] = choice_id
    for question_id, choices in list(questions.items())[: quiz.question_count or 10]:
        items.append({"question": question_id, "choices": choices})
    return _Quiz(id=quiz.pk, items=items, correct=correct)


def _course_page_id() -> int:
    course = (
        CoursePage.objects.live()
        .filter(locale=Locale.get_default(), final_quiz__isnull=False)
        .order_by("path")
        .first()
    )
    if course is None:
        raise ScaleError("No live course with a final test: run `manage.py load_demo` first.")
    return course.pk


def _random_moment(
    rng: random.Random, start: datetime.date, end: datetime.date
) -> datetime.datetime:
    span = max((end - start).days, 1)
    # More completions come late in the year, as the due date nears.
    day = start + datetime.timedelta(days=int(span * rng.random() ** 0.6))
    moment = datetime.datetime.combine(day, datetime.time(9)) + datetime.timedelta(
        minutes=rng.randrange(9 * 60)
    )
    return timezone.make_aware(moment)


@transaction.atomic
def scale_seed(*, servants: int, year: int | None = None, seed: int = 2026) -> ScaleResult:
    """Make sure `servants` seeded servants exist, each assigned in the open cycle."""
    if connection.vendor != "postgresql":
        raise ScaleError(
            "seed_scale writes with PostgreSQL COPY: point DATABASE_URL at PostgreSQL."
        )
    started = time.perf_counter()
    course_id = _course_page_id()
    lessons_total = course_lesson_total(course_page_id=course_id)
    quiz = _quiz_material(course_id)
    cycle = scale_cycle(year=year)
    units = _units()
    _hr_officer([u for u in units if u.depth == 1])
    before = scale_servant_count()
    count = max(servants - before, 0)
    rng = random.Random(seed * 1_000_003 + before)
    today = timezone.localdate()
    now = timezone.now()

    user_ids = _ids("lms_user", count)
    taken = set(User.objects.filter(iin__isnull=False).values_list("iin", flat=True))
    iins = _iins(before, count, taken)
    unit_choices = rng.choices(units, weights=_weights(units, rng), k=count)
    password = make_password(settings.ADAL_DEMO_PASSWORD)
    people = []
    for index, (user_id, iin, unit) in enumerate(zip(user_ids, iins, unit_choices, strict=True)):
        number = before + index
        hired_new = rng.random() < SHARE_NEW_HIRES
        hired_on = (
            cycle.opens_on
            + datetime.timedelta(days=rng.randrange(max((today - cycle.opens_on).days, 1)))
            if hired_new
            else datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(10_000))
        )
        people.append(
            {
                "id": user_id,
                "number": number,
                "iin": iin,
                "unit": unit,
                "language": rng.choice(_LANGUAGES),
                "last": rng.choice(_LAST),
                "first": rng.choice(_FIRST),
                "middle": rng.choice(_MIDDLE),
                "hired_on": hired_on,
                "active": rng.random() >= SHARE_INACTIVE,
            }
        )
    _copy(
        "lms_user",
        ["id", "password", "is_superuser", "first_name", "last_name", "is_staff", "is_active",
         "date_joined", "email", "middle_name", "iin", "preferred_language"],
        (
            (p["id"], password, False, p["first"], p["last"], False, True, now,
             f"s{p['number']:07d}@{SCALE_DOMAIN}", p["middle"], p["iin"], p["language"])
            for p in people
        ),
    )  # fmt: skip
    _copy(
        "account_emailaddress",
        ["email", "verified", "primary", "user_id"],
        ((f"s{p['number']:07d}@{SCALE_DOMAIN}", True, True, p["id"]) for p in people),
    )
    _copy(
        "lms_servantprofile",
        ["position", "position_ru", "position_kk", "category", "hired_on", "active", "unit_id",
         "user_id", "updated_at"],
        (
            (*rng.choice(_POSITIONS), rng.choice(_CATEGORIES), p["hired_on"], p["active"],
             p["unit"].pk, p["id"], now)
            for p in people
        ),
    )  # fmt: skip

    active = [p for p in people if p["active"]]
    assignment_ids = _ids("lms_assignment", len(active))
    assignments, attempts, certificates = [], [], []
    for assignment_id, p in zip(assignment_ids, active, strict=True):
        due_on = (
            p["hired_on"] + datetime.timedelta(days=30)
            if p["hired_on"] > cycle.opens_on
            else cycle.due_on
        )
        roll = rng.random()
        completed_at = None
        if roll < SHARE_EXEMPT:
            status, done = AssignmentStatus.EXEMPT, 0
        elif roll < SHARE_EXEMPT + SHARE_COMPLETED:
            status, done = AssignmentStatus.COMPLETED, lessons_total
            completed_at = _random_moment(rng, max(cycle.opens_on, p["hired_on"]), today)
        elif roll < SHARE_EXEMPT + SHARE_COMPLETED + SHARE_IN_PROGRESS:
            status, done = AssignmentStatus.IN_PROGRESS, rng.randint(1, lessons_total)
        else:
            status, done = AssignmentStatus.NOT_STARTED, 0
        assignments.append(
            (assignment_id, due_on, status, done, lessons_total, completed_at,
             "Long-term leave" if status == AssignmentStatus.EXEMPT else "", now,
             completed_at or now, course_id, p["id"], cycle.pk)
        )  # fmt: skip
        if quiz is not None and (completed_at or (done == lessons_total and rng.random() < 0.3)):
            finished = completed_at or _random_moment(rng, cycle.opens_on, today)
            if completed_at is None or rng.random() < 0.15:  # a failed attempt first
                attempts.append(_attempt(quiz, p, assignment_id, finished, passed=False, rng=rng))
            if completed_at:
                attempts.append(_attempt(quiz, p, assignment_id, finished, passed=True, rng=rng))
        if completed_at:
            certificates.append((assignment_id, p, completed_at))
    _copy(
        "lms_assignment",
        ["id", "due_on", "status", "lessons_done", "lessons_total", "completed_at",
         "exempt_reason", "created_at", "updated_at", "course_id", "servant_id", "cycle_id"],
        assignments,
    )  # fmt: skip
    _copy(
        "quizzes_attempt",
        ["language", "items", "answers", "started_at", "deadline", "submitted_at",
         "score_percent", "correct_count", "passed", "assignment_id", "user_id", "quiz_id",
         "finalised_automatically", "saved_at", "sequence", "integrity_checked_at",
         "review_decision", "review_note"],
        attempts,
    )  # fmt: skip
    made = _certificates(cycle, course_id, certificates)
    with connection.cursor() as cursor:
        for table in ("lms_user", "lms_servantprofile", "lms_assignment", "quizzes_attempt",
                      "certificates_certificate", "account_emailaddress"):  # fmt: skip
            cursor.execute(f"ANALYZE {table}")
    return ScaleResult(
        servants_before=before,
        servants=before + count,
        units=len(units),
        assignments=len(assignments),
        certificates=made,
        attempts=len(attempts),
        seconds=time.perf_counter() - started,
    )


def _attempt(quiz: _Quiz, person: dict, assignment_id: int, finished, *, passed: bool, rng):
    started = finished - datetime.timedelta(minutes=rng.randint(8, 25))
    answers = {}
    right = 0
    for item in quiz.items:
        correct = quiz.correct.get(item["question"])
        good = rng.random() < (0.92 if passed else 0.55)
        choice = correct if good and correct else rng.choice(item["choices"])
        right += choice == correct
        answers[str(item["question"])] = [choice]
    score = round(100 * right / len(quiz.items)) if quiz.items else 0
    return (
        person["language"], json.dumps(quiz.items), json.dumps(answers), started,
        started + datetime.timedelta(minutes=30), finished, score, right, passed,
        assignment_id, person["id"], quiz.id, False, finished, len(quiz.items),
        # Seeded attempts count as checked: the sweep is for real submissions a broker lost.
        finished, "", "",
    )  # fmt: skip


def _certificates(cycle: TrainingCycle, course_id: int, rows: list) -> int:
    """Certificate rows (no PDFs: the render task makes those) with serials reserved from the
    year's counter, so that certificates issued later continue the sequence."""
    if not rows:
        return 0
    SerialCounter.objects.bulk_create([SerialCounter(year=cycle.year)], ignore_conflicts=True)
    counter = SerialCounter.objects.select_for_update().get(year=cycle.year)
    first = counter.last_number + 1
    counter.last_number += len(rows)
    counter.save(update_fields=["last_number"])
    titles = {
        page.locale.language_code: page.title
        for page in Page.objects.get(pk=course_id)
        .get_translations(inclusive=True)
        .select_related("locale")
    }
    organisations = {
        o.pk: o for o in Organisation.objects.filter(code__startswith=ORGANISATION_PREFIX)
    }
    return _copy(
        "certificates_certificate",
        ["serial", "code", "holder_name", "course_title", "organisation_name", "language",
         "issued_at", "valid_until", "revocation_reason", "pdf", "sha256", "assignment_id",
         "revocation_category", "law_versions"],
        (
            (f"AC-{cycle.year}-{first + n:06d}", code_new(),
             " ".join(x for x in (p["last"], p["first"], p["middle"]) if x),
             titles.get(p["language"], titles.get("en", "")),
             organisations[p["unit"].organisation_id].name_in(p["language"]), p["language"],
             issued_at, timezone.localdate(issued_at) + datetime.timedelta(
                 days=cycle.certificate_validity_days), "", "", "", assignment_id, "", "[]")
            for n, (assignment_id, p, issued_at) in enumerate(rows)
        ),
    )  # fmt: skip


@transaction.atomic
def scale_reset() -> int:
    """Remove everything seeded (and what benchmarks did as seeded people). Returns how many
    servants were removed."""
    users = f"SELECT id FROM lms_user WHERE email LIKE '%%@{SCALE_DOMAIN}'"
    assignments = f"SELECT id FROM lms_assignment WHERE servant_id IN ({users})"
    attempts = f"SELECT id FROM quizzes_attempt WHERE user_id IN ({users})"
    bundles = f"SELECT id FROM certificates_certificatebundle WHERE requested_by_id IN ({users})"
    removed = scale_servant_count()
    statements = [
        f"DELETE FROM quizzes_attemptflag WHERE attempt_id IN ({attempts}) "
        f"OR related_attempt_id IN ({attempts})",
        f"DELETE FROM quizzes_attempt WHERE user_id IN ({users})",
        f"DELETE FROM certificates_certificate WHERE assignment_id IN ({assignments})",
        f"DELETE FROM lms_assignment WHERE servant_id IN ({users})",
        f"DELETE FROM courses_lessonprogress WHERE user_id IN ({users})",
        f"DELETE FROM lms_reminderlog WHERE user_id IN ({users})",
        f"DELETE FROM account_emailaddress WHERE user_id IN ({users})",
        f"DELETE FROM mfa_authenticator WHERE user_id IN ({users})",
        f"DELETE FROM certificates_renderchunk WHERE run_id IN (SELECT id FROM "
        f"certificates_renderrun WHERE bundle_id IN ({bundles}))",
        f"DELETE FROM certificates_renderrun WHERE bundle_id IN ({bundles})",
        f"DELETE FROM certificates_certificatebundle WHERE requested_by_id IN ({users})",
        f"DELETE FROM lms_servantprofile WHERE user_id IN ({users})",
        f"DELETE FROM lms_hrscope WHERE user_id IN ({users})",
        f"DELETE FROM lms_user WHERE id IN ({users})",
    ]
    organisations = f"SELECT id FROM lms_organisation WHERE code LIKE '{ORGANISATION_PREFIX}%%'"
    units = f"SELECT id FROM lms_orgunit WHERE organisation_id IN ({organisations})"
    statements += [
        f"DELETE FROM lms_hrscope WHERE unit_id IN ({units})",
        f"DELETE FROM lms_assignmentrule WHERE unit_id IN ({units})",
        f"DELETE FROM lms_apikey WHERE organisation_id IN ({organisations})",
        f"DELETE FROM lms_orgunit WHERE organisation_id IN ({organisations})",
        f"DELETE FROM lms_organisation WHERE id IN ({organisations})",
    ]
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    return removed


def scale_assignments(*, cycle: TrainingCycle):
    return Assignment.objects.filter(cycle=cycle, servant__email__endswith=f"@{SCALE_DOMAIN}")
