"""A test that cannot be wasted by accident: submitting with questions left blank asks first
(a page, no script needed), keeps what was answered, and submits only when confirmed."""

import pytest

from quizzes.models import Attempt
from tests.helpers import answers_for, read_all_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt(client, assignment, frozen_time) -> Attempt:
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, frozen_time)
    assert client.post(f"/quiz/start/{assignment.pk}/").status_code == 302
    return Attempt.objects.get(user=assignment.servant, submitted_at__isnull=True)


def _save_url(attempt):
    return f"/quiz/attempts/{attempt.pk}/save/"


def test_submitting_with_nothing_answered_asks_and_uses_no_attempt(client, attempt):
    response = client.post(
        _save_url(attempt), {"go": "submit", "page": "1", "shown": [], "seq": "1"}
    )
    assert response.status_code == 200
    assert response.templates[0].name == "quizzes/confirm_submit.html"
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    body = response.content.decode()
    assert f"not answered {len(attempt.items)} questions of {len(attempt.items)}" in body
    # Every blank question is listed with a way back to its page.
    assert body.count(f"/quiz/attempts/{attempt.pk}/?page=") == len(attempt.items) + 1
    assert 'name="confirm" value="1"' in body


def test_partial_answers_are_saved_before_asking_and_kept_when_confirmed(client, attempt):
    data = answers_for(attempt, correct=True)
    first = data["shown"][0]
    data = {
        **{k: v for k, v in data.items() if not k.startswith("q-")},
        f"q-{first}": data[f"q-{first}"],
    }
    response = client.post(_save_url(attempt), data)
    assert response.templates[0].name == "quizzes/confirm_submit.html"
    attempt.refresh_from_db()
    assert list(attempt.answers) == [first]
    assert attempt.submitted_at is None
    assert len(response.context["unanswered"]) == len(attempt.items) - 1

    confirmed = client.post(
        _save_url(attempt),
        {"go": "submit", "confirm": "1", "page": "1", "seq": str(attempt.sequence + 1)},
    )
    assert confirmed.status_code == 302
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    assert list(attempt.answers) == [first]  # what was answered counts; nothing was lost


def test_a_complete_answer_sheet_submits_at_once(client, attempt):
    response = client.post(_save_url(attempt), answers_for(attempt, correct=True))
    assert response.status_code == 302
    assert response.url == f"/quiz/attempts/{attempt.pk}/result/"
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and attempt.passed


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_question_is_asked_in_the_servants_language(client, attempt, language):
    attempt.user.preferred_language = language
    attempt.user.save(update_fields=["preferred_language"])
    response = client.post(
        _save_url(attempt),
        {"go": "submit", "page": "1", "shown": [], "seq": "1"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Submit anyway" not in body
    assert {"kk": "Бәрібір жіберу", "ru": "Всё равно отправить"}[language] in body
