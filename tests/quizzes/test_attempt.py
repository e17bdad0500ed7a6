from datetime import timedelta

import pytest

from certificates.models import Certificate
from quizzes.models import Attempt, Choice
from tests.factories import ServantProfileFactory
from tests.helpers import answers_for, read_all_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(client, assignment, frozen_time):
    """A signed-in servant who has read every lesson."""
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    return assignment


def start(client, assignment) -> Attempt:
    response = client.post(f"/quiz/start/{assignment.pk}/")
    assert response.status_code == 302
    return Attempt.objects.get(user=assignment.servant, submitted_at__isnull=True)


def test_attempt_draws_questions_per_topic_in_random_order(client, ready, quiz):
    attempt = start(client, ready)
    assert len(attempt.items) == 4
    topics = [Choice.objects.get(pk=i["choices"][0]).question.topic.key for i in attempt.items]
    assert sorted(topics) == ["topic-0", "topic-0", "topic-1", "topic-1"]
    assert attempt.deadline - attempt.started_at == timedelta(minutes=30)


def test_starting_again_resumes_the_open_attempt(client, ready):
    first = start(client, ready)
    client.post(f"/quiz/start/{ready.pk}/")
    assert Attempt.objects.filter(user=ready.servant).count() == 1
    response = client.get(f"/quiz/attempts/{first.pk}/")
    assert response.status_code == 200


def test_failed_test_creates_no_certificate(client, ready):
    attempt = start(client, ready)
    response = client.post(
        f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=False), follow=True
    )
    assert "The pass mark is 75%" in response.content.decode()
    assert "2 attempts left" in response.content.decode()
    attempt.refresh_from_db()
    assert (attempt.score_percent, attempt.passed) == (0, False)
    ready.refresh_from_db()
    assert ready.status == "in_progress"
    assert not Certificate.objects.exists()


def test_pass_completes_the_assignment_and_issues_a_certificate(client, ready):
    attempt = start(client, ready)
    response = client.post(
        f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=True), follow=True
    )
    body = response.content.decode()
    assert "100% (4 of 4 correct)" in body
    certificate = Certificate.objects.get()
    assert f"/certificates/{certificate.serial}.pdf" in body
    ready.refresh_from_db()
    assert ready.status == "completed"
    assert certificate.serial == "AC-2026-000001"
    assert len(certificate.code) >= 22  # ≥128 bits, URL-safe


def test_second_submit_of_same_attempt_is_rejected_with_409(client, ready):
    attempt = start(client, ready)
    data = answers_for(attempt, correct=True)
    client.post(f"/quiz/attempts/{attempt.pk}/submit/", data)
    response = client.post(
        f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=False)
    )
    assert response.status_code == 409
    assert "already been submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.score_percent == 100
    assert Certificate.objects.count() == 1


def test_passing_again_does_not_issue_a_second_certificate(client, ready):
    attempt = start(client, ready)
    client.post(f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=True))
    response = client.post(f"/quiz/start/{ready.pk}/", follow=True)
    assert "already completed" in response.content.decode()
    assert Certificate.objects.count() == 1


def test_answers_after_deadline_and_grace_are_refused(client, ready, frozen_time, settings):
    attempt = start(client, ready)
    frozen_time.shift(timedelta(minutes=30, seconds=settings.ADAL_QUIZ_GRACE_SECONDS + 1))
    response = client.post(
        f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=True), follow=True
    )
    assert "arrived after the time limit" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.passed is False
    assert attempt.answers == {}
    assert not Certificate.objects.exists()


def test_answers_within_grace_period_are_accepted(client, ready, frozen_time, settings):
    attempt = start(client, ready)
    frozen_time.shift(timedelta(minutes=30, seconds=settings.ADAL_QUIZ_GRACE_SECONDS - 5))
    client.post(f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=True))
    attempt.refresh_from_db()
    assert attempt.passed is True


def test_answer_outside_the_drawn_choices_is_refused(client, ready):
    attempt = start(client, ready)
    data = answers_for(attempt, correct=True)
    foreign = Choice.objects.exclude(
        pk__in=[c for i in attempt.items for c in i["choices"]]
    ).first()
    data[f"q-{attempt.items[0]['question']}"] = [str(foreign.pk)]
    response = client.post(f"/quiz/attempts/{attempt.pk}/submit/", data, follow=True)
    assert "do not belong to this test" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_another_servant_cannot_see_or_submit_an_attempt(client, ready):
    attempt = start(client, ready)
    intruder = ServantProfileFactory().user
    client.force_login(intruder)
    assert client.get(f"/quiz/attempts/{attempt.pk}/").status_code == 404
    response = client.post(
        f"/quiz/attempts/{attempt.pk}/submit/", answers_for(attempt, correct=True)
    )
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_open_attempt_page_does_not_reveal_correct_answers(client, ready):
    """The page must be byte-identical whichever choices are marked correct."""
    attempt = start(client, ready)
    url = f"/quiz/attempts/{attempt.pk}/"
    client.get(url)  # shows (and so clears) any pending flash message
    before = client.get(url).content.decode()
    for item in attempt.items:
        for choice in Choice.objects.filter(pk__in=item["choices"]):
            choice.is_correct = not choice.is_correct
            choice.save()
    after = client.get(url).content.decode()
    strip = lambda html: html.replace(client.cookies["csrftoken"].value, "")  # noqa: E731
    assert "csrfmiddlewaretoken" in before
    import re

    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", strip(before)) == token.sub("", strip(after))
    assert "Explanation" not in before and "Because rule" not in before
