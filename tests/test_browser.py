"""A servant takes the final test in headless Chromium (pytest-playwright's `browser`), with
JavaScript and without it."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from courses.models import LessonProgress
from courses.services import lesson_complete, lesson_record_view
from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(os.environ.get("ADAL_SCREENSHOTS", settings.BASE_DIR / "var" / "screenshots"))


def ready_servant(course):
    """A servant assigned the course who has read every lesson."""
    servant = ServantProfileFactory().user
    assignment = AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)
    for lesson in course.lessons():
        progress = lesson_record_view(user=servant, lesson=lesson)
        LessonProgress.objects.filter(pk=progress.pk).update(
            first_viewed_at=progress.first_viewed_at - timedelta(hours=1)
        )
        lesson_complete(user=servant, lesson=lesson)
    return servant, assignment


def sign_in(page, base, servant):
    page.goto(base + "/accounts/login/")
    page.fill("#id_login", servant.email)
    page.fill("#id_password", settings.ADAL_DEMO_PASSWORD)
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(base + "/learn/")


def answer_right_on_this_page(page, attempt):
    for item in attempt.items:
        right = Choice.objects.get(pk__in=item["choices"], is_correct=True)
        value = choice_value(
            attempt_id=attempt.pk, question_id=item["question"], choice_id=right.pk
        )
        locator = page.locator(f"input[name='q-{item['question']}'][value='{value}']")
        if locator.count():
            locator.check()


def take_test(page, base, course, attempt_user, shots: str, autosave: bool):
    page.goto(base + course.url)
    page.click("text=Start the final test")
    attempt = Attempt.objects.get(user=attempt_user, submitted_at__isnull=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{shots}-attempt.png"), full_page=True)
    while True:
        answer_right_on_this_page(page, attempt)
        if autosave:
            expect(page.locator("#save-state")).to_contain_text("saved")
        if page.locator("button[value=submit]").count():
            page.click("button[value=submit]")
            break
        with page.expect_navigation():
            page.click("button[value=next]")
    page.wait_for_url(f"**/quiz/attempts/{attempt.pk}/result/")
    page.screenshot(path=str(SCREENSHOTS / f"{shots}-result.png"), full_page=True)
    return attempt


def test_servant_completes_the_test_without_javascript(browser, live_server, course):
    servant, assignment = ready_servant(course)
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    sign_in(page, live_server.url, servant)
    attempt = take_test(page, live_server.url, course, servant, "no-js", autosave=False)
    assert "100% (4 of 4 correct)" in page.content()
    attempt.refresh_from_db()
    assert attempt.passed and attempt.sequence == 2  # one save per page
    assignment.refresh_from_db()
    assert assignment.status == "completed"
    assert page.locator("text=Download certificate (PDF)").count() == 1


def test_servant_completes_the_test_with_autosave_and_resume(browser, live_server, course):
    servant, assignment = ready_servant(course)
    context = browser.new_context(locale="en-US", viewport={"width": 375, "height": 800})
    page = context.new_page()
    sign_in(page, live_server.url, servant)
    page.goto(live_server.url + course.url)
    page.click("text=Start the final test")
    attempt = Attempt.objects.get(user=servant, submitted_at__isnull=True)
    first = attempt.items[0]
    right = Choice.objects.get(pk__in=first["choices"], is_correct=True)
    value = choice_value(attempt_id=attempt.pk, question_id=first["question"], choice_id=right.pk)
    expect(page.locator("#answered-count")).to_have_text("Answered 0 of 4")
    page.check(f"input[name='q-{first['question']}'][value='{value}']")
    expect(page.locator("#save-state")).to_contain_text("saved")
    expect(page.locator("#answered-count")).to_have_text("Answered 1 of 4")  # without a reload
    attempt.refresh_from_db()
    assert attempt.answers == {str(first["question"]): [right.pk]}  # saved without a page post

    page.close()  # the servant closes the browser tab and comes back
    page = context.new_page()
    page.goto(live_server.url + course.url)
    page.click("text=Continue the test")  # the open attempt, not a new one
    assert page.is_checked(f"input[name='q-{first['question']}'][value='{value}']")
    page.close()

    page = context.new_page()
    page.goto(live_server.url + f"/quiz/attempts/{attempt.pk}/")
    take_test_from_here(page, attempt)
    assert "100% (4 of 4 correct)" in page.content()
    assignment.refresh_from_db()
    assert assignment.status == "completed"


def take_test_from_here(page, attempt):
    while True:
        answer_right_on_this_page(page, attempt)
        page.wait_for_timeout(300)
        expect(page.locator("#save-state")).not_to_contain_text("…")
        if page.locator("button[value=submit]").count():
            page.click("button[value=submit]")
            break
        with page.expect_navigation():
            page.click("button[value=next]")
    page.wait_for_url(f"**/quiz/attempts/{attempt.pk}/result/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "js-375-result.png"), full_page=True)
