"""Item statistics against a population worked out by hand.

Six attempts at one test of two questions (A: right choice a1; B: right choice b1):

    attempt  score  A    B
    1        100    a1   b1
    2        100    a1   b1
    3         50    a1   b2
    4         50    a2   b1
    5          0    a2   b2
    6          0    a3   b2

Facility A = 3/6 = 50%, B = 3/6 = 50%. Groups are 27% of 6 → round(1.62) = 2 attempts:
upper = attempts 1 and 2, lower = attempts 5 and 6 (ties broken by id).
Discrimination A = 2/2 - 0/2 = 1.0; B = 1.0. Choice distribution A: a1 3, a2 2, a3 1.
Mean score = 300/6 = 50.0, median 50, pass rate (pass mark 80) = 2/6 = 33.3%.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.models import Attempt, Choice, DrawRule, Question, Quiz, Topic
from quizzes.statistics import question_statistics, quiz_summary
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def population(locales):
    quiz = Quiz.objects.create(title="Statistics", pass_mark_percent=80)
    topic = Topic.objects.create(key="t", title="T", locale=locales["en"])
    DrawRule.objects.create(quiz=quiz, topic=topic, count=2)
    choices = {}
    for name in ("A", "B"):
        question = Question.objects.create(key=name, topic=topic, text=name, locale=locales["en"])
        for n in (1, 2, 3):
            choices[f"{name.lower()}{n}"] = Choice.objects.create(
                question=question, text=f"{name.lower()}{n}", is_correct=n == 1, sort_order=n
            )
    qa, qb = choices["a1"].question_id, choices["b1"].question_id
    rows = [
        (100, "a1", "b1"), (100, "a1", "b1"), (50, "a1", "b2"),
        (50, "a2", "b1"), (0, "a2", "b2"), (0, "a3", "b2"),
    ]  # fmt: skip
    now = timezone.now()
    for score, a, b in rows:
        Attempt.objects.create(
            user=UserFactory(), quiz=quiz, language="en",
            items=[{"question": qa, "choices": [choices[f"a{n}"].pk for n in (1, 2, 3)]},
                   {"question": qb, "choices": [choices[f"b{n}"].pk for n in (1, 2, 3)]}],
            answers={str(qa): [choices[a].pk], str(qb): [choices[b].pk]},
            started_at=now - timedelta(minutes=20), deadline=now + timedelta(minutes=10),
            submitted_at=now, score_percent=score, passed=score >= 80,
        )  # fmt: skip
    return quiz


def test_item_statistics_match_the_hand_computed_example(population):
    rows = {row.question.key: row for row in question_statistics(quiz=population)}
    assert rows["A"].attempts == rows["B"].attempts == 6
    assert rows["A"].facility == rows["B"].facility == 50.0
    assert rows["A"].discrimination == rows["B"].discrimination == 1.0
    assert {c.choice.text: c.chosen for c in rows["A"].choices} == {"a1": 3, "a2": 2, "a3": 1}
    assert not rows["A"].flagged


def test_quiz_summary_matches_the_hand_computed_example(population):
    summary = quiz_summary(quiz=population)
    assert (summary.attempts, summary.mean, summary.median, summary.pass_rate) == (
        6, 50.0, 50.0, 33.3,
    )  # fmt: skip


def test_questions_outside_facility_band_are_flagged(population):
    Attempt.objects.filter(quiz=population).update(
        answers={}
    )  # nobody answers anything → facility 0
    rows = question_statistics(quiz=population)
    assert all(row.facility == 0 and row.flagged for row in rows)


def test_statistics_page_and_exports_for_editors(client, population, django_user_model):
    admin = django_user_model.objects.create_superuser(
        email="boss@example.com", password="x", preferred_language="en"
    )
    client.force_login(admin)
    page = client.get(f"/admin/test-statistics/{population.pk}/")
    assert page.status_code == 200
    assert "6 submitted attempts" in page.content.decode()
    csv = client.get(f"/admin/test-statistics/{population.pk}/?export=csv").content.decode()
    assert "A,en,T,A,6,50.0,1.0" in csv
    xlsx = client.get(f"/admin/test-statistics/{population.pk}/?export=xlsx")
    assert xlsx.content[:2] == b"PK"


def test_statistics_are_not_for_servants(client, population):
    client.force_login(UserFactory())
    assert client.get(f"/admin/test-statistics/{population.pk}/").status_code in (302, 403)
