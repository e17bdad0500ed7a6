"""The attempt lifecycle: start → save (pages or autosave) → resume → submit or time out."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate
from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice
from quizzes.services import attempts_finalise_expired
from tests.clock import YEAR
from tests.factories import ServantProfileFactory
from tests.helpers import answers_for, choice_ids, choice_values, read_all_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(client, assignment, frozen_time):
    """A signed-in servant who has read every lesson."""
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    return assignment


def start(client, assignment) -> Attempt:
    response = client.post(f"/quiz/start/{assignment.pk}/")
    assert response.status_code == 302, response.content
    return Attempt.objects.get(user=assignment.servant, submitted_at__isnull=True)


def submit(client, attempt, **kwargs):
    return client.post(
        f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, **kwargs), follow=True
    )


def autosave(client, attempt, answers, sequence):
    return client.post(
        f"/quiz/attempts/{attempt.pk}/autosave/",
        json.dumps({"answers": answers, "sequence": sequence}),
        content_type="application/json",
    )


# --- start -------------------------------------------------------------------------------


def test_attempt_draws_by_the_rules_and_sets_the_deadline_by_server_time(client, ready):
    attempt = start(client, ready)
    assert len(attempt.items) == 4
    topics = [Choice.objects.get(pk=i["choices"][0]).question.topic.key for i in attempt.items]
    assert sorted(topics) == ["topic-0", "topic-0", "topic-1", "topic-1"]
    assert attempt.deadline - attempt.started_at == timedelta(minutes=30)
    assert attempt.started_at == timezone.now()


def test_starting_again_resumes_the_open_attempt(client, ready):
    first = start(client, ready)
    client.post(f"/quiz/start/{ready.pk}/")
    assert Attempt.objects.filter(user=ready.servant).count() == 1
    assert client.get(f"/quiz/attempts/{first.pk}/").status_code == 200


def test_unpublished_and_inactive_questions_are_never_drawn(client, ready, quiz):
    from quizzes.models import Question

    Question.objects.filter(key__in=["q-0-0", "q-0-1"]).update(live=False)
    Question.objects.filter(key="q-1-0").update(active=False)
    attempt = start(client, ready)
    keys = set(
        Question.objects.filter(pk__in=[i["question"] for i in attempt.items]).values_list(
            "key", flat=True
        )
    )
    assert keys.isdisjoint({"q-0-0", "q-0-1", "q-1-0"})
    assert {"q-0-2", "q-0-3"} <= keys


# --- saving: pages without JavaScript, autosave with it, resume ---------------------------


def test_each_page_is_saved_when_sent_and_leads_to_the_next(client, ready):
    attempt = start(client, ready)
    page = client.get(f"/quiz/attempts/{attempt.pk}/").content.decode()
    first_two = [str(i["question"]) for i in attempt.items[:2]]
    assert all(f'name="q-{qid}"' in page for qid in first_two)
    assert f'name="q-{attempt.items[2]["question"]}"' not in page
    data = answers_for(attempt, correct=True, go="next")
    response = client.post(f"/quiz/attempts/{attempt.pk}/save/", data)
    assert response["Location"] == f"/quiz/attempts/{attempt.pk}/?page=2"
    attempt.refresh_from_db()
    assert attempt.sequence == 1 and len(attempt.answers) == 4
    assert attempt.submitted_at is None


def test_stale_page_is_refused_with_409_and_keeps_newer_answers(client, ready):
    attempt = start(client, ready)
    stale = answers_for(attempt, correct=False, go="next")  # carries sequence 1
    client.post(f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=True, go="next"))
    response = client.post(f"/quiz/attempts/{attempt.pk}/save/", stale)
    assert response.status_code == 409
    assert "out-of-date page" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == {k: [int(v[0])] for k, v in choice_ids(attempt, correct=True).items()}


def test_autosave_saves_each_answer_and_refuses_stale_sequence(client, ready):
    attempt = start(client, ready)
    qid = str(attempt.items[0]["question"])
    right = choice_values(attempt, correct=True)[qid]
    wrong = choice_values(attempt, correct=False)[qid]
    response = autosave(client, attempt, {qid: right}, 1)
    assert response.status_code == 200
    assert response.json()["sequence"] == 1
    stale = autosave(client, attempt, {qid: wrong}, 1)
    assert stale.status_code == 409
    assert stale.json()["code"] == "StaleSubmission"
    attempt.refresh_from_db()
    assert attempt.answers == {qid: [int(choice_ids(attempt, correct=True)[qid][0])]}
    cleared = autosave(client, attempt, {qid: []}, 2)
    assert cleared.status_code == 200
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_autosave_rejects_unreadable_and_foreign_answers(client, ready):
    attempt = start(client, ready)
    bad = client.post(
        f"/quiz/attempts/{attempt.pk}/autosave/", "not json", content_type="application/json"
    )
    assert bad.status_code == 400
    foreign = Choice.objects.exclude(pk__in=[c for i in attempt.items for c in i["choices"]])
    qid = str(attempt.items[0]["question"])
    response = autosave(client, attempt, {qid: [foreign.first().pk]}, 1)
    assert response.status_code == 400
    assert "do not belong" in response.json()["error"]


def test_two_answers_to_a_single_choice_question_are_refused(client, ready):
    attempt = start(client, ready)
    item = attempt.items[0]
    two = [
        choice_value(attempt_id=attempt.pk, question_id=item["question"], choice_id=pk)
        for pk in item["choices"][:2]
    ]
    response = autosave(client, attempt, {str(item["question"]): two}, 1)
    assert response.status_code == 400


def test_resume_after_closing_the_browser_shows_saved_answers(client, ready, django_user_model):
    attempt = start(client, ready)
    qid = str(attempt.items[0]["question"])
    chosen = choice_values(attempt, correct=False)[qid][0]
    autosave(client, attempt, {qid: [chosen]}, 1)
    client.logout()
    client.force_login(ready.servant)  # a new browser session
    client.post(f"/quiz/start/{ready.pk}/")
    page = client.get(f"/quiz/attempts/{attempt.pk}/").content.decode()
    assert f'value="{chosen}"\n                               checked' in page or (
        f'value="{chosen}"' in page and "checked" in page
    )
    assert 'name="seq" value="2"' in page


# --- submitting and scoring ---------------------------------------------------------------


def test_failed_test_creates_no_certificate_and_hides_the_right_answers(client, ready):
    attempt = start(client, ready)
    body = submit(client, attempt, correct=False).content.decode()
    assert "Pass mark: 75%" in body
    assert "Not passed. You have 2 attempts left this year." in body
    assert "the correct answer" not in body
    assert "Because rule" not in body  # explanations name the right answers
    attempt.refresh_from_db()
    assert (attempt.score_percent, attempt.passed) == (0, False)
    ready.refresh_from_db()
    assert ready.status == "in_progress"
    assert not Certificate.objects.exists()


def test_pass_completes_the_assignment_issues_a_certificate_and_shows_answers(
    client, ready, django_capture_on_commit_callbacks
):
    attempt = start(client, ready)
    with django_capture_on_commit_callbacks(execute=True):  # the PDF is rendered after commit
        submitted = client.post(
            f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=True)
        )
    body = client.get(submitted.url).content.decode()
    assert "100% (4 of 4 correct)" in body
    assert "the correct answer" in body
    certificate = Certificate.objects.get()
    assert f"/certificates/{certificate.serial}.pdf" in body
    ready.refresh_from_db()
    assert ready.status == "completed"
    assert certificate.serial == f"AC-{YEAR}-000001"
    assert len(certificate.code) >= 22  # ≥128 bits, URL-safe


def test_second_submit_of_same_attempt_is_rejected_with_409(client, ready):
    attempt = start(client, ready)
    first = answers_for(attempt, correct=True)
    client.post(f"/quiz/attempts/{attempt.pk}/save/", first)
    response = client.post(f"/quiz/attempts/{attempt.pk}/save/", first)
    assert response.status_code == 409
    assert "already been submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.score_percent == 100
    assert Certificate.objects.count() == 1


def test_passing_again_does_not_issue_a_second_certificate(client, ready):
    submit(client, start(client, ready), correct=True)
    response = client.post(f"/quiz/start/{ready.pk}/", follow=True)
    assert "already completed" in response.content.decode()
    assert Certificate.objects.count() == 1


def test_attempts_run_out_and_then_the_answers_are_shown(client, ready):
    for _ in range(3):
        body = submit(client, start(client, ready), correct=False).content.decode()
    assert "You have used every attempt allowed for this year." in body
    assert "Ask your HR officer for an extra attempt" in body
    assert "attempts left" not in body and "Back to the course" not in body  # no "try again"
    assert "the correct answer" in body
    assert "Because rule" in body
    response = client.post(f"/quiz/start/{ready.pk}/", follow=True)
    assert "used every attempt" in response.content.decode()


def test_wait_between_attempts_is_enforced(client, ready, quiz, frozen_time):
    quiz.wait_minutes_between_attempts = 10
    quiz.save()
    submit(client, start(client, ready), correct=False)
    response = client.post(f"/quiz/start/{ready.pk}/", follow=True)
    assert "next attempt in 10 minutes" in response.content.decode()
    frozen_time.shift(timedelta(minutes=10))
    start(client, ready)


# --- deadline, grace, automatic finalisation ----------------------------------------------


def test_answers_within_grace_period_are_accepted(client, ready, frozen_time, settings):
    attempt = start(client, ready)
    frozen_time.shift(timedelta(minutes=30, seconds=settings.ADAL_QUIZ_GRACE_SECONDS - 5))
    submit(client, attempt, correct=True)
    attempt.refresh_from_db()
    assert attempt.passed is True


def test_late_submit_is_refused_and_scored_on_answers_saved_in_time(
    client, ready, frozen_time, settings
):
    attempt = start(client, ready)
    saved = dict(list(choice_values(attempt, correct=True).items())[:3])
    for n, (qid, chosen) in enumerate(saved.items(), start=1):
        autosave(client, attempt, {qid: chosen}, n)
    frozen_time.shift(timedelta(minutes=30, seconds=settings.ADAL_QUIZ_GRACE_SECONDS + 1))
    response = submit(client, attempt, correct=False, seq=4)
    assert "time for this attempt is over" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.score_percent == 75  # the three answers saved before the deadline
    assert attempt.passed is True


def test_late_autosave_is_refused_and_finalises_the_attempt(client, ready, frozen_time, settings):
    attempt = start(client, ready)
    frozen_time.shift(timedelta(minutes=31))
    qid = str(attempt.items[0]["question"])
    response = autosave(client, attempt, {qid: choice_values(attempt, correct=True)[qid]}, 1)
    assert response.status_code == 409
    assert response.json()["code"] == "AttemptTimeUp"
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and attempt.answers == {}


def test_open_attempt_past_its_deadline_is_finalised_on_the_next_request(
    client, ready, frozen_time
):
    attempt = start(client, ready)
    frozen_time.shift(timedelta(minutes=31))
    response = client.get(f"/quiz/attempts/{attempt.pk}/", follow=True)
    assert "ran out" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.finalised_automatically and attempt.passed is False


def test_periodic_task_finalises_expired_attempts_only(client, ready, frozen_time):
    attempt = start(client, ready)
    assert attempts_finalise_expired() == 0
    frozen_time.shift(timedelta(minutes=31))
    from quizzes.tasks import finalise_expired_attempts

    assert finalise_expired_attempts.delay().get() == 1
    attempt.refresh_from_db()
    assert attempt.finalised_automatically
    assert attempts_finalise_expired() == 0


# --- who may see what ---------------------------------------------------------------------


def test_another_servant_cannot_see_save_or_submit_an_attempt(client, ready):
    attempt = start(client, ready)
    client.force_login(ServantProfileFactory().user)
    assert client.get(f"/quiz/attempts/{attempt.pk}/").status_code == 404
    assert client.get(f"/quiz/attempts/{attempt.pk}/result/").status_code == 404
    assert autosave(client, attempt, {}, 1).status_code == 404
    response = client.post(f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=True))
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers == {}


def test_open_attempt_responses_do_not_reveal_correct_answers(client, ready):
    """Every page and JSON response of an open attempt is byte-identical whichever
    choices are marked correct."""
    import re

    attempt = start(client, ready)
    csrf = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    qid = str(attempt.items[0]["question"])
    item = attempt.items[0]
    chosen = [
        choice_value(
            attempt_id=attempt.pk, question_id=item["question"], choice_id=item["choices"][1]
        )
    ]

    def flip():
        for item in attempt.items:
            for choice in Choice.objects.filter(pk__in=item["choices"]):
                choice.is_correct = not choice.is_correct
                choice.save()

    def pages() -> list[str]:
        return [
            csrf.sub("", client.get(f"/quiz/attempts/{attempt.pk}/?page={n}").content.decode())
            for n in (1, 2)
        ]

    def saved(sequence: int) -> dict:
        data = autosave(client, attempt, {qid: chosen}, sequence).json()
        assert data.pop("sequence") == sequence and data.pop("saved_at")
        return data

    client.get(f"/quiz/attempts/{attempt.pk}/")  # shows (and so clears) pending messages
    before_pages, before_json = pages(), saved(1)
    flip()
    after_json = saved(2)
    assert before_json == after_json == {"saved": True, "answered": 1}
    flip()
    first = pages()
    flip()
    assert pages() == first
    assert all("Because rule" not in page for page in first + before_pages)
