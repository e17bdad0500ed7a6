"""Reads for the public site beyond a page's own lists (those are the pages' methods): a
servant's seminar record, the seminars to mark attendance for, site search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q
from wagtail.models import Locale, Page

from cms.models import (
    Material,
    MaterialsIndexPage,
    SeminarPage,
    SeminarRegistration,
    material_matches,
)
from courses.models import canonical_page


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
