"""Reads for the public site: lists of news, seminars and materials, and a servant's
seminar record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.models import (
    Material,
    MaterialsIndexPage,
    NewsIndexPage,
    NewsPage,
    SeminarIndexPage,
    SeminarPage,
    SeminarRegistration,
)
from courses.models import canonical_page


def news_for_index(*, index_page: NewsIndexPage) -> QuerySet[NewsPage]:
    return NewsPage.objects.live().child_of(index_page).order_by("-date", "-pk")


def latest_news(*, locale: Locale, limit: int = 3) -> list[NewsPage]:
    return list(NewsPage.objects.live().filter(locale=locale).order_by("-date", "-pk")[:limit])


def upcoming_seminars(*, locale: Locale, limit: int = 3) -> list[SeminarPage]:
    return list(
        SeminarPage.objects.live()
        .filter(locale=locale, ends_at__gt=timezone.now())
        .order_by("starts_at")[:limit]
    )


def seminars_for_index(*, index_page: SeminarIndexPage) -> tuple[list, list]:
    """Upcoming (and running) seminars soonest first, then past ones most recent first."""
    seminars = SeminarPage.objects.live().child_of(index_page)
    now = timezone.now()
    upcoming = list(seminars.filter(ends_at__gt=now).order_by("starts_at"))
    past = list(seminars.filter(ends_at__lte=now).order_by("-starts_at"))
    return upcoming, past


def seats_taken(*, seminar: SeminarPage) -> int:
    return SeminarRegistration.objects.filter(seminar=canonical_page(seminar)).count()


@dataclass(frozen=True)
class SeminarState:
    registration: SeminarRegistration | None
    seats_taken: int
    seats_left: int | None  # None: no limit
    can_register: bool
    can_cancel: bool


def seminar_state_for_user(*, seminar: SeminarPage, user) -> SeminarState:
    canonical = canonical_page(seminar).specific
    taken = seats_taken(seminar=canonical)
    registration = None
    if user.is_authenticated:
        registration = SeminarRegistration.objects.filter(seminar=canonical, user=user).first()
    seats_left = None if canonical.seat_limit is None else max(canonical.seat_limit - taken, 0)
    open_ = not canonical.has_started
    return SeminarState(
        registration=registration,
        seats_taken=taken,
        seats_left=seats_left,
        can_register=open_ and registration is None and seats_left != 0,
        can_cancel=open_ and registration is not None,
    )


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


def materials_for_library(
    *,
    library: MaterialsIndexPage,
    query: str = "",
    tag: str = "",
    language: str = "",
    prefer: str = "",
) -> QuerySet[Material]:
    """The library's materials, filtered; those in the `prefer` language come first."""
    materials = Material.objects.filter(page=library).select_related("document")
    if language:
        materials = materials.filter(language=language)
    if tag:
        materials = materials.filter(tags__name__iexact=tag)
    if query:
        materials = materials.filter(
            Q(title__icontains=query)
            | Q(description__icontains=query)
            | Q(tags__name__icontains=query)
            | Q(document__title__icontains=query)
        )
    preferred_first = Case(When(language=prefer, then=Value(0)), default=Value(1))
    return (
        materials.distinct().prefetch_related("tags").order_by(preferred_first, "sort_order", "pk")
    )


def page_for_attendance(*, page_id: int) -> SeminarPage:
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not isinstance(page.specific, SeminarPage):
        raise SeminarPage.DoesNotExist
    return canonical_page(page.specific).specific


def site_search(*, query: str, language: str):
    """Live lessons, courses, seminars, news and standard pages in one language, best first."""
    from wagtail.models import Locale, Page

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
