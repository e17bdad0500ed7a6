"""HR's review of flagged test attempts at /hr/flagged/: the attempts in the officer's units
with the evidence the integrity check recorded, and one decision per attempt — cleared, or
the certificate its pass issued revoked — audited and shown with who decided and when."""

import datetime
import re
import threading
import time

import psycopg
import pytest
from django.db import connection
from django.db.models import F
from django.utils import timezone

from certificates.models import Certificate
from lms.models import Assignment, AuditEvent
from quizzes.exceptions import AttemptAlreadyReviewed
from quizzes.integrity import attempt_check_integrity
from quizzes.models import Attempt, AttemptFlag, FlagKind
from quizzes.services import attempt_review, attempt_start, attempt_submit
from tests.clock import NOW
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory
from tests.helpers import choice_ids

pytestmark = pytest.mark.django_db

URL = "/hr/flagged/"


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


def taken_too_fast(unit, course, cycle, *, last_name: str, correct: bool = True) -> Attempt:
    """A servant of `unit` who answers every question at once and submits: the check (run here
    as its task would) flags the attempt as too fast; a pass issues the certificate."""
    servant = ServantProfileFactory(unit=unit, user__last_name=last_name).user
    assignment = AssignmentFactory(servant=servant, cycle=cycle, course=course)
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()
    attempt = attempt_start(
        user=servant, quiz=course.final_quiz, assignment=assignment, language="en"
    )
    attempt_submit(attempt=attempt, answers=choice_ids(attempt, correct=correct))
    attempt.refresh_from_db()
    attempt_check_integrity(attempt=attempt)
    return attempt


def article(html: str, attempt: Attempt) -> str:
    """The part of the page about one attempt."""
    match = re.search(rf'<article[^>]*id="attempt-{attempt.pk}".*?</article>', html, re.S)
    assert match, f"attempt {attempt.pk} is not on the page"
    return match.group(0)


def review(client, attempt, decision, note="Checked the exam room log."):
    return client.post(f"/hr/flagged/{attempt.pk}/review/", {"decision": decision, "note": note})


def test_the_list_shows_the_flagged_attempts_in_scope_newest_first_with_the_evidence(
    client, hr, tree, course, cycle, frozen_time
):
    older = taken_too_fast(tree["team"], course, cycle, last_name="Older")
    frozen_time.shift(datetime.timedelta(hours=2))
    newer = taken_too_fast(tree["dept"], course, cycle, last_name="Newer")
    taken_too_fast(tree["other"], course, cycle, last_name="Elsewhere")  # another organisation
    servant = ServantProfileFactory(unit=tree["dept"], user__last_name="Unflagged").user
    assignment = AssignmentFactory(servant=servant, cycle=cycle, course=course)
    Attempt.objects.create(
        user=servant, quiz=course.final_quiz, assignment=assignment, language="en",
        started_at=NOW, deadline=NOW, submitted_at=NOW, score_percent=90, passed=True,
    )  # fmt: skip

    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Newer Test") < html.index("Older Test")
    assert "Elsewhere" not in html and "Unflagged" not in html
    row = article(html, older)
    assert "Unit a-team" in row
    assert "Anti-corruption standards" in row
    assert "100% · passed" in row
    assert timezone.localtime(older.submitted_at).strftime("%d.%m.%Y %H:%M") in row
    assert "Submitted unusually fast" in row
    assert "time taken: 0 s; time limit: 30 min." in row
    certificate = Certificate.objects.get(assignment=older.assignment)
    assert certificate.serial in row
    assert 'name="decision" value="revoked"' in row  # its certificate can be revoked
    assert f'href="/hr/servants/{newer.user_id}/"' in article(html, newer)


def test_the_same_answers_evidence_names_the_other_servant_only_inside_the_scope(
    client, hr, tree, course, cycle
):
    attempt = taken_too_fast(tree["dept"], course, cycle, last_name="Copier")
    in_scope = taken_too_fast(tree["team"], course, cycle, last_name="Neighbour")
    outside = taken_too_fast(tree["root"], course, cycle, last_name="Headoffice")
    for other in (in_scope, outside):
        AttemptFlag.objects.create(
            attempt=attempt, kind=FlagKind.SAME_ANSWERS, related_attempt=other,
            detail={"shared": 8, "shared_wrong": 2},
        )  # fmt: skip
    row = article(client.get(URL).content.decode(), attempt)
    evidence = "questions answered identically: 8; identical wrong answers among them: 2."
    assert row.count(evidence) == 2
    assert f'<a href="/hr/servants/{in_scope.user_id}/">Neighbour Test</a>' in row
    assert "a servant outside your units" in row
    assert "Headoffice" not in row


def test_no_flagged_attempt_says_so(client, hr, tree, course, cycle):
    taken_too_fast(tree["other"], course, cycle, last_name="Elsewhere")
    html = client.get(URL).content.decode()
    assert "No attempt in your units has been flagged." in html
    assert "<article" not in html


def test_the_dashboard_links_to_the_flagged_attempts(client, hr, cycle):
    assert f'href="{URL}"' in client.get("/hr/").content.decode()


def test_clearing_records_who_when_and_the_note_and_is_audited(client, hr, tree, course, cycle):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    response = review(client, attempt, "cleared", "Knew the material: a trainer herself.")
    assert response.status_code == 302
    assert response["Location"] == f"{URL}#attempt-{attempt.pk}"

    attempt.refresh_from_db()
    assert (attempt.review_decision, attempt.reviewed_by) == ("cleared", hr)
    assert attempt.reviewed_at is not None
    assert attempt.review_note == "Knew the material: a trainer herself."
    event = AuditEvent.objects.get(action="attempt.reviewed")
    assert (event.actor, event.object_id) == (hr, str(attempt.pk))
    assert event.data == {
        "decision": "cleared", "note": "Knew the material: a trainer herself.", "certificate": None,
    }  # fmt: skip
    assert Certificate.objects.get(assignment=attempt.assignment).revoked_at is None

    page = client.get(URL).content.decode()
    assert "The attempt is cleared; the decision is recorded." in page
    row = article(page, attempt)
    assert "Cleared" in row
    when = timezone.localtime(attempt.reviewed_at).strftime("%d.%m.%Y %H:%M")
    assert f"by {hr.get_full_name()} on {when}" in row
    assert "Knew the material: a trainer herself." in row
    assert "<form" not in row  # decided once


def test_revoking_revokes_the_certificate_this_attempt_issued_and_reopens_the_training(
    client, hr, tree, course, cycle
):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    certificate = Certificate.objects.get(assignment=attempt.assignment)
    assert review(client, attempt, "revoked", "Admitted using a phone.").status_code == 302

    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "Admitted using a phone."
    assert certificate.revocation_category == "integrity"
    attempt.assignment.refresh_from_db()
    assert attempt.assignment.status == "in_progress"  # the servant takes the training again
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "attempt.reviewed", "certificate.revoked", "assignment.reopened",
    }  # fmt: skip
    assert AuditEvent.objects.get(action="attempt.reviewed").data["certificate"] == (
        certificate.serial
    )
    page = client.get(URL).content.decode()
    assert "The certificate is revoked and the servant&#x27;s training is reopened" in page
    row = article(page, attempt)
    assert "Certificate revoked" in row and "Admitted using a phone." in row
    assert "status--revoked" in row


def test_an_attempt_outside_the_scope_is_404_and_nothing_is_written(
    client, hr, tree, course, cycle
):
    outside = taken_too_fast(tree["root"], course, cycle, last_name="Headoffice")
    other_org = taken_too_fast(tree["other"], course, cycle, last_name="Elsewhere")
    for attempt in (outside, other_org):
        assert review(client, attempt, "revoked", "Not mine to decide.").status_code == 404
        attempt.refresh_from_db()
        assert attempt.review_decision == "" and attempt.reviewed_at is None
        assert Certificate.objects.get(assignment=attempt.assignment).revoked_at is None
    assert not AuditEvent.objects.filter(action__in=["attempt.reviewed", "certificate.revoked"])


def test_an_unflagged_attempt_cannot_be_reviewed(client, hr, tree, course, cycle):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    attempt.flags.all().delete()
    assert review(client, attempt, "cleared").status_code == 404


def test_a_second_decision_is_refused_and_changes_nothing(client, hr, tree, course, cycle):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    review(client, attempt, "cleared", "Fine.")
    response = review(client, attempt, "revoked", "Changed my mind.")
    assert response.status_code == 302
    page = client.get(URL).content.decode()
    assert "A decision on this attempt has already been recorded." in page
    attempt.refresh_from_db()
    assert (attempt.review_decision, attempt.review_note) == ("cleared", "Fine.")
    assert Certificate.objects.get(assignment=attempt.assignment).revoked_at is None
    assert AuditEvent.objects.filter(action="attempt.reviewed").count() == 1


@pytest.mark.parametrize(
    ("decision", "note"),
    [("cleared", ""), ("cleared", "   "), ("", "Fine."), ("cleared", "x" * 256)],
)
def test_a_decision_needs_a_choice_and_a_short_note(
    client, hr, tree, course, cycle, decision, note
):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    review(client, attempt, decision, note)
    page = client.get(URL).content.decode()
    assert "Choose a decision and write a note of at most 255 characters." in page
    attempt.refresh_from_db()
    assert attempt.review_decision == ""
    assert not AuditEvent.objects.filter(action="attempt.reviewed").exists()


def test_a_failed_attempt_has_no_certificate_to_revoke(client, hr, tree, course, cycle):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick", correct=False)
    row = article(client.get(URL).content.decode(), attempt)
    assert "none issued from this attempt" in row
    assert 'value="revoked"' not in row  # only "cleared" is offered
    review(client, attempt, "revoked", "Cheated.")
    page = client.get(URL).content.decode()
    assert "No certificate was issued from this attempt" in page
    attempt.refresh_from_db()
    assert attempt.review_decision == ""


def test_the_list_is_paginated(client, hr, tree, course, cycle, frozen_time, monkeypatch):
    monkeypatch.setattr("hr.views.PAGE_SIZE", 2)
    attempts = []
    for n in range(3):
        attempts.append(taken_too_fast(tree["team"], course, cycle, last_name=f"Servant{n}"))
        frozen_time.shift(datetime.timedelta(minutes=5))
    first = client.get(URL).content.decode()
    assert "Page 1 of 2" in first
    assert "Servant2 Test" in first and "Servant1 Test" in first and "Servant0 Test" not in first
    second = client.get(f"{URL}?page=2").content.decode()
    assert "Servant0 Test" in second and "Servant2 Test" not in second
    # A decision taken on page 2 comes back to page 2.
    response = client.post(
        f"/hr/flagged/{attempts[0].pk}/review/",
        {"decision": "cleared", "note": "Fine.", "page": "2"},
    )
    assert response["Location"] == f"{URL}?page=2#attempt-{attempts[0].pk}"


def test_the_list_reads_a_fixed_number_of_queries(
    client, hr, tree, course, cycle, django_assert_max_num_queries
):
    def page_queries() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    first = [taken_too_fast(tree["team"], course, cycle, last_name=f"First{n}") for n in range(2)]
    review(client, first[0], "cleared", "Fine.")
    client.get(URL)  # the first visit also writes the HR-area audit event and shows a message
    few = page_queries()
    for n in range(6):
        attempt = taken_too_fast(tree["dept"], course, cycle, last_name=f"More{n}")
        AttemptFlag.objects.create(
            attempt=attempt, kind=FlagKind.SAME_ANSWERS, related_attempt=first[1],
            detail={"shared": 8, "shared_wrong": 2},
        )  # fmt: skip
        if n % 2:
            review(client, attempt, "cleared", "Fine.")
    client.get(URL)
    with django_assert_max_num_queries(few):
        assert client.get(URL).status_code == 200
    assert few <= 11


@pytest.mark.parametrize(
    ("language", "heading", "evidence", "refusal"),
    [
        (
            "kk",
            "Белгіленген тест әрекеттері",
            "жұмсалған уақыт: 0 с; уақыт шегі: 30 мин.",
            "Шешімді таңдап, 255 таңбадан аспайтын түсініктеме жазыңыз.",
        ),
        (
            "ru",
            "Отмеченные попытки теста",
            "затрачено: 0 с; ограничение времени: 30 мин.",
            "Выберите решение и напишите примечание не длиннее 255 символов.",
        ),
    ],
)
def test_the_page_reads_in_the_officers_language(
    client, hr, tree, course, cycle, language, heading, evidence, refusal
):
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    hr.preferred_language = language
    hr.save()
    client.force_login(hr)
    review(client, attempt, "", "")
    page = client.get(URL).content.decode()
    assert f'<html lang="{language}">' in page
    assert heading in page and evidence in page and refusal in page


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_decision_taken_while_another_is_being_recorded_is_refused(hr, tree, course, cycle):
    """Another officer's "cleared" is being written (not yet committed) when this officer
    revokes: the revocation waits, then is refused; the certificate stays valid."""
    attempt = taken_too_fast(tree["team"], course, cycle, last_name="Quick")
    certificate = Certificate.objects.get(assignment=attempt.assignment)
    db = connection.settings_dict
    other = psycopg.connect(
        f"postgresql://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        autocommit=False,
    )
    other.execute(
        "UPDATE quizzes_attempt SET review_decision = 'cleared', review_note = 'Fine.', "
        "reviewed_at = now() WHERE id = %s",
        [attempt.pk],
    )
    outcome: list[str] = []

    def revoke():
        try:
            attempt_review(attempt=attempt, by=hr, decision="revoked", note="Cheated.")
            outcome.append("recorded")
        except AttemptAlreadyReviewed:
            outcome.append("refused")
        finally:
            connection.close()

    thread = threading.Thread(target=revoke)
    try:
        thread.start()
        deadline = time.monotonic() + 30
        while thread.is_alive() and time.monotonic() < deadline:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                )
                if cursor.fetchone()[0]:
                    break
            time.sleep(0.1)
        other.commit()
    finally:
        other.close()
    thread.join(timeout=30)

    assert outcome == ["refused"]
    attempt.refresh_from_db()
    assert (attempt.review_decision, attempt.review_note) == ("cleared", "Fine.")
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    assert not AuditEvent.objects.filter(action__in=["attempt.reviewed", "certificate.revoked"])
