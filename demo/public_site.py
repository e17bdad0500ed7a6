"""The demo's public site, read from the content pack: the home page, news, seminars (one held
already, one ahead), the library of printable materials (PDFs made here) and the site settings."""

from __future__ import annotations

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site

from cms.documents import PrintableMaterial, render_material_pdf
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
from cms.services import seminar_mark_attendance, seminar_register
from courses.models import CourseIndexPage, CoursePage
from demo import pack
from demo.legal import link_blocks
from demo.pages import locales as demo_locales
from demo.pages import publish, set_inline, translated_children, upsert_translation
from lms.models import User

ALMATY = ZoneInfo("Asia/Almaty")
NEXT_ANTI_CORRUPTION_DAY = "next-anti-corruption-day"


def next_anti_corruption_day(today: datetime.date) -> datetime.date:
    """The next International Anti-Corruption Day (9 December) after `today`: the upcoming
    seminar is always ahead, whichever day the demo is loaded."""
    day = datetime.date(today.year, 12, 9)
    return day if day > today else datetime.date(today.year + 1, 12, 9)


def build_home(locales: dict[str, Locale]) -> HomePage:
    text = pack.page("home")

    def fields(code: str) -> dict:
        return {
            "title": text[code]["title"],
            "headline": text[code]["headline"],
            "intro": text[code].rich_text,
        }

    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        # A new installation starts with a placeholder "Welcome" page; the demo home replaces it.
        Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ).delete()
        home = HomePage(slug="home", **fields("en"))
        Page.get_first_root_node().add_child(instance=home)
        publish(home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "Adal"},
        )
    for code in ("ru", "kk"):
        upsert_translation(home, locales[code], fields(code))
    return home


def feature_course(home: HomePage, course: CoursePage) -> None:
    if home.featured_course_id != course.pk:
        home.featured_course = course
        publish(home)


def _index_fields(item: pack.Item) -> dict[str, dict]:
    return {
        code: {"title": item[code]["title"], "intro": item[code].rich_text}
        for code in pack.LANGUAGES
    }


def build_demo_documents(materials: list[pack.Item]) -> dict[tuple[str, str], Document]:
    """The printable materials as PDFs, generated once and kept (looked up by title)."""
    documents = {}
    for material in materials:
        for code in pack.LANGUAGES:
            text = material[code]
            document = Document.objects.filter(title=text["title"]).first()
            if document is None:
                with translation.override(code):
                    sources_heading = gettext("Sources")
                pdf = render_material_pdf(
                    PrintableMaterial(
                        title=text["title"],
                        language=code,
                        lead=text["lead"],
                        heading=text["heading"],
                        items=text["items"],
                        form_fields=text.get("form_fields", []),
                        note=text.get("note", ""),
                        sources=text["sources"],
                        sources_heading=sources_heading,
                    )
                )
                document = Document(title=text["title"])
                document.file.save(f"adal-{material.slug}-{code}.pdf", ContentFile(pdf), save=False)
                document.save()
            documents[material.slug, code] = document
    return documents


def build_news(home_pages: dict[str, Page], locales) -> dict[str, Page]:
    index_item = pack.page("news")
    index = translated_children(
        home_pages["en"], NewsIndexPage, index_item.slug, _index_fields(index_item), locales
    )
    for news in pack.read_news():
        fields = {
            code: {
                "title": news[code]["title"],
                "date": news.data["date"],
                "intro": news[code]["intro"],
                "body": link_blocks(news[code].blocks, code),
            }
            for code in pack.LANGUAGES
        }
        translated_children(index["en"], NewsPage, news.slug, fields, locales)
    return index


def _seminar_times(seminar: pack.Item) -> tuple[datetime.datetime, datetime.datetime]:
    day = seminar.data["date"]
    if day == NEXT_ANTI_CORRUPTION_DAY:
        day = next_anti_corruption_day(timezone.localdate())
    elif not isinstance(day, datetime.date):
        raise pack.ContentPackError(
            f"seminar {seminar.slug}: date is YYYY-MM-DD or {NEXT_ANTI_CORRUPTION_DAY}"
        )
    return tuple(
        datetime.datetime.combine(day, datetime.time.fromisoformat(seminar.data[name]), ALMATY)
        for name in ("starts", "ends")
    )


def _seminar_fields(seminar: pack.Item, code: str) -> dict:
    starts_at, ends_at = _seminar_times(seminar)
    text = seminar[code]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "starts_at": starts_at,
        "ends_at": ends_at,
        "venue": text["venue"],
        "online_url": seminar.data["online_url"],
        "organiser": text["organiser"],
        "seat_limit": seminar.data["seat_limit"],
        "speakers": [("speaker", speaker) for speaker in text["speakers"]],
        "programme": [("item", item) for item in text["programme"]],
        "body": link_blocks(text.blocks, code),
    }


def build_seminars(home_pages, locales, documents, users) -> dict[str, Page]:
    index_item = pack.page("seminars")
    index = translated_children(
        home_pages["en"], SeminarIndexPage, index_item.slug, _index_fields(index_item), locales
    )
    seminars = []
    for seminar in pack.read_seminars():
        fields = {code: _seminar_fields(seminar, code) for code in pack.LANGUAGES}
        pages = translated_children(index["en"], SeminarPage, seminar.slug, fields, locales)
        for code, page in pages.items():
            rows = [
                {"document": documents[key, code], "title": ""} for key in seminar.data["materials"]
            ]
            set_inline(page, "materials", rows, SeminarMaterial)
        seminars.append(pages["en"])

    # certified@ attended the seminar held already; servant@ has a seat at the one ahead.
    # Registration closes when a seminar starts, so the seat at the past seminar is recorded
    # as it would have been a week before; attendance then goes through the service.
    now = timezone.now()
    past = next(seminar for seminar in seminars if seminar.starts_at <= now)
    upcoming = next(seminar for seminar in seminars if seminar.starts_at > now)
    certified = users["certified@example.com"]
    SeminarRegistration.objects.get_or_create(
        seminar=past,
        user=certified,
        defaults={"registered_at": past.starts_at - timedelta(days=7)},
    )
    organiser = users["organiser@example.com"]
    if not past.permissions_for_user(organiser).can_edit():
        organiser = users["admin@example.com"]
    seminar_mark_attendance(seminar=past, marks={certified.pk: True}, by=organiser)
    seminar_register(seminar=upcoming, user=users["servant@example.com"])
    return index


def build_materials_library(home_pages, locales, documents, materials) -> dict[str, Page]:
    index_item = pack.page("materials")
    library = translated_children(
        home_pages["en"], MaterialsIndexPage, index_item.slug, _index_fields(index_item), locales
    )
    # Every language's library lists every document: readers filter by the document language.
    rows = [
        {
            "document": documents[material.slug, doc_lang],
            "title": material[doc_lang]["title"],
            "description": material[doc_lang]["description"],
            "language": doc_lang,
            "tags": material[doc_lang]["tags"],
        }
        for doc_lang in ("kk", "ru", "en")
        for material in materials
    ]
    for page in library.values():
        set_inline(page, "materials", rows, Material, tags=True)
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
    locales = demo_locales()
    home = HomePage.objects.get(locale=locales["en"], depth=2)
    home_pages = {"en": home} | {
        code: home.get_translation(locales[code]).specific for code in ("ru", "kk")
    }
    materials = pack.read_materials()
    documents = build_demo_documents(materials)
    news = build_news(home_pages, locales)
    seminars = build_seminars(home_pages, locales, documents, users)
    library = build_materials_library(home_pages, locales, documents, materials)
    courses = CourseIndexPage.objects.get(locale=locales["en"], slug=pack.page("courses").slug)
    build_site_settings([courses, news["en"], seminars["en"], library["en"]])
