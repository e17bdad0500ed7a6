"""A servant signs in, reads every lesson, passes the final test with the keyboard alone and
downloads the certificate, in Kazakh, Russian and English."""

import datetime
import subprocess
from datetime import timedelta

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import CoursePage, LessonProgress
from lms.models import OrgUnit, TrainingCycle
from lms.validators import iin_build
from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice
from tests.browser.conftest import check_page
from tests.browser.helpers import _, sign_in
from tests.factories import AssignmentFactory, ServantProfileFactory

pytestmark = pytest.mark.browser
LANGUAGES = ["kk", "ru", "en"]


def new_servant(language, *, account_language=None):
    """A servant of the demo's Flight Operations Unit assigned this year's course."""
    course = CoursePage.objects.get(locale__language_code="en")
    profile = ServantProfileFactory(
        user__email=f"journey.{language}@example.com",
        user__preferred_language=account_language or language,
        user__iin=iin_build(
            born=datetime.date(1990, 5, 1), serial=7000 + LANGUAGES.index(language)
        ),
        unit=OrgUnit.objects.get(code="aak-flight-ops"),
    )
    cycle = TrainingCycle.objects.order_by("-year").first()
    return profile.user, AssignmentFactory(servant=profile.user, cycle=cycle, course=course)


def test_wrong_password_is_announced_and_tied_to_the_fields(open_page, demo):
    for language in LANGUAGES:
        page = open_page(language)
        page.goto(demo.url + "/accounts/login/")
        page.fill("#id_login", "servant@example.com")
        page.fill("#id_password", "not the password")
        # The error comes with the answer to the form: wait for that page, not the old one.
        with page.expect_navigation():
            page.click("form.stacked-form button[type=submit]")
        error = page.locator("[role=alert]")
        expect(error).to_have_count(1)
        error_id = error.get_attribute("id")
        assert error_id
        for field in ("#id_login", "#id_password"):
            assert page.get_attribute(field, "aria-invalid") == "true"
            assert error_id in page.get_attribute(field, "aria-describedby").split()
        check_page(page, language, f"sign-in-error-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_servant_reads_passes_with_the_keyboard_and_downloads_the_certificate(
    open_page, demo, language, tmp_path
):
    """The account was saved in another language; the servant chooses theirs on the home page
    before signing in, and everything after — the course, the test, the certificate — is in
    the language they chose."""
    account_language = "ru" if language == "en" else "en"
    servant, assignment = new_servant(language, account_language=account_language)
    course = assignment.course.specific.get_translation(Locale.objects.get(language_code=language))
    page = open_page(account_language)
    page.goto(demo.url + f"/{account_language}/")
    with page.expect_navigation():
        page.locator(f"form.language-switcher button[value={language}]").click()
    assert page.locator("html").get_attribute("lang") == language
    sign_in(page, demo, language, servant.email)
    check_page(page, language, f"learn-{language}")
    servant.refresh_from_db()
    assert servant.preferred_language == language

    page.goto(demo.url + course.url)
    check_page(page, language, f"course-{language}")
    for n, lesson in enumerate(course.specific.lessons(), start=1):
        page.goto(demo.url + lesson.url)
        if n in (1, 2):  # every lesson shares one template; two are enough to check
            check_page(page, language, f"lesson-{n}-{language}")
        # The lesson's minimum reading time has passed.
        LessonProgress.objects.filter(
            user=servant, lesson__translation_key=lesson.translation_key
        ).update(first_viewed_at=datetime.datetime.now(datetime.UTC) - timedelta(minutes=15))
        with page.expect_navigation():
            page.get_by_role("button", name=_("I have read this lesson", language)).click()
        progress = LessonProgress.objects.get(
            user=servant, lesson__translation_key=lesson.translation_key
        )
        assert progress.completed_at is not None

    page.goto(demo.url + course.url)
    with page.expect_navigation():
        page.get_by_role("button", name=_("Start the final test", language)).click()
    attempt = Attempt.objects.get(user=servant, submitted_at__isnull=True)
    number = 0
    while True:
        number += 1
        page.wait_for_selector("#attempt-form")
        if number == 1:  # the later pages differ only in their questions
            check_page(page, language, f"attempt-{language}")
        answer_with_the_keyboard(page, attempt)
        last = page.locator("button[name=go][value=submit]").count() == 1
        tab_to(page, f"button[name=go][value={'submit' if last else 'next'}]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        if last:
            break
    page.wait_for_url(f"**/quiz/attempts/{attempt.pk}/result/")
    check_page(page, language, f"result-{language}")
    attempt.refresh_from_db()
    assert attempt.passed
    assignment.refresh_from_db()
    assert assignment.status == "completed"

    page.goto(demo.url + "/learn/")
    check_page(page, language, f"learn-completed-{language}")
    link = page.get_by_role("link", name=_("Download certificate (PDF)", language)).first
    # Chromium shows a PDF inline; fetch it with the page's session as the viewer would.
    response = page.request.get(demo.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"
    text = pdf_text(response.body(), tmp_path)
    statement = _("has completed the mandatory annual training course “{course}”", language)
    assert statement.format(course=course.title) in text
    assert servant.get_full_name() in text
    if language != "en":
        assert "has completed the mandatory annual training course" not in text


def pdf_text(data: bytes, folder) -> str:
    path = folder / "certificate.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def tab_to(page, selector, limit=80):
    """Presses Tab until the element is focused; it must have a visible focus indicator."""
    target = page.locator(selector)
    for _step in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            style = target.evaluate(
                "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.boxShadow]; }"
            )
            assert style[0] != "none" or style[1] != "none", f"no focus indicator on {selector}"
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with Tab")


def answer_with_the_keyboard(page, attempt):
    """Tab to each question; in a group of radio buttons the arrow keys move to the right
    answer, a checkbox is ticked with Space."""
    for item in attempt.items:
        name = f"q-{item['question']}"
        inputs = page.locator(f"input[name='{name}']")
        if not inputs.count():
            continue  # on another page
        right = {
            choice_value(attempt_id=attempt.pk, question_id=item["question"], choice_id=pk)
            for pk in Choice.objects.filter(pk__in=item["choices"], is_correct=True).values_list(
                "pk", flat=True
            )
        }
        for _step in range(80):
            if page.evaluate("document.activeElement.name") == name:
                break
            page.keyboard.press("Tab")
        else:
            raise AssertionError(f"question {item['question']} cannot be reached with Tab")
        if inputs.first.get_attribute("type") == "radio":
            for _step in range(len(item["choices"])):
                if page.evaluate("document.activeElement.value") in right:
                    break
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Space")
        else:
            for step in range(len(item["choices"])):
                if page.evaluate("document.activeElement.value") in right:
                    page.keyboard.press("Space")
                if step < len(item["choices"]) - 1:
                    page.keyboard.press("Tab")
        checked = inputs.evaluate_all("els => els.filter(e => e.checked).map(e => e.value)")
        assert set(checked) == right
    # The page's own script saves each answer as it is given; let the last save finish.
    expect(page.locator("#save-state")).not_to_contain_text("…")
