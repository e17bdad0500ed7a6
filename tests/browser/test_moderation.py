"""An editor drafts a lesson and submits it for moderation; a moderator approves it and only
then do servants see it. In the Kazakh, Russian and English page trees."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from tests.browser.conftest import check_page
from tests.browser.helpers import sign_in

pytestmark = pytest.mark.browser

TITLES = {
    "kk": "Сыйлықтар туралы қосымша сабақ",
    "ru": "Дополнительный урок о подарках",
    "en": "An extra lesson on gifts",
}


def click_action(page, selector):
    """Wagtail keeps all but the main action of its footer in a drop-down menu."""
    button = page.locator(selector).first
    if not button.is_visible():
        page.locator(".w-dropdown-button [data-w-dropdown-target='toggle']").first.click()
    button.click()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_editor_drafts_a_lesson_and_a_moderator_publishes_it(open_page, demo, language):
    course = CoursePage.objects.get(locale=Locale.objects.get(language_code=language))
    slug = f"extra-lesson-{language}"
    editor = open_page(language)
    sign_in(editor, demo, language, "organiser@example.com", next_url="/admin/")
    editor.goto(demo.url + f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    check_page(editor, language, f"admin-add-lesson-{language}", ours=False)
    editor.fill("#id_title", TITLES[language])
    editor.fill("#id_summary", "—")
    # The editor fills the slug from the title after a short pause; typing our slug before that
    # happened would let it be overwritten. Wait for it, then set ours.
    slug_field = editor.locator("#id_slug")
    try:
        editor.wait_for_function("document.querySelector('#id_slug').value !== ''", timeout=5000)
    except PlaywrightTimeout:
        pass  # an editor that does not fill it leaves ours alone
    editor.locator("a[href='#tab-promote']").click()
    slug_field.fill(slug)
    editor.wait_for_timeout(500)
    expect(slug_field).to_have_value(slug)
    click_action(editor, "button[name='action-submit']")
    editor.wait_for_url(f"**/admin/pages/{course.pk}/")
    lesson = LessonPage.objects.get(title=TITLES[language], locale=course.locale)
    assert lesson.slug == slug
    assert not lesson.live and lesson.current_workflow_state is not None

    visitor = open_page(language)
    lesson_url = demo.url + course.url + slug + "/"
    assert visitor.goto(lesson_url).status == 404

    moderator = open_page(language)
    sign_in(moderator, demo, language, "admin@example.com", next_url="/admin/")
    moderator.goto(demo.url + f"/admin/pages/{lesson.pk}/edit/")
    check_page(moderator, language, f"admin-review-lesson-{language}", ours=False)
    with moderator.expect_navigation():
        # "Approve and Publish"; the other approve button opens a form for a comment.
        click_action(
            moderator,
            "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])",
        )
    lesson.refresh_from_db()
    assert lesson.live

    try:
        response = visitor.goto(lesson_url)
        assert response.status == 200
        assert visitor.locator("h1").inner_text() == TITLES[language]
        check_page(visitor, language, f"new-lesson-{language}")
    finally:
        # The other journeys share the course: they are not asked to read this lesson.
        lesson.delete()
