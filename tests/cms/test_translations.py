"""Editors translate lessons in the CMS: Wagtail's Editors and Moderators may copy a lesson
into another language; the CMS warns, on the lesson's edit page and on the dashboard, while a
live lesson has no live version in a course language (its servants would not see it); a
course's lessons are listed in course order."""

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission

from courses.models import LessonPage
from tests.clock import NOW
from tests.conftest import LESSON_SECONDS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WARNING = "No published version in"
EMPTY = "Every published lesson has a published version in each course language."


def _staff_in(group_name: str, email: str):
    user = UserFactory(email=email, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def _translate(page, locale, **fields):
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


@pytest.fixture
def translated_course(course, locales):
    """The course and its three lessons live in Russian and Kazakh too: {language: course}."""
    index = course.get_parent()
    home = index.get_parent()
    versions = {"en": course}
    for code in ("ru", "kk"):
        _translate(home, locales[code])
        _translate(index, locales[code])
        versions[code] = _translate(course, locales[code], title=f"Course {code}")
        for lesson in course.lessons():
            _translate(lesson, locales[code], title=f"{lesson.title} {code}")
    return versions


@pytest.fixture
def new_lesson(translated_course):
    """A lesson published in English only."""
    lesson = translated_course["en"].add_child(
        instance=LessonPage(
            title="Gifts from suppliers",
            slug="gifts",
            summary="What to do with a gift.",
            min_reading_seconds=LESSON_SECONDS,
        )
    )
    lesson.save_revision().publish()
    return lesson


@pytest.fixture
def editor():
    return _staff_in("Editors", "editor@example.com")


def test_editors_and_moderators_may_translate_servants_may_not():
    assert _staff_in("Editors", "editor@example.com").has_perm(
        "simple_translation.submit_translation"
    )
    assert _staff_in("Moderators", "moderator@example.com").has_perm(
        "simple_translation.submit_translation"
    )
    assert not UserFactory(is_staff=True).has_perm("simple_translation.submit_translation")


def test_the_grant_can_be_undone_and_run_again():
    migration = importlib.import_module("cms.migrations.0005_editors_submit_translations")
    editors = Group.objects.get(name="Editors")
    migration.revoke(apps, None)
    assert not editors.permissions.filter(codename="submit_translation").exists()
    migration.grant(apps, None)
    migration.grant(apps, None)
    assert list(editors.permissions.filter(codename="submit_translation")) == [
        Permission.objects.get(codename="submit_translation")
    ]


def test_editor_translates_a_lesson_into_russian_as_a_draft(client, editor, new_lesson, locales):
    client.force_login(editor)
    url = f"/admin/translation/submit/page/{new_lesson.pk}/"
    edit_page = client.get(f"/admin/pages/{new_lesson.pk}/edit/").content.decode()
    assert url in edit_page  # the Translate action is offered to the editor
    assert client.get(url).status_code == 200

    response = client.post(url, {"locales": [locales["ru"].pk]})

    draft = LessonPage.objects.get(translation_key=new_lesson.translation_key, locale=locales["ru"])
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live
    assert draft.title == new_lesson.title  # the source's text, to be written in Russian
    assert draft.get_parent().title == "Course ru"


def test_a_lesson_live_in_english_only_is_flagged_until_translations_go_live(
    client, editor, new_lesson, translated_course, locales
):
    client.force_login(editor)
    edit_url = f"/admin/pages/{new_lesson.pk}/edit/"

    page = client.get(edit_url).content.decode()
    assert WARNING in page
    assert re.search(r"No published version in: (Russian, Kazakh|Kazakh, Russian)", page)
    dashboard = client.get("/admin/").content.decode()
    assert edit_url in dashboard and "Gifts from suppliers" in dashboard
    assert EMPTY not in dashboard

    # The Russian copy exists but is a draft: still missing, and the warning links to it.
    draft = new_lesson.copy_for_translation(locales["ru"])
    page = client.get(edit_url).content.decode()
    assert WARNING in page and f"/admin/pages/{draft.pk}/edit/" in page
    assert f"/admin/pages/{draft.pk}/edit/" in client.get("/admin/").content.decode()

    draft.save_revision().publish()
    page = client.get(edit_url).content.decode()
    assert re.search(r"No published version in: Kazakh\.", page)

    _translate(new_lesson, locales["kk"])
    assert WARNING not in client.get(edit_url).content.decode()
    assert EMPTY in client.get("/admin/").content.decode()


def test_translated_lessons_and_untranslated_courses_are_not_flagged(client, editor, course):
    """A course with no Russian or Kazakh version is read in English by every servant (the
    course as assigned), so its lessons are missing nowhere."""
    client.force_login(editor)
    lesson = course.lessons().first()
    assert WARNING not in client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert EMPTY in client.get("/admin/").content.decode()


def test_the_dashboard_reads_lessons_in_a_bounded_number_of_queries(
    client, editor, new_lesson, django_assert_max_num_queries
):
    client.force_login(editor)
    with django_assert_max_num_queries(60):
        assert client.get("/admin/").status_code == 200


def _edit_link_order(html: str, lessons) -> list[str]:
    positions = {lesson.title: html.index(f"/admin/pages/{lesson.pk}/edit/") for lesson in lessons}
    return sorted(positions, key=positions.get)


def test_explorer_lists_a_courses_lessons_in_course_order(client, editor, course):
    lessons = list(course.lessons())
    # Each lesson edited after the one before it: newest-first would reverse them.
    for n, lesson in enumerate(lessons):
        LessonPage.objects.filter(pk=lesson.pk).update(
            latest_revision_created_at=NOW + timedelta(hours=n)
        )
    client.force_login(editor)

    html = client.get(f"/admin/pages/{course.pk}/").content.decode()
    assert _edit_link_order(html, lessons) == ["Lesson 1", "Lesson 2", "Lesson 3"]

    # Editors can still sort by another column.
    html = client.get(
        f"/admin/pages/{course.pk}/?ordering=-latest_revision_created_at"
    ).content.decode()
    assert _edit_link_order(html, lessons) == ["Lesson 3", "Lesson 2", "Lesson 1"]
