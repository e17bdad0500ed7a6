"""A servant who has read every lesson fails the final test three times, in Kazakh and in
Russian, and then finds one clear state: on the result page, on /learn/ and on the course
page no button that would start a test, and a word to ask HR for an extra attempt."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CoursePage, LessonProgress
from lms.models import OrgUnit, TrainingCycle
from lms.selectors import course_required_lessons
from lms.validators import iin_build
from quizzes.models import Attempt
from tests.browser.conftest import check_page
from tests.browser.helpers import _, sign_in
from tests.factories import AssignmentFactory, ServantProfileFactory

pytestmark = pytest.mark.browser
LANGUAGES = ["kk", "ru"]


def servant_who_read_every_lesson(language):
    """A servant of the demo's Flight Operations Unit assigned this year's course, with every
    lesson read (the reading itself is another journey's subject)."""
    course = CoursePage.objects.get(locale__language_code="en")
    profile = ServantProfileFactory(
        user__email=f"exhausted.{language}@example.com",
        user__preferred_language=language,
        user__iin=iin_build(
            born=datetime.date(1988, 3, 1), serial=7100 + LANGUAGES.index(language)
        ),
        unit=OrgUnit.objects.get(code="aak-flight-ops"),
    )
    cycle = TrainingCycle.objects.order_by("-year").first()
    assignment = AssignmentFactory(servant=profile.user, cycle=cycle, course=course)
    lessons = course_required_lessons(course_page_id=course.pk, languages=[language])[language]
    now = timezone.now()
    for lesson in lessons:
        LessonProgress.objects.create(
            user=profile.user,
            assignment=assignment,
            lesson_key=lesson.translation_key,
            lesson_id=lesson.pk,
            first_viewed_at=now - datetime.timedelta(minutes=15),
            completed_at=now,
        )
    return profile.user, assignment


def submit_blank_attempt(page, demo, course_url, servant, language, number):
    """From the course page: start the test, go to the last page and submit with nothing
    answered, confirming on the page that lists the unanswered questions."""
    page.goto(demo.url + course_url)
    with page.expect_navigation():
        page.get_by_role("button", name=_("Start the final test", language)).click()
    attempt = Attempt.objects.get(user=servant, submitted_at__isnull=True)
    while not page.locator("button[name=go][value=submit]").count():
        with page.expect_navigation():
            page.locator("button[name=go][value=next]").click()
    with page.expect_navigation():
        page.locator("button[name=go][value=submit]").click()
    with page.expect_navigation():
        page.get_by_role("button", name=_("Submit anyway", language)).click()
    page.wait_for_url(f"**/quiz/attempts/{attempt.pk}/result/")
    if number in (1, 3):  # with tries left, and with none
        check_page(page, language, f"result-{number}-blank-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_servant_uses_every_attempt_and_sees_a_clear_state(open_page, demo, language):
    servant, assignment = servant_who_read_every_lesson(language)
    course = assignment.course.specific.get_translation(Locale.objects.get(language_code=language))
    page = open_page(language)
    sign_in(page, demo, language, servant.email)

    submit_blank_attempt(page, demo, course.url, servant, language, 1)
    body = page.locator("main").inner_text()
    assert _("Back to the course", language) in body
    assert _("You have used every attempt allowed for this year.", language) not in body

    for number in (2, 3):
        submit_blank_attempt(page, demo, course.url, servant, language, number)
    body = page.locator("main").inner_text()
    assert _("Not passed. You have used every attempt allowed for this year.", language) in body
    assert _("Back to the course", language) not in body  # no "try again"

    page.goto(demo.url + "/learn/")
    check_page(page, language, f"learn-exhausted-{language}")
    card = page.locator(".assignment")
    text = card.inner_text()
    assert _("Not passed, no attempts left", language) in text
    scores = " · ".join(
        _("Attempt %(number)s: %(percent)s%%", language) % {"number": n, "percent": 0}
        for n in (1, 2, 3)
    )
    assert scores in text
    assert card.locator(".btn-primary").count() == 0  # nothing to start or continue
    for stale in ("Continue the course", "Go to the final test", "Start the final test"):
        assert _(stale, language) not in text

    page.goto(demo.url + course.url)
    check_page(page, language, f"course-exhausted-{language}")
    final_test = page.locator("#final-test")
    assert final_test.get_by_role("button").count() == 0
    assert (
        _(
            "You have used every attempt allowed for this year without reaching the pass mark.",
            language,
        )
        in final_test.inner_text()
    )
    assert Attempt.objects.filter(assignment=assignment).count() == 3
