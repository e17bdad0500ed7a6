"""The next step, one click away: "Continue the course" opens the next lesson still to read;
after the last lesson the servant lands at the final test."""

import pytest

from tests.helpers import read_all_lessons

pytestmark = pytest.mark.django_db


def _read(client, lesson, frozen_time):
    from datetime import timedelta

    client.get(lesson.url)
    frozen_time.shift(timedelta(seconds=lesson.min_reading_seconds + 1))
    return client.post(f"/learn/lessons/{lesson.pk}/complete/")


def test_continue_opens_the_next_unread_lesson_then_the_test(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    course = assignment.course.specific
    first, second, third = list(course.lessons())
    url = f"/learn/courses/{assignment.pk}/continue/"
    assert client.get(url)["Location"] == first.url
    _read(client, first, frozen_time)
    _read(client, third, frozen_time)  # read out of order
    assert client.get(url)["Location"] == second.url
    # The last lesson still unread: its confirmation leads past the read ones to the test.
    assert _read(client, second, frozen_time)["Location"] == course.url + "#final-test"
    assert client.get(url)["Location"] == course.url + "#final-test"


def test_confirming_the_last_lesson_lands_at_the_final_test(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    course = assignment.course.specific
    *earlier, last = list(course.lessons())
    for lesson in earlier:
        _read(client, lesson, frozen_time)
    assert _read(client, last, frozen_time)["Location"] == course.url + "#final-test"


def test_confirming_a_lesson_goes_to_the_next_one_still_unread(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    course = assignment.course.specific
    first, second, last = list(course.lessons())
    assert _read(client, first, frozen_time)["Location"] == second.url
    _read(client, last, frozen_time)
    assert client.get(f"/learn/courses/{assignment.pk}/continue/")["Location"] == second.url


def test_a_skipped_lesson_is_next_after_the_last(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    first, second, last = list(assignment.course.specific.lessons())
    _read(client, second, frozen_time)
    assert _read(client, last, frozen_time)["Location"] == first.url


def test_learn_offers_continue_once_started(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    course = assignment.course.specific
    link = f'href="/learn/courses/{assignment.pk}/continue/"'
    page = client.get("/learn/").content.decode()
    assert link in page and "Start the course" in page
    _read(client, list(course.lessons())[0], frozen_time)
    page = client.get("/learn/").content.decode()
    assert link in page and "Continue the course" in page


def test_someone_elses_assignment_is_not_found(client, assignment):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get(f"/learn/courses/{assignment.pk}/continue/").status_code == 404


def test_read_all_helper_still_reaches_the_test(client, assignment, frozen_time):
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    url = f"/learn/courses/{assignment.pk}/continue/"
    assert client.get(url)["Location"].endswith("#final-test")


def test_the_lesson_shows_how_long_the_reading_time_still_runs(client, assignment, frozen_time):
    from datetime import timedelta

    client.force_login(assignment.servant)
    lesson = list(assignment.course.specific.lessons())[0]
    assert lesson.min_reading_seconds == 60
    page = client.get(lesson.url)
    assert page.context["state"].ready_in == 60
    body = page.content.decode()
    assert 'data-ready-in="60"' in body and "reading-timer.js" in body
    assert "after about 1 more minute of reading" in body
    frozen_time.shift(timedelta(seconds=45))
    assert client.get(lesson.url).context["state"].ready_in == 15
    frozen_time.shift(timedelta(seconds=16))
    body = client.get(lesson.url).content.decode()
    assert "reading-timer" not in body
