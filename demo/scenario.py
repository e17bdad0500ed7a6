"""Builds the demo site: course in three languages, question bank, organisations, accounts and
their progress. Everything goes through the same services the site uses, and every step is
idempotent, so `load_demo` can run again on a loaded database."""

from __future__ import annotations

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from certificates.models import Certificate, RevocationCategory
from certificates.services import certificate_render_pdf, certificate_revoke
from cms.models import (
    HomePage,
    Material,
    MaterialsIndexPage,
    NavigationLink,
    NewsIndexPage,
    NewsPage,
    SeminarIndexPage,
    SeminarMaterial,
    SeminarPage,
    SeminarRegistration,
    SiteSettings,
)
from courses.models import CourseIndexPage, CoursePage, LessonProgress
from courses.services import lesson_complete, lesson_record_view
from demo.certificate_templates import build_certificate_templates
from demo.course import build_course
from demo.pages import locales as _locales
from demo.pages import publish as _publish
from demo.pages import upsert_child as _upsert_child
from demo.pages import upsert_translation as _upsert_translation
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

LANGS = ("en", "ru", "kk")

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
    return iin_build(born=birth, serial=serial)


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

    course = build_course(home, locales)
    if home.featured_course_id != course.pk:
        home.featured_course = course
        _publish(home)
    return course, locales


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
    if not LessonProgress.objects.filter(user=servant).exists():
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
        _read_lessons(archive, course)
        total = course.lessons().count()
        old = assignment_update_progress(assignment=old, lessons_done=total, lessons_total=total)
        expired = _pass_final_test(archive, old, quiz)
        issued = timezone.make_aware(datetime.datetime.combine(issued_on, datetime.time(11, 0)))
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
    build_certificate_templates(organisation=next(iter(units.values())).organisation)
    users = build_users(units)
    certificates = build_progress(users, course)
    build_hr_demo(course_page_id=course.pk, cycle=TrainingCycle.objects.order_by("-year").first())
    build_public_site(users)
    return certificates


# --- Public site: news, seminars, materials library, site settings -------------------------

ALMATY = ZoneInfo("Asia/Almaty")

NEWS_INDEX = {
    "slug": "news",
    "title": {"en": "News", "ru": "Новости", "kk": "Жаңалықтар"},
    "intro": {
        "en": "<p>Results, changes in the law and announcements about the annual training.</p>",
        "ru": "<p>Итоги, изменения законодательства и объявления о ежегодном обучении.</p>",
        "kk": "<p>Жыл сайынғы оқыту туралы қорытындылар, заңнамадағы өзгерістер мен "
        "хабарландырулар.</p>",
    },
}

S1_SOURCE = {
    "en": "Briefing of the President of Kazakhstan by the Chairman of the Anti-Corruption "
    "Agency, 2025 (figures for 2024)",
    "ru": "Доклад Председателя Агентства по противодействию коррупции Президенту "
    "Казахстана, 2025 год (данные за 2024 год)",
    "kk": "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі Төрағасының Қазақстан Президентіне "
    "баяндамасы, 2025 жыл (2024 жылғы деректер)",
}
CPI_SOURCE = {
    "en": "KazTAG: Corruption Perceptions Index 2024",
    "ru": "KazTAG: Индекс восприятия коррупции 2024",
    "kk": "KazTAG: 2024 жылғы Сыбайлас жемқорлықты қабылдау индексі",
}

NEWS_2024 = {
    "slug": "anti-corruption-results-2024",
    "date": datetime.date(2025, 7, 1),
    "title": {
        "en": "Anti-corruption results for 2024",
        "ru": "Итоги противодействия коррупции за 2024 год",
        "kk": "2024 жылғы сыбайлас жемқорлыққа қарсы іс-қимыл қорытындылары",
    },
    "intro": {
        "en": "The Anti-Corruption Agency reported its figures for 2024 to the President: "
        "521 corruption crimes detected and 366 cases sent to court.",
        "ru": "Агентство по противодействию коррупции доложило Президенту итоги 2024 года: "
        "выявлен 521 коррупционное преступление, 366 дел направлено в суд.",
        "kk": "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі Президентке 2024 жылдың "
        "қорытындысын баяндады: 521 сыбайлас жемқорлық қылмысы анықталып, 366 іс сотқа "
        "жолданды.",
    },
    "paragraph": {
        "en": "<p>In a briefing in 2025 the Chairman of the Anti-Corruption Agency presented "
        "the results of the previous year to the President. The figures below are those "
        "reported by the Agency; this page does not add estimates of its own.</p>",
        "ru": "<p>В 2025 году Председатель Агентства по противодействию коррупции доложил "
        "Президенту об итогах прошлого года. Ниже приведены цифры в том виде, в каком их "
        "сообщило Агентство; собственных оценок эта страница не содержит.</p>",
        "kk": "<p>2025 жылы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Төрағасы "
        "Президентке өткен жылдың қорытындысын баяндады. Төменде Агенттік хабарлаған "
        "сандар берілген; бұл бетте өзіміздің бағалауымыз жоқ.</p>",
    },
    "facts_title": {"en": "2024 in figures", "ru": "2024 год в цифрах", "kk": "2024 жыл сандармен"},
    "facts": {
        "en": [
            "521 corruption crimes detected",
            "257 officials involved, 141 of them in senior positions",
            "366 criminal cases sent to court",
            "1.13 trillion tenge returned to the state since 2022, including 15 billion in 2025",
            "Misuse of 21.2 billion tenge prevented",
            "Corruption Perceptions Index 2024: 40 points, 88th of 180 countries",
        ],
        "ru": [
            "Выявлено 521 коррупционное преступление",
            "Фигурируют 257 должностных лиц, из них 141 руководитель",
            "В суд направлено 366 уголовных дел",
            "С 2022 года государству возвращено 1,13 трлн тенге, в том числе 15 млрд в 2025 году",
            "Предотвращено нецелевое использование 21,2 млрд тенге",
            "Индекс восприятия коррупции 2024: 40 баллов, 88-е место из 180 стран",
        ],
        "kk": [
            "521 сыбайлас жемқорлық қылмысы анықталды",
            "257 лауазымды тұлға, оның ішінде 141 басшы",
            "366 қылмыстық іс сотқа жолданды",
            "2022 жылдан бері мемлекетке 1,13 трлн теңге қайтарылды, оның 15 млрд-ы 2025 жылы",
            "21,2 млрд теңгені мақсатсыз пайдаланудың алдын алынды",
            "2024 жылғы Сыбайлас жемқорлықты қабылдау индексі: 40 балл, 180 елдің ішінде 88-орын",
        ],
    },
    "paragraph2": {
        "en": "<p>According to the same briefing, prevention work continued under the "
        "<em>Law and Order</em> and <em>Adal azamat</em> programmes: about 3,000 events "
        "reaching more than 450,000 citizens. In February 2025 Kazakhstan joined the "
        "Executive Committee of the International Association of Anti-Corruption "
        "Authorities (IAACA).</p>",
        "ru": "<p>По данным того же доклада, профилактическая работа велась в рамках "
        "концепций «Закон и порядок» и «Адал азамат»: около 3 000 мероприятий, в которых "
        "участвовали более 450 000 граждан. В феврале 2025 года Казахстан вошёл в "
        "Исполнительный комитет Международной ассоциации антикоррупционных органов "
        "(IAACA).</p>",
        "kk": "<p>Сол баяндамаға сәйкес, алдын алу жұмысы «Заң және тәртіп» және «Адал "
        "азамат» тұжырымдамалары аясында жүргізілді: 450 000-нан астам азамат қатысқан "
        "3 000-ға жуық іс-шара. 2025 жылдың ақпанында Қазақстан Сыбайлас жемқорлыққа қарсы "
        "органдардың халықаралық қауымдастығының (IAACA) Атқарушы комитетіне кірді.</p>",
    },
}

SEMINAR_INDEX = {
    "slug": "seminars",
    "title": {"en": "Seminars", "ru": "Семинары", "kk": "Семинарлар"},
    "intro": {
        "en": "<p>Seminars with representatives of the authorised bodies. Registered "
        "participants see their attendance in <em>My training</em>.</p>",
        "ru": "<p>Семинары с участием представителей уполномоченных органов. "
        "Зарегистрированные участники видят отметку о посещении в разделе «Моё обучение».</p>",
        "kk": "<p>Уәкілетті органдар өкілдерінің қатысуымен өтетін семинарлар. Тіркелген "
        "қатысушылар қатысу белгісін «Менің оқуым» бөлімінен көреді.</p>",
    },
}

AGENCY_REPRESENTATIVE = {
    "en": "Representatives of the Agency for Civil Service Affairs",
    "ru": "Представители Агентства по делам государственной службы",
    "kk": "Мемлекеттік қызмет істері агенттігінің өкілдері",
}

SEMINAR_2025 = {
    "slug": "aviation-administration-seminar-2025",
    "starts_at": datetime.datetime(2025, 11, 21, 10, 0, tzinfo=ALMATY),
    "ends_at": datetime.datetime(2025, 11, 21, 12, 0, tzinfo=ALMATY),
    "seat_limit": None,
    "online_url": "",
    "title": {
        "en": "Anti-corruption seminar at the Aviation Administration of Kazakhstan",
        "ru": "Антикоррупционный семинар в Авиационной администрации Казахстана",
        "kk": "Қазақстанның авиациялық әкімшілігіндегі сыбайлас жемқорлыққа қарсы семинар",
    },
    "summary": {
        "en": "Staff of the Aviation Administration met representatives of the Agency for "
        "Civil Service Affairs to discuss the anti-corruption law and the amendments planned "
        "for 2025–2026.",
        "ru": "Сотрудники Авиационной администрации встретились с представителями Агентства по "
        "делам государственной службы, чтобы обсудить антикоррупционный закон и поправки, "
        "запланированные на 2025–2026 годы.",
        "kk": "Авиациялық әкімшілік қызметкерлері Мемлекеттік қызмет істері агенттігінің "
        "өкілдерімен кездесіп, сыбайлас жемқорлыққа қарсы заңды және 2025–2026 жылдарға "
        "жоспарланған түзетулерді талқылады.",
    },
    "venue": {
        "en": "Aviation Administration of Kazakhstan, conference hall",
        "ru": "Авиационная администрация Казахстана, конференц-зал",
        "kk": "Қазақстанның авиациялық әкімшілігі, конференц-зал",
    },
    "organiser": {
        "en": "Aviation Administration of Kazakhstan with the Agency for Civil Service Affairs",
        "ru": "Авиационная администрация Казахстана совместно с Агентством по делам "
        "государственной службы",
        "kk": "Қазақстанның авиациялық әкімшілігі Мемлекеттік қызмет істері агенттігімен бірлесіп",
    },
    "speakers": [
        (
            AGENCY_REPRESENTATIVE,
            {
                "en": "The law, the Concept 2022–2026 and the planned amendments",
                "ru": "Закон, Концепция 2022–2026 и планируемые поправки",
                "kk": "Заң, 2022–2026 жылдарға арналған Тұжырымдама және жоспарланған түзетулер",
            },
        ),
    ],
    "programme": [
        (
            "10:00",
            {
                "en": 'Key provisions of the Law "On Combating Corruption"',
                "ru": "Основные положения Закона «О противодействии коррупции»",
                "kk": "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заңның негізгі ережелері",
            },
        ),
        (
            "10:30",
            {
                "en": "The Anti-Corruption Policy Concept 2022–2026 and the work of the "
                "authorised body",
                "ru": "Концепция антикоррупционной политики на 2022–2026 годы и работа "
                "уполномоченного органа",
                "kk": "2022–2026 жылдарға арналған сыбайлас жемқорлыққа қарсы саясат "
                "тұжырымдамасы және уәкілетті органның жұмысы",
            },
        ),
        (
            "11:00",
            {
                "en": "Amendments planned for 2025–2026",
                "ru": "Поправки, запланированные на 2025–2026 годы",
                "kk": "2025–2026 жылдарға жоспарланған түзетулер",
            },
        ),
        (
            "11:40",
            {
                "en": "Questions and answers",
                "ru": "Вопросы и ответы",
                "kk": "Сұрақтар мен жауаптар",
            },
        ),
    ],
    "facts_title": {
        "en": "Planned amendments discussed",
        "ru": "Обсуждавшиеся поправки",
        "kk": "Талқыланған түзетулер",
    },
    "facts": {
        "en": [
            "A public registry of persons convicted of corruption",
            "The offer or promise of a bribe treated as a crime",
            "Conflict-of-interest rules for the civil service and the quasi-public sector",
            '"Follow the money" financial investigations',
            "Liability for failing to take anti-corruption measures",
            "Monitoring of how effective anti-corruption measures are",
        ],
        "ru": [
            "Публичный реестр лиц, осуждённых за коррупцию",
            "Обещание или предложение взятки как преступление",
            "Правила о конфликте интересов для госслужбы и квазигосударственного сектора",
            "Финансовые расследования по принципу «следуй за деньгами»",
            "Ответственность за непринятие антикоррупционных мер",
            "Мониторинг эффективности антикоррупционных мер",
        ],
        "kk": [
            "Сыбайлас жемқорлық үшін сотталған адамдардың жария тізілімі",
            "Пара беруді уәде ету немесе ұсыну қылмыс ретінде",
            "Мемлекеттік қызмет пен квазимемлекеттік сектордағы мүдделер қақтығысы ережелері",
            "«Ақшаның ізімен» қаржылық тергеу",
            "Сыбайлас жемқорлыққа қарсы шаралар қабылдамағаны үшін жауапкершілік",
            "Сыбайлас жемқорлыққа қарсы шаралардың тиімділігін мониторингтеу",
        ],
    },
    "note": {
        "en": "<p>At the time of the seminar these amendments were still planned, not "
        "adopted. Check the current text of the law before relying on them.</p>",
        "ru": "<p>На момент семинара эти поправки были только запланированы, а не приняты. "
        "Прежде чем ссылаться на них, проверьте действующую редакцию закона.</p>",
        "kk": "<p>Семинар кезінде бұл түзетулер тек жоспарланған еді, әлі қабылданбаған. "
        "Оларға сүйенбес бұрын заңның қолданыстағы мәтінін тексеріңіз.</p>",
    },
    "source": {
        "en": "Report of the Aviation Administration of Kazakhstan on the seminar of "
        "21 November 2025",
        "ru": "Сообщение Авиационной администрации Казахстана о семинаре 21 ноября 2025 года",
        "kk": "Қазақстанның авиациялық әкімшілігінің 2025 жылғы 21 қарашадағы семинар туралы "
        "хабарламасы",
    },
    "materials": ("ethics-code-summary", "reporting-checklist"),
}


def next_anti_corruption_day(today: datetime.date) -> datetime.date:
    """The next International Anti-Corruption Day (9 December) after `today`: the upcoming
    seminar is always ahead, whichever day the demo is loaded."""
    day = datetime.date(today.year, 12, 9)
    return day if day > today else datetime.date(today.year + 1, 12, 9)


EXPIRED_CERTIFICATE_AGE_DAYS = 400  # issued 400 days ago, valid for 365: expired a month ago

SEMINAR_UPCOMING = {
    "slug": "zero-tolerance-in-practice",
    "hours": (datetime.time(10, 0), datetime.time(13, 0)),  # on the next Anti-Corruption Day
    "seat_limit": 30,
    "online_url": "https://meet.example.com/adal-anti-corruption-day",
    "title": {
        "en": "Zero tolerance in practice: gifts, conflicts of interest and reporting",
        "ru": "Нулевая терпимость на практике: подарки, конфликт интересов и сообщения о коррупции",
        "kk": "Іс жүзіндегі мүлдем төзбеушілік: сыйлықтар, мүдделер қақтығысы және сыбайлас "
        "жемқорлық туралы хабарлау",
    },
    "summary": {
        "en": "A practical seminar for International Anti-Corruption Day: real situations "
        "from the workplace, what the law requires, and where to report.",
        "ru": "Практический семинар к Международному дню борьбы с коррупцией: ситуации из "
        "работы, что требует закон и куда сообщать.",
        "kk": "Халықаралық сыбайлас жемқорлыққа қарсы күрес күніне арналған практикалық "
        "семинар: жұмыстағы жағдайлар, заң талаптары және қайда хабарлау керек.",
    },
    "venue": {
        "en": "Aviation Administration of Kazakhstan, conference hall (also online)",
        "ru": "Авиационная администрация Казахстана, конференц-зал (также онлайн)",
        "kk": "Қазақстанның авиациялық әкімшілігі, конференц-зал (онлайн да)",
    },
    "organiser": {
        "en": "Aviation Administration of Kazakhstan",
        "ru": "Авиационная администрация Казахстана",
        "kk": "Қазақстанның авиациялық әкімшілігі",
    },
    "speakers": [
        (
            {
                "en": "Representative of the Agency for Civil Service Affairs",
                "ru": "Представитель Агентства по делам государственной службы",
                "kk": "Мемлекеттік қызмет істері агенттігінің өкілі",
            },
            {
                "en": "Restrictions and the ban on gifts",
                "ru": "Ограничения и запрет на подарки",
                "kk": "Шектеулер және сыйлықтарға тыйым",
            },
        ),
        (
            {
                "en": "Ethics Commissioner of the Aviation Administration",
                "ru": "Уполномоченный по этике Авиационной администрации",
                "kk": "Авиациялық әкімшіліктің әдеп жөніндегі уәкілі",
            },
            {
                "en": "Conflicts of interest and ethics advice",
                "ru": "Конфликт интересов и консультации по этике",
                "kk": "Мүдделер қақтығысы және әдеп бойынша кеңес",
            },
        ),
    ],
    "programme": [
        (
            "10:00",
            {
                "en": "Opening: why zero tolerance matters",
                "ru": "Открытие: почему важна нулевая терпимость",
                "kk": "Ашылу: мүлдем төзбеушілік неге маңызды",
            },
        ),
        (
            "10:20",
            {
                "en": "Gifts: the ban on gifts of any value connected with your duties",
                "ru": "Подарки: запрет на подарки любой стоимости, связанные со службой",
                "kk": "Сыйлықтар: қызметке байланысты кез келген құндағы сыйлыққа тыйым",
            },
        ),
        (
            "11:00",
            {
                "en": "Conflicts of interest: disclose in writing and step aside",
                "ru": "Конфликт интересов: сообщить письменно и устраниться",
                "kk": "Мүдделер қақтығысы: жазбаша хабарлау және шеттету",
            },
        ),
        (
            "11:45",
            {
                "en": "Reporting: the 1424 hotline, eGov and protection of those who report",
                "ru": "Сообщения: телефон доверия 1424, eGov и защита сообщивших",
                "kk": "Хабарлау: 1424 сенім телефоны, eGov және хабарлаушыларды қорғау",
            },
        ),
        (
            "12:30",
            {
                "en": "Case studies and questions",
                "ru": "Разбор ситуаций и вопросы",
                "kk": "Жағдаяттарды талдау және сұрақтар",
            },
        ),
    ],
    "facts_title": {
        "en": "Three tasks named at the 2018 Astana conference",
        "ru": "Три задачи, названные на конференции 2018 года в Астане",
        "kk": "2018 жылы Астанадағы конференцияда аталған үш міндет",
    },
    "facts": {
        "en": [
            "Zero tolerance of corruption and a culture of respect for the law",
            "Partnership of the state, civil society and international organisations",
            "Cooperation between the state and NGOs against corruption",
        ],
        "ru": [
            "Нулевая терпимость к коррупции и правовая культура",
            "Партнёрство государства, гражданского общества и международных организаций",
            "Взаимодействие государства и НПО в противодействии коррупции",
        ],
        "kk": [
            "Сыбайлас жемқорлыққа мүлдем төзбеушілік және құқықтық мәдениет",
            "Мемлекет, азаматтық қоғам және халықаралық ұйымдардың әріптестігі",
            "Сыбайлас жемқорлыққа қарсы мемлекет пен ҮЕҰ-ның өзара іс-қимылы",
        ],
    },
    "note": {
        "en": "<p>The seminar builds on the themes of the international conference "
        '"Countering corruption in the context of globalization" held in Astana on '
        "7 December 2018. Bring the questions you meet in your own work.</p>",
        "ru": "<p>Семинар продолжает темы международной конференции «Противодействие "
        "коррупции в условиях глобализации», прошедшей в Астане 7 декабря 2018 года. "
        "Приходите с вопросами из своей практики.</p>",
        "kk": "<p>Семинар 2018 жылғы 7 желтоқсанда Астанада өткен «Жаһандану жағдайында "
        "сыбайлас жемқорлыққа қарсы іс-қимыл» халықаралық конференциясының тақырыптарын "
        "жалғастырады. Өз жұмысыңыздағы сұрақтарды ала келіңіз.</p>",
    },
    "source": {
        "en": 'International conference "Countering corruption in the context of '
        'globalization", Astana, 7 December 2018',
        "ru": "Международная конференция «Противодействие коррупции в условиях "
        "глобализации», Астана, 7 декабря 2018 года",
        "kk": "«Жаһандану жағдайында сыбайлас жемқорлыққа қарсы іс-қимыл» халықаралық "
        "конференциясы, Астана, 2018 жылғы 7 желтоқсан",
    },
    "materials": ("gifts-memo", "conflict-of-interest-form"),
}

MATERIALS_INDEX = {
    "slug": "materials",
    "title": {"en": "Materials", "ru": "Материалы", "kk": "Материалдар"},
    "intro": {
        "en": "<p>Memos, forms and checklists to print or keep at hand, in Kazakh, Russian "
        "and English.</p>",
        "ru": "<p>Памятки, формы и чек-листы, которые можно распечатать или держать под "
        "рукой, на казахском, русском и английском языках.</p>",
        "kk": "<p>Басып шығаруға немесе қолыңызда ұстауға болатын жадынамалар, нысандар мен "
        "тексеру парақтары — қазақ, орыс және ағылшын тілдерінде.</p>",
    },
}

SOURCES_HEADING = {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"}
LAW_410 = {
    "en": 'Law No. 410-V "On Combating Corruption" of 18 November 2015',
    "ru": "Закон № 410-V «О противодействии коррупции» от 18 ноября 2015 года",
    "kk": "2015 жылғы 18 қарашадағы № 410-V «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заң",
}

MATERIALS = [
    {
        "key": "gifts-memo",
        "tags": {
            "en": ["gifts", "restrictions"],
            "ru": ["подарки", "ограничения"],
            "kk": ["сыйлықтар", "шектеулер"],
        },
        "title": {
            "en": "Memo: gifts and public servants",
            "ru": "Памятка: подарки и государственные служащие",
            "kk": "Жадынама: сыйлықтар және мемлекеттік қызметшілер",
        },
        "description": {
            "en": "One page on the ban on gifts connected with your duties.",
            "ru": "Одна страница о запрете подарков, связанных со службой.",
            "kk": "Қызметке байланысты сыйлықтарға тыйым туралы бір бет.",
        },
        "lead": {
            "en": "Since October 2020 a public servant may not accept gifts of any value for "
            "acts within, or made easier by, their powers. The ban covers family members too.",
            "ru": "С октября 2020 года государственный служащий не вправе принимать подарки "
            "любой стоимости за действия в рамках своих полномочий или благодаря им. Запрет "
            "распространяется и на членов семьи.",
            "kk": "2020 жылдың қазанынан бастап мемлекеттік қызметші өз өкілеттігі шегіндегі "
            "немесе соның арқасында жасалған әрекеттер үшін кез келген құндағы сыйлықты "
            "қабылдай алмайды. Тыйым отбасы мүшелеріне де қолданылады.",
        },
        "heading": {"en": "What to do", "ru": "Что делать", "kk": "Не істеу керек"},
        "items": {
            "en": [
                "Decline any gift, service or payment offered for something you do at work.",
                "The former allowance of 10 MCI no longer exists: the value does not matter.",
                "If a gift is left for you anyway, tell your manager in writing at once.",
                "Tell relatives that gifts to them from people you deal with at work count too.",
                "If someone offers a bribe, report it: hotline 1424 or eGov.",
            ],
            "ru": [
                "Откажитесь от любого подарка, услуги или оплаты за то, что вы делаете по службе.",
                "Прежнего допустимого порога в 10 МРП больше нет: стоимость не имеет значения.",
                "Если подарок всё же оставили, сразу письменно сообщите руководителю.",
                "Предупредите родственников: подарки им от тех, с кем вы работаете, тоже "
                "запрещены.",
                "О предложении взятки сообщите: телефон доверия 1424 или eGov.",
            ],
            "kk": [
                "Қызметте істейтін әрекетіңіз үшін ұсынылған кез келген сыйлықтан, қызметтен "
                "немесе төлемнен бас тартыңыз.",
                "Бұрынғы 10 АЕК шегі енді жоқ: құнының маңызы жоқ.",
                "Сыйлық бәрібір қалдырылса, бұл туралы басшыңызға дереу жазбаша хабарлаңыз.",
                "Туыстарыңызға ескертіңіз: жұмыс бойынша байланыстағы адамдардың оларға "
                "берген сыйлықтары да тыйым салынған.",
                "Пара ұсынылса, хабарлаңыз: 1424 сенім телефоны немесе eGov.",
            ],
        },
        "sources": {
            "en": [LAW_410["en"] + ", Article 12", "The Astana Times, 9 October 2020"],
            "ru": [LAW_410["ru"] + ", статья 12", "The Astana Times, 9 октября 2020 года"],
            "kk": [LAW_410["kk"] + ", 12-бап", "The Astana Times, 2020 жылғы 9 қазан"],
        },
    },
    {
        "key": "conflict-of-interest-form",
        "tags": {
            "en": ["conflict of interest", "forms"],
            "ru": ["конфликт интересов", "формы"],
            "kk": ["мүдделер қақтығысы", "нысандар"],
        },
        "title": {
            "en": "Form: notice of a possible conflict of interest",
            "ru": "Форма: уведомление о возможном конфликте интересов",
            "kk": "Нысан: ықтимал мүдделер қақтығысы туралы хабарлама",
        },
        "description": {
            "en": "A template to tell your manager in writing about a personal interest.",
            "ru": "Шаблон для письменного уведомления руководителя о личной заинтересованности.",
            "kk": "Басшыға жеке мүдделілік туралы жазбаша хабарлауға арналған үлгі.",
        },
        "lead": {
            "en": "A conflict of interest arises when a personal interest may affect how "
            "impartially you do your job. Disclose it in writing and step aside from the "
            "decision until your manager decides how to settle it.",
            "ru": "Конфликт интересов возникает, когда личная заинтересованность может "
            "повлиять на беспристрастное исполнение обязанностей. Сообщите о нём письменно и "
            "не участвуйте в решении, пока руководитель не определит, как его урегулировать.",
            "kk": "Мүдделер қақтығысы жеке мүдделілік міндеттерді әділ атқаруға әсер етуі "
            "мүмкін болғанда туындайды. Ол туралы жазбаша хабарлап, басшыңыз оны реттеу "
            "жолын шешкенше шешім қабылдауға қатыспаңыз.",
        },
        "heading": {"en": "Notice", "ru": "Уведомление", "kk": "Хабарлама"},
        "items": {
            "en": ["Fill in every field; attach documents if they help explain the situation."],
            "ru": ["Заполните все поля; приложите документы, если они поясняют ситуацию."],
            "kk": ["Барлық жолды толтырыңыз; жағдайды түсіндіретін құжаттар болса, тіркеңіз."],
        },
        "form_fields": {
            "en": [
                "Full name and position",
                "Unit",
                "The decision, procedure or duty concerned",
                "The personal interest (who is involved and how)",
                "Measures you propose (e.g. stepping aside, passing the matter to a colleague)",
                "Date and signature",
            ],
            "ru": [
                "Фамилия, имя, отчество и должность",
                "Подразделение",
                "Решение, процедура или обязанность, о которой идёт речь",
                "Личная заинтересованность (кто и каким образом заинтересован)",
                "Предлагаемые меры (например, самоотвод, передача вопроса коллеге)",
                "Дата и подпись",
            ],
            "kk": [
                "Тегі, аты, әкесінің аты және лауазымы",
                "Бөлімше",
                "Сөз болып отырған шешім, рәсім немесе міндет",
                "Жеке мүдделілік (кім және қалай мүдделі)",
                "Ұсынылатын шаралар (мысалы, өздігінен бас тарту, мәселені әріптеске беру)",
                "Күні және қолы",
            ],
        },
        "note": {
            "en": "The exact procedure under Article 15 of Law No. 410-V is set by your body's "
            "internal rules: check them with your Ethics Commissioner.",
            "ru": "Точный порядок по статье 15 Закона № 410-V определяется внутренними "
            "правилами вашего органа: уточните его у уполномоченного по этике.",
            "kk": "№ 410-V Заңның 15-бабы бойынша нақты тәртіпті органыңыздың ішкі "
            "қағидалары белгілейді: оны әдеп жөніндегі уәкілден нақтылаңыз.",
        },
        "sources": {
            "en": [
                LAW_410["en"] + ", Article 15",
                "UN International Code of Conduct for Public Officials (GA resolution 51/59)",
            ],
            "ru": [
                LAW_410["ru"] + ", статья 15",
                "Международный кодекс поведения "
                "государственных должностных лиц ООН (резолюция ГА 51/59)",
            ],
            "kk": [
                LAW_410["kk"] + ", 15-бап",
                "БҰҰ-ның Мемлекеттік лауазымды тұлғалардың "
                "халықаралық мінез-құлық кодексі (БА 51/59 қарары)",
            ],
        },
    },
    {
        "key": "reporting-checklist",
        "tags": {"en": ["reporting"], "ru": ["сообщения о коррупции"], "kk": ["хабарлау"]},
        "title": {
            "en": "Checklist: reporting corruption",
            "ru": "Чек-лист: как сообщить о коррупции",
            "kk": "Тексеру парағы: сыбайлас жемқорлық туралы қалай хабарлау керек",
        },
        "description": {
            "en": "Where to report, what to include and how reporters are protected.",
            "ru": "Куда сообщать, что указать и как защищены сообщившие.",
            "kk": "Қайда хабарлау, не көрсету және хабарлаушылар қалай қорғалады.",
        },
        "lead": {
            "en": "Anyone who reports a corruption offence is protected by the state and may "
            "be rewarded. Use this checklist before and after you report.",
            "ru": "Каждый, кто сообщает о коррупционном правонарушении, находится под защитой "
            "государства и может быть поощрён. Пройдите по этому списку до и после сообщения.",
            "kk": "Сыбайлас жемқорлық құқық бұзушылығы туралы хабарлаған әрбір адам "
            "мемлекеттің қорғауында болады және көтермеленуі мүмкін. Хабарлау алдында және "
            "одан кейін осы тізімді қолданыңыз.",
        },
        "heading": {"en": "Checklist", "ru": "Чек-лист", "kk": "Тексеру парағы"},
        "items": {
            "en": [
                "Choose a channel: the 24/7 toll-free hotline 1424, eGov (with a digital "
                "signature) or a written application.",
                "Write down what happened, when, where and who was involved.",
                "Keep any documents or messages; do not try to investigate yourself.",
                "You may not be disciplined, dismissed or transferred without a representative "
                "of the Anti-Corruption Service on the disciplinary commission.",
                "Breaching the confidentiality of a reporter is a criminal offence.",
            ],
            "ru": [
                "Выберите канал: круглосуточный бесплатный телефон доверия 1424, eGov (с ЭЦП) "
                "или письменное обращение.",
                "Запишите, что произошло, когда, где и кто участвовал.",
                "Сохраните документы и сообщения; не пытайтесь расследовать сами.",
                "Вас нельзя наказать, уволить или перевести без участия представителя "
                "Антикоррупционной службы в дисциплинарной комиссии.",
                "Нарушение конфиденциальности сообщившего — уголовное правонарушение.",
            ],
            "kk": [
                "Арнаны таңдаңыз: тәулік бойы тегін 1424 сенім телефоны, eGov (ЭЦҚ арқылы) "
                "немесе жазбаша өтініш.",
                "Не болғанын, қашан, қайда және кім қатысқанын жазып алыңыз.",
                "Құжаттар мен хабарламаларды сақтаңыз; өз бетіңізше тергеуге тырыспаңыз.",
                "Тәртіптік комиссияда Сыбайлас жемқорлыққа қарсы қызмет өкілі болмаса, сізді "
                "жазалауға, жұмыстан шығаруға немесе ауыстыруға болмайды.",
                "Хабарлаушының құпиялығын бұзу — қылмыстық құқық бұзушылық.",
            ],
        },
        "sources": {
            "en": [
                "egov.kz: reporting corruption",
                "enbekshiqazaq.kz, 28 June 2025",
                "Government Decree No. 1131 of 30 December 2015",
            ],
            "ru": [
                "egov.kz: сообщение о коррупции",
                "enbekshiqazaq.kz, 28 июня 2025 года",
                "Постановление Правительства № 1131 от 30 декабря 2015 года",
            ],
            "kk": [
                "egov.kz: сыбайлас жемқорлық туралы хабарлау",
                "enbekshiqazaq.kz, 2025 жылғы 28 маусым",
                "Үкіметтің 2015 жылғы 30 желтоқсандағы № 1131 қаулысы",
            ],
        },
    },
    {
        "key": "ethics-code-summary",
        "tags": {"en": ["ethics"], "ru": ["этика"], "kk": ["әдеп"]},
        "title": {
            "en": "Summary: the Ethics Code of public servants",
            "ru": "Кратко: Этический кодекс государственных служащих",
            "kk": "Қысқаша: мемлекеттік қызметшілердің Әдеп кодексі",
        },
        "description": {
            "en": "Where the Code comes from and who to ask about ethics.",
            "ru": "Откуда появился Кодекс и к кому обращаться по вопросам этики.",
            "kk": "Кодекс қайдан шыққаны және әдеп мәселелері бойынша кімге жүгіну керегі.",
        },
        "lead": {
            "en": "The Ethics Code of public servants and the Regulation on the Ethics "
            "Commissioner were approved by Presidential Decree No. 153 of 29 December 2015 and "
            "apply from 1 January 2016, replacing the Code of Honour of 2005.",
            "ru": "Этический кодекс государственных служащих и Положение об уполномоченном по "
            "этике утверждены Указом Президента № 153 от 29 декабря 2015 года и действуют с "
            "1 января 2016 года, заменив Кодекс чести 2005 года.",
            "kk": "Мемлекеттік қызметшілердің Әдеп кодексі және Әдеп жөніндегі уәкіл туралы "
            "ереже Президенттің 2015 жылғы 29 желтоқсандағы № 153 Жарлығымен бекітіліп, 2016 "
            "жылғы 1 қаңтардан бастап қолданылады; олар 2005 жылғы Ар-намыс кодексін "
            "алмастырды.",
        },
        "heading": {"en": "Key points", "ru": "Главное", "kk": "Негізгісі"},
        "items": {
            "en": [
                "Public office is a position of trust: act in the public interest, not your own.",
                "Giving a bribe is as shameful as taking one.",
                "The Ethics Commissioner of your body checks compliance with the Code, helps "
                "prevent violations and advises staff and citizens.",
                "Ask the Ethics Commissioner before you act when you are unsure.",
            ],
            "ru": [
                "Государственная должность — это доверие: действуйте в интересах общества, а "
                "не в собственных.",
                "Дать взятку так же постыдно, как и взять её.",
                "Уполномоченный по этике вашего органа следит за соблюдением Кодекса, помогает "
                "предупреждать нарушения и консультирует сотрудников и граждан.",
                "Если сомневаетесь, обратитесь к уполномоченному по этике до того, как "
                "действовать.",
            ],
            "kk": [
                "Мемлекеттік лауазым — сенім: өз мүддеңіз үшін емес, қоғам мүддесі үшін "
                "әрекет етіңіз.",
                "Пара беру де пара алу сияқты ұят.",
                "Органыңыздың әдеп жөніндегі уәкілі Кодекстің сақталуын қадағалайды, "
                "бұзушылықтардың алдын алуға көмектеседі, қызметкерлер мен азаматтарға кеңес "
                "береді.",
                "Күмәндансаңыз, әрекет етпес бұрын әдеп жөніндегі уәкілге жүгініңіз.",
            ],
        },
        "sources": {
            "en": [
                "Presidential Decree No. 153 of 29 December 2015",
                "karaganda-region.gov.kz: the Ethics Commissioner",
            ],
            "ru": [
                "Указ Президента № 153 от 29 декабря 2015 года",
                "karaganda-region.gov.kz: уполномоченный по этике",
            ],
            "kk": [
                "Президенттің 2015 жылғы 29 желтоқсандағы № 153 Жарлығы",
                "karaganda-region.gov.kz: әдеп жөніндегі уәкіл",
            ],
        },
    },
]


def _stream_body(lang: str, spec: dict, sources: list[dict]) -> list:
    body = [("paragraph", RichText(spec["paragraph"][lang]))] if "paragraph" in spec else []
    body.append(("key_facts", {"title": spec["facts_title"][lang], "facts": spec["facts"][lang]}))
    for key in ("paragraph2", "note"):
        if key in spec:
            body.append(("paragraph", RichText(spec[key][lang])))
    body.append(("sources", [{"title": s[lang], "url": ""} for s in sources]))
    return body


def _translated_children(parent: Page, model, slug: str, fields: dict[str, dict], locales):
    """Upsert the English page under `parent` and its ru/kk translations; {lang: page}."""
    pages = {"en": _upsert_child(parent, model, slug, fields["en"])}
    for code in ("ru", "kk"):
        pages[code] = _upsert_translation(pages["en"], locales[code], fields[code])
    return pages


def build_demo_documents() -> dict[tuple[str, str], Document]:
    """The printable materials as PDFs, generated once and kept (looked up by file name)."""
    from cms.documents import PrintableMaterial, render_material_pdf

    documents = {}
    for spec in MATERIALS:
        for lang in LANGS:
            filename = f"adal-{spec['key']}-{lang}.pdf"
            document = Document.objects.filter(title=spec["title"][lang]).first()
            if document is None:
                pdf = render_material_pdf(
                    PrintableMaterial(
                        title=spec["title"][lang],
                        language=lang,
                        lead=spec["lead"][lang],
                        heading=spec["heading"][lang],
                        items=spec["items"][lang],
                        form_fields=spec.get("form_fields", {}).get(lang, []),
                        note=spec.get("note", {}).get(lang, ""),
                        sources=spec["sources"][lang],
                        sources_heading=SOURCES_HEADING[lang],
                    )
                )
                document = Document(title=spec["title"][lang])
                document.file.save(filename, ContentFile(pdf), save=False)
                document.save()
            documents[spec["key"], lang] = document
    return documents


def _set_inline(page: Page, relation: str, rows: list[dict], model, tags=None) -> None:
    """Replace the page's inline rows when they differ from `rows`; publish if changed."""

    def signature(items):
        return [
            (item["document"].pk, item.get("title", ""), tuple(item.get("tags", ())))
            for item in items
        ]

    current = [
        {
            "document": row.document,
            "title": row.title,
            "tags": tuple(sorted(t.name for t in row.tags.all())) if tags else (),
        }
        for row in getattr(page, relation).all()
    ]
    wanted = [{**row, "tags": tuple(sorted(row.get("tags", ())))} for row in rows]
    if signature(current) == signature(wanted):
        return
    objects = []
    for order, row in enumerate(rows):
        fields = {k: v for k, v in row.items() if k != "tags"}
        obj = model(sort_order=order, **fields)
        if tags:
            obj.tags.set(row.get("tags", ()))
        objects.append(obj)
    setattr(page, relation, objects)
    _publish(page)


def build_news(home_pages: dict[str, Page], locales) -> dict[str, Page]:
    index_fields = {
        lang: {"title": NEWS_INDEX["title"][lang], "intro": NEWS_INDEX["intro"][lang]}
        for lang in LANGS
    }
    index = _translated_children(home_pages["en"], NewsIndexPage, "news", index_fields, locales)
    news_fields = {
        lang: {
            "title": NEWS_2024["title"][lang],
            "date": NEWS_2024["date"],
            "intro": NEWS_2024["intro"][lang],
            "body": _stream_body(lang, NEWS_2024, [S1_SOURCE, CPI_SOURCE]),
        }
        for lang in LANGS
    }
    _translated_children(index["en"], NewsPage, NEWS_2024["slug"], news_fields, locales)
    return index


def _seminar_times(spec: dict) -> tuple[datetime.datetime, datetime.datetime]:
    if "starts_at" in spec:  # a seminar that took place on its day
        return spec["starts_at"], spec["ends_at"]
    day = next_anti_corruption_day(timezone.localdate())
    starts, ends = spec["hours"]
    return (
        datetime.datetime.combine(day, starts, tzinfo=ALMATY),
        datetime.datetime.combine(day, ends, tzinfo=ALMATY),
    )


def _seminar_fields(spec: dict, lang: str) -> dict:
    starts_at, ends_at = _seminar_times(spec)
    return {
        "title": spec["title"][lang],
        "summary": spec["summary"][lang],
        "starts_at": starts_at,
        "ends_at": ends_at,
        "venue": spec["venue"][lang],
        "online_url": spec["online_url"],
        "organiser": spec["organiser"][lang],
        "seat_limit": spec["seat_limit"],
        "speakers": [
            ("speaker", {"name": name[lang], "role": role[lang]}) for name, role in spec["speakers"]
        ],
        "programme": [("item", {"time": t, "item": item[lang]}) for t, item in spec["programme"]],
        "body": _stream_body(lang, spec, [spec["source"]]),
    }


def build_seminars(home_pages, locales, documents, users) -> dict[str, dict[str, Page]]:
    from cms.services import seminar_mark_attendance, seminar_register

    index_fields = {
        lang: {"title": SEMINAR_INDEX["title"][lang], "intro": SEMINAR_INDEX["intro"][lang]}
        for lang in LANGS
    }
    index = _translated_children(
        home_pages["en"], SeminarIndexPage, SEMINAR_INDEX["slug"], index_fields, locales
    )
    seminars = {}
    for key, spec in (("past", SEMINAR_2025), ("future", SEMINAR_UPCOMING)):
        fields = {lang: _seminar_fields(spec, lang) for lang in LANGS}
        pages = _translated_children(index["en"], SeminarPage, spec["slug"], fields, locales)
        for lang, page in pages.items():
            rows = [{"document": documents[doc, lang], "title": ""} for doc in spec["materials"]]
            _set_inline(page, "materials", rows, SeminarMaterial)
        seminars[key] = pages

    # Registration closes when a seminar starts, so the seat at the past seminar is recorded
    # as it would have been a week before; attendance then goes through the service.
    past = seminars["past"]["en"]
    certified = users["certified@example.com"]
    SeminarRegistration.objects.get_or_create(
        seminar=past,
        user=certified,
        defaults={"registered_at": SEMINAR_2025["starts_at"] - timedelta(days=7)},
    )
    organiser = users["organiser@example.com"]
    if not past.permissions_for_user(organiser).can_edit():
        organiser = users["admin@example.com"]
    seminar_mark_attendance(seminar=past, marks={certified.pk: True}, by=organiser)
    seminar_register(seminar=seminars["future"]["en"], user=users["servant@example.com"])
    return index


def build_materials_library(home_pages, locales, documents) -> dict[str, Page]:
    index_fields = {
        lang: {"title": MATERIALS_INDEX["title"][lang], "intro": MATERIALS_INDEX["intro"][lang]}
        for lang in LANGS
    }
    library = _translated_children(
        home_pages["en"], MaterialsIndexPage, MATERIALS_INDEX["slug"], index_fields, locales
    )
    # Every language's library lists every document: readers filter by the document language.
    rows = [
        {
            "document": documents[spec["key"], doc_lang],
            "title": spec["title"][doc_lang],
            "description": spec["description"][doc_lang],
            "language": doc_lang,
            "tags": spec["tags"][doc_lang],
        }
        for doc_lang in ("kk", "ru", "en")
        for spec in MATERIALS
    ]
    for page in library.values():
        _set_inline(page, "materials", rows, Material, tags=True)
    return library


def build_site_settings(indexes: list[Page]) -> None:
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.site_name = "Adal"
    site_settings.contact_email = site_settings.contact_email or "support@example.com"
    site_settings.save()
    if [link.page_id for link in site_settings.navigation_links.all()] != [p.pk for p in indexes]:
        site_settings.navigation_links = [
            NavigationLink(page=page, sort_order=order) for order, page in enumerate(indexes)
        ]
        site_settings.save()


def build_public_site(users: dict[str, User]) -> None:
    locales = _locales()
    home = HomePage.objects.get(locale=locales["en"], depth=2)
    home_pages = {"en": home} | {
        code: home.get_translation(locales[code]).specific for code in ("ru", "kk")
    }
    documents = build_demo_documents()
    news = build_news(home_pages, locales)
    seminars = build_seminars(home_pages, locales, documents, users)
    library = build_materials_library(home_pages, locales, documents)
    courses = CourseIndexPage.objects.get(locale=locales["en"], slug="courses")
    build_site_settings([courses, news["en"], seminars["en"], library["en"]])
