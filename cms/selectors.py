"""Reads for the public site beyond a page's own lists (those are the pages' methods): a
servant's seminar record, the seminars to mark attendance for, site search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db.models import Count, Q
from wagtail.models import Locale, Page

from cms.models import (
    Material,
    MaterialsIndexPage,
    NewsPage,
    SeminarPage,
    SeminarRegistration,
    StandardPage,
    material_matches,
)
from courses.models import CoursePage, canonical_page
from courses.selectors import cited_article_ids
from lms.models import Language
from lms.selectors import course_required_lessons


@dataclass(frozen=True)
class SeminarRecord:
    title: str
    url: str | None
    starts_at: datetime
    attended: bool | None


def seminars_for_user(*, user) -> list[SeminarRecord]:
    """The user's registrations, titled in the active language (falling back to the
    default-locale title when a translation is missing), most recent seminar first."""
    registrations = list(
        SeminarRegistration.objects.filter(user=user)
        .select_related("seminar")
        .order_by("-seminar__starts_at")
    )
    keys = [r.seminar.translation_key for r in registrations]
    translated = {
        page.translation_key: page
        for page in SeminarPage.objects.live().filter(
            translation_key__in=keys, locale=Locale.get_active()
        )
    }
    records = []
    for registration in registrations:
        page = translated.get(registration.seminar.translation_key, registration.seminar)
        records.append(
            SeminarRecord(
                title=page.title,
                url=page.url if page.live else None,
                starts_at=registration.seminar.starts_at,
                attended=registration.attended,
            )
        )
    return records


def seminars_for_attendance(*, user) -> list[SeminarPage]:
    """Default-locale seminars the user may mark attendance for, with registration counts."""
    seminars = (
        SeminarPage.objects.filter(locale=Locale.get_default())
        .annotate(
            registered=Count("registrations"),
            marked=Count("registrations", filter=Q(registrations__attended__isnull=False)),
        )
        .order_by("-starts_at")
    )
    if user.is_superuser:
        return list(seminars)
    return [s for s in seminars if s.permissions_for_user(user).can_edit()]


def page_for_attendance(*, page_id: int) -> SeminarPage:
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not isinstance(page.specific, SeminarPage):
        raise SeminarPage.DoesNotExist
    return canonical_page(page.specific).specific


def site_search(*, query: str, language: str):
    """Live lessons, courses, seminars, news and standard pages in one language, best first."""
    query = query.strip()
    locale = Locale.objects.filter(language_code=language).first()
    if not query or locale is None:
        return Page.objects.none()
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(depth__lte=2)
        .specific()
        .search(query)
    )


def material_search(*, query: str, language: str, limit: int = 10) -> list[Material]:
    """Materials written in the reader's language whose title, description, tags or document
    title match, from the live libraries of that language's site (the default-language library
    when it has no translation)."""
    query = query.strip()
    if not query:
        return []
    libraries = MaterialsIndexPage.objects.live().public()
    in_language = libraries.filter(locale__language_code=language)
    if not in_language.exists():
        in_language = libraries.filter(locale=Locale.get_default())
    return list(
        Material.objects.filter(page__in=in_language, language=language)
        .filter(material_matches(query))
        .select_related("document", "page")
        .distinct()
        .order_by("sort_order", "pk")[:limit]
    )


# --- Lessons servants of a language do not see ------------------------------------------------


@dataclass(frozen=True)
class MissingLanguage:
    """A course language in which a live lesson has no live version. `translation` is the
    lesson's page in that language where one exists (a draft, or one not yet approved)."""

    code: str
    translation: Page | None

    @property
    def name(self) -> str:
        return str(Language(self.code).label)


@dataclass(frozen=True)
class UntranslatedLesson:
    """A live lesson (its default-locale version where that is live) that servants who read
    its course in the `missing` languages do not see, nor have to read."""

    lesson: Page
    course: Page
    missing: tuple[MissingLanguage, ...]

    @property
    def missing_names(self) -> str:
        return ", ".join(language.name for language in self.missing)


def course_untranslated_lessons(*, course_page_id: int) -> list[UntranslatedLesson]:
    """The live lessons of a course (`course_page_id`: its default-locale page, the one
    assignments point at) missing for the servants of some course language, in course order.

    It follows `lms.selectors.course_required_lessons`, the rule for what a servant reads: a
    lesson is missing in a language when it is not among the lessons required of a servant
    reading in that language (the course's live version in that language has no live version
    of the lesson; where the course has no live version in it, the course as assigned is
    followed and only its lessons count). Four queries.
    """
    languages: list[str | None] = [None, *Language.values]
    required = course_required_lessons(course_page_id=course_page_id, languages=languages)
    keys = {
        language: {page.translation_key for page in required[language]} for language in languages
    }
    # In course order: the course as assigned first, then lessons only other versions have.
    lessons: dict[UUID, Page] = {}
    for language in languages:
        for page in required[language]:
            lessons.setdefault(page.translation_key, page)
    gaps = {key: [code for code in Language.values if key not in keys[code]] for key in lessons}
    gaps = {key: codes for key, codes in gaps.items() if codes}
    if not gaps:
        return []
    translations = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(translation_key__in=gaps).select_related("locale")
    }
    course = Page.objects.get(pk=course_page_id)
    return [
        UntranslatedLesson(
            lesson=lessons[key],
            course=course,
            missing=tuple(MissingLanguage(code, translations.get((key, code))) for code in codes),
        )
        for key, codes in gaps.items()
    ]


def lesson_missing_languages(*, lesson: Page) -> tuple[MissingLanguage, ...]:
    """The course languages whose servants do not see this live lesson (none for a lesson
    that is not live): see `course_untranslated_lessons`."""
    if not lesson.live:
        return ()
    course = canonical_page(lesson.get_parent())
    for row in course_untranslated_lessons(course_page_id=course.pk):
        if row.lesson.translation_key == lesson.translation_key:
            return row.missing
    return ()


def untranslated_lessons() -> list[UntranslatedLesson]:
    """`course_untranslated_lessons` of every course, courses by title."""
    default_locale = Locale.get_default()
    canonical: dict[UUID, tuple[bool, int]] = {}
    for pk, key, locale_id in CoursePage.objects.values_list("pk", "translation_key", "locale_id"):
        # The default-locale version where there is one (assignments point at it).
        candidate = (locale_id != default_locale.pk, pk)
        canonical[key] = min(canonical.get(key, candidate), candidate)
    rows: list[UntranslatedLesson] = []
    for _not_default, pk in canonical.values():
        rows.extend(course_untranslated_lessons(course_page_id=pk))
    return sorted(rows, key=lambda row: row.course.title)


# The public page types whose body holds law-article blocks (courses.blocks.BaseStreamBlock).
PAGES_WITH_CITATIONS = (StandardPage, NewsPage, SeminarPage)


def pages_citing(article_ids: set[int]) -> list[Page]:
    """For the legal register (legal.selectors.citations_of): every public page, in every
    locale, whose current body cites one of the articles. The site holds tens of such pages:
    reading their streams is cheaper than keeping an index in step with every edit."""
    return [
        page
        for model in PAGES_WITH_CITATIONS
        for page in model.objects.order_by("path")
        if cited_article_ids(page.body) & article_ids
    ]
