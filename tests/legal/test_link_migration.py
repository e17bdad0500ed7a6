"""The data migration that points the free-text law-article blocks written before the legal
register at its articles loses nothing: on the demo's lessons (built from the content pack as
they were, blocks of free text), every block reads as before in its language, with its link,
and now cites a register article."""

import importlib

import pytest
from django.apps import apps
from django.utils import translation

from courses.models import LessonPage
from demo import course as demo_course
from demo import pack
from demo.pages import locales as demo_locales
from legal.models import LegalArticle
from tests.factories import make_home

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.migrations.0011_link_law_articles_to_register")


def _citations(lesson):
    """Each law-article block of a lesson as a reader sees it."""
    shown = []
    with translation.override(lesson.locale.language_code):
        for block in lesson.body:
            if block.block_type == "law_article":
                shown.append(block.block.get_context(block.value)["citation"])
    return shown


def _as_written(blocks):
    return [
        {
            name: (value.get(name) or "").strip() or None
            for name in ("law", "article", "text", "url")
        }
        for kind, value in blocks
        if kind == "law_article"
    ]


def test_linking_the_demo_lessons_keeps_every_blocks_text_and_link(monkeypatch):
    # The lessons as they were before the register: the pack's blocks, unlinked.
    monkeypatch.setattr(demo_course, "link_blocks", lambda blocks, language: blocks)
    monkeypatch.setattr(demo_course, "build_register", lambda: None)
    monkeypatch.setattr(demo_course, "link_questions", lambda: None)
    demo_course.build_course(make_home(), demo_locales())
    assert not LegalArticle.objects.exists()

    migration.link(apps, None)

    course = pack.read_course()
    checked = 0
    for item in course.lessons:
        for code in pack.LANGUAGES:
            lesson = LessonPage.objects.get(slug=item.slug, locale__language_code=code)
            expected = _as_written(item[code].blocks)
            shown = [
                {name: (value or "").strip() or None for name, value in citation.items()}
                for citation in _citations(lesson)
            ]
            assert shown == expected, (item.slug, code)
            linked = [
                b["value"].get("legal_article")
                for b in lesson.body.raw_data
                if b["type"] == "law_article"
            ]
            assert all(linked) and len(linked) == len(expected)
            # The editor opens the latest revision: it is linked too.
            assert list(lesson.get_latest_revision_as_object().body.raw_data) == list(
                lesson.body.raw_data
            )
            checked += len(expected)
    assert checked == 33  # 11 blocks in each of three languages

    # One article per act and number, whatever the language of the lesson that named it.
    gifts = LegalArticle.objects.get(act__number="410-V", number="12")
    assert gifts.text and gifts.text_ru and gifts.text_kk
    assert LegalArticle.objects.filter(act__number="153").count() == 1

    # Run again: nothing changes. Reversed: the blocks read their wording from themselves.
    before = {p.pk: list(p.body.raw_data) for p in LessonPage.objects.all()}
    migration.link(apps, None)
    assert {p.pk: list(p.body.raw_data) for p in LessonPage.objects.all()} == before
    migration.unlink(apps, None)
    for item in course.lessons:
        for code in pack.LANGUAGES:
            lesson = LessonPage.objects.get(slug=item.slug, locale__language_code=code)
            raw = [b["value"] for b in lesson.body.raw_data if b["type"] == "law_article"]
            assert not any(v.get("legal_article") for v in raw)
            assert [(v.get("text") or "").strip() or None for v in raw] == [
                e["text"] for e in _as_written(item[code].blocks)
            ]
