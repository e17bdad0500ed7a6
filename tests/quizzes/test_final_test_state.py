"""One standing with the final test, told alike by the result page, the course page and /learn/:
the lessons read, each attempt's score, the attempts left, when the next may start, and one
next step — never "try again" once no attempt is left."""

import re
from datetime import timedelta

import pytest

from lms.models import AuditEvent
from quizzes.models import Attempt, Choice
from quizzes.selectors import final_test_states
from quizzes.services import assignment_allow_attempt
from tests.clock import SERVICE_ZONE
from tests.factories import AssignmentFactory, ServantProfileFactory
from tests.helpers import answers_for, read_all_lessons

pytestmark = pytest.mark.django_db

START_FORM = "/quiz/start/"


@pytest.fixture
def ready(client, assignment, frozen_time):
    """A signed-in servant who has read every lesson of a test allowing three attempts."""
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    return assignment


def take(client, assignment, *, correct: bool):
    """Start an attempt and submit it, every answer right or every answer wrong; the result
    page as the servant is sent to it."""
    response = client.post(f"/quiz/start/{assignment.pk}/")
    assert response.status_code == 302, response.content
    attempt = Attempt.objects.get(assignment=assignment, submitted_at__isnull=True)
    return client.post(
        f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=correct), follow=True
    )


def text(response) -> str:
    """The page's words, tags dropped and spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def learn(client) -> str:
    return text(client.get("/learn/"))


def course_page(client, assignment):
    return client.get(assignment.course.url).content.decode()


def test_in_progress_learn_shows_lessons_read_no_test_yet_and_continue(
    client, assignment, frozen_time
):
    client.force_login(assignment.servant)
    first = assignment.course.specific.lessons().first()
    client.get(first.url)
    frozen_time.shift(timedelta(minutes=2))
    client.post(f"/learn/lessons/{first.pk}/complete/")
    page = client.get("/learn/").content.decode()
    words = text(client.get("/learn/"))
    assert "1 of 3 lessons read" in words
    assert "Not taken yet" in words
    assert "the lessons make up 80%, the passed final test 20%" in words
    assert f'href="/learn/courses/{assignment.pk}/continue/"' in page
    assert "Go to the final test" not in words


def test_failed_with_attempts_left_every_page_says_so_and_offers_the_test(client, ready):
    result = text(take(client, ready, correct=False))
    assert "Not passed. You have 2 attempts left this year." in result
    assert "Back to the course" in result
    assert "used every attempt" not in result

    words = learn(client)
    assert "3 of 3 lessons read" in words
    assert "Attempt 1: 0%" in words
    assert "2 attempts left this year" in words
    assert "Go to the final test" in words
    assert "Continue the course" not in words  # the lessons are read: the next step is the test

    page = course_page(client, ready)
    assert "Attempt 1: 0%" in page
    assert "You have 2 attempts left this year." in page
    assert START_FORM in page


def test_scores_of_every_attempt_are_listed_in_order(client, ready, quiz):
    take(client, ready, correct=False)
    take(client, ready, correct=True)
    words = learn(client)
    assert "Attempt 1: 0% · Attempt 2: 100%" in words
    assert "Download certificate (PDF)" in words or "being prepared" in words
    assert "attempts left" not in words and "attempt left" not in words


def test_failed_out_is_a_clear_state_on_every_page_and_start_writes_nothing(client, ready):
    for _ in range(3):
        result = text(take(client, ready, correct=False))
    assert "Not passed. You have used every attempt allowed for this year." in result
    assert "Ask your HR officer for an extra attempt" in result
    assert "attempts left" not in result and "Back to the course" not in result

    words = learn(client)
    assert "Not passed, no attempts left" in words
    assert "Attempt 1: 0% · Attempt 2: 0% · Attempt 3: 0%" in words
    assert "Ask your HR officer for an extra attempt" in words
    for stale in ("Continue the course", "Go to the final test", "attempts left this year"):
        assert stale not in words

    page = course_page(client, ready)
    assert "You have used every attempt allowed for this year without reaching" in page
    assert START_FORM not in page  # no button that only flashes an error

    attempts, events = Attempt.objects.count(), AuditEvent.objects.count()
    response = client.post(f"/quiz/start/{ready.pk}/", follow=True)
    assert "You have used every attempt allowed for this year." in text(response)
    assert (Attempt.objects.count(), AuditEvent.objects.count()) == (attempts, events)


def test_an_extra_attempt_is_announced_until_it_is_used(client, ready):
    for _ in range(3):
        take(client, ready, correct=False)
    assignment_allow_attempt(assignment=ready, reason="The connection failed", by=None)

    words = learn(client)
    assert "1 attempt left this year · HR has allowed you another attempt." in words
    assert "Go to the final test" in words
    assert "Not passed, no attempts left" not in words
    page = course_page(client, ready)
    assert "HR has allowed you another attempt." in page and START_FORM in page

    result = text(take(client, ready, correct=False))
    assert "HR has allowed you another attempt." not in result
    assert "You have used every attempt allowed for this year." in result
    words = learn(client)
    assert "HR has allowed you another attempt." not in words
    assert "Not passed, no attempts left" in words
    assert "HR has allowed you another attempt." not in course_page(client, ready)


def test_the_wait_between_attempts_says_when_the_next_may_start(client, ready, quiz):
    quiz.wait_minutes_between_attempts = 10
    quiz.save()
    result = text(take(client, ready, correct=False))
    submitted = Attempt.objects.get(assignment=ready).submitted_at
    ready_at = (submitted + timedelta(minutes=10)).astimezone(SERVICE_ZONE)
    said = f"You can start the next attempt at {ready_at:%H:%M} on {ready_at:%d.%m.%Y}."
    assert said in result
    assert said in learn(client)
    page = course_page(client, ready)
    assert said in page
    assert START_FORM not in page


def test_an_attempt_in_progress_is_continued_not_restarted(client, ready):
    client.post(f"/quiz/start/{ready.pk}/")
    attempt = Attempt.objects.get(assignment=ready)
    words = learn(client)
    assert "You have an attempt in progress." in words
    assert f'href="/quiz/attempts/{attempt.pk}/"' in client.get("/learn/").content.decode()
    assert f'href="/quiz/attempts/{attempt.pk}/"' in course_page(client, ready)


def test_an_earlier_failed_result_after_a_pass_does_not_say_try_again(client, ready):
    take(client, ready, correct=False)
    failed = Attempt.objects.get(assignment=ready, passed=False)
    take(client, ready, correct=True)
    result = text(client.get(f"/quiz/attempts/{failed.pk}/result/"))
    assert "you have passed the test since" in result
    assert "attempts left" not in result and "Back to the course" not in result


def test_own_answers_are_shown_and_marked_as_the_servants(client, ready):
    take(client, ready, correct=False)
    attempt = Attempt.objects.get(assignment=ready)
    body = client.get(f"/quiz/attempts/{attempt.pk}/result/").content.decode()
    for item in attempt.items:
        chosen = Choice.objects.get(pk=attempt.answers[str(item["question"])][0])
        assert f"Your answer: <strong>{chosen.text}</strong>" in body


def test_the_states_of_many_assignments_take_a_few_queries(
    client, ready, django_assert_max_num_queries
):
    take(client, ready, correct=False)
    others = [
        AssignmentFactory(
            servant=ServantProfileFactory().user, cycle=ready.cycle, course=ready.course
        )
        for _ in range(3)
    ]
    with django_assert_max_num_queries(4):
        states = final_test_states(assignments=[ready, *others])
    assert states[ready.pk].left == 2
    assert [s.score_percent for s in states[ready.pk].scores] == [0]
    assert [states[other.pk].left for other in others] == [3, 3, 3]
