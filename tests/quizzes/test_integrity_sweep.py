"""Nothing is lost when the broker is down: an integrity check that could not be queued is run
by the periodic sweep (in-process here, and on a real worker on Redis), once; the reminders
and the certificate PDFs have their own catch-up, and the beat schedule runs all three."""

import datetime
import logging
import threading
import time

import psycopg
import pytest
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F

from lms.celery_app import app
from lms.models import Assignment
from lms.reminders import reminders_send
from quizzes.integrity import attempt_check_integrity, attempts_check_integrity_missed
from quizzes.models import Attempt, AttemptFlag, FlagKind
from quizzes.services import attempt_start, attempt_submit
from quizzes.tasks import check_missed_integrity
from tests import clock
from tests.certificates.test_celery_worker import wait_for
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory
from tests.helpers import celery_sending_to, choice_ids
from tests.quizzes.test_attempt import start, submit

# Nothing listens on port 1: connecting is refused, exactly as with a stopped Redis.
DEAD_BROKER = "redis://127.0.0.1:1/0"


def _flags(attempt) -> list[tuple[str, dict]]:
    return list(AttemptFlag.objects.filter(attempt=attempt).values_list("kind", "detail"))


@pytest.mark.django_db
def test_a_check_not_queued_during_an_outage_is_run_by_the_sweep_once(
    client, ready, django_capture_on_commit_callbacks, caplog
):
    """Passed in seconds (far below a fifth of the 30-minute limit): the check would flag it as
    too fast, but its task cannot be queued. The sweep runs it; a second run does nothing."""
    attempt = start(client, ready)
    with (
        celery_sending_to(DEAD_BROKER),
        caplog.at_level(logging.WARNING, logger="lms.tasking"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = submit(client, attempt, correct=True)
    assert "You passed the final test" in response.content.decode()
    assert "check_attempt_integrity" in caplog.text and "was not queued" in caplog.text
    attempt.refresh_from_db()
    assert attempt.passed and attempt.integrity_checked_at is None
    assert _flags(attempt) == []  # nothing checked it

    assert check_missed_integrity.apply().get() == 1
    attempt.refresh_from_db()
    assert attempt.integrity_checked_at is not None
    assert _flags(attempt) == [(FlagKind.TOO_FAST, {"seconds": 0, "expected": 1800})]

    assert check_missed_integrity.apply().get() == 0  # nothing left to check
    attempt_check_integrity(attempt=attempt)  # a late duplicate of the lost task
    assert len(_flags(attempt)) == 1


@pytest.mark.django_db
def test_an_attempt_checked_on_submission_is_left_alone_by_the_sweep(
    client, ready, django_capture_on_commit_callbacks
):
    attempt = start(client, ready)
    with django_capture_on_commit_callbacks(execute=True):  # the broker is up: checked at once
        submit(client, attempt, correct=True)
    attempt.refresh_from_db()
    assert attempt.integrity_checked_at is not None
    assert len(_flags(attempt)) == 1
    assert attempts_check_integrity_missed() == 0
    assert len(_flags(attempt)) == 1


@pytest.mark.django_db
def test_a_long_backlog_is_worked_off_oldest_first_a_batch_per_run(assignment, frozen_time):
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()
    attempts = []
    for _ in range(3):
        attempt = attempt_start(
            user=assignment.servant, quiz=assignment.course.specific.final_quiz,
            assignment=assignment, language="en",
        )  # fmt: skip
        attempt_submit(attempt=attempt)  # on-commit callbacks never run: as if not queued
        attempts.append(attempt)
        frozen_time.shift(datetime.timedelta(minutes=1))
    assert attempts_check_integrity_missed(batch=2) == 2
    checked = set(
        Attempt.objects.filter(integrity_checked_at__isnull=False).values_list("pk", flat=True)
    )
    assert checked == {attempts[0].pk, attempts[1].pk}
    assert attempts_check_integrity_missed(batch=2) == 1
    assert attempts_check_integrity_missed(batch=2) == 0


@pytest.mark.django_db
def test_the_database_refuses_a_second_too_fast_flag_for_one_attempt(client, ready):
    """Two checks of one attempt at once (its task and the sweep) cannot both flag it."""
    attempt = start(client, ready)
    submit(client, attempt, correct=True)
    AttemptFlag.objects.create(attempt=attempt, kind=FlagKind.TOO_FAST)
    with pytest.raises(IntegrityError), transaction.atomic():
        AttemptFlag.objects.create(attempt=attempt, kind=FlagKind.TOO_FAST)


# --- the other catch-ups and the schedule ------------------------------------------------


def test_the_beat_schedule_runs_every_catch_up_and_each_task_exists():
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    catch_ups = {
        "quizzes.tasks.check_missed_integrity",
        "certificates.tasks.render_missing_certificates",
        "lms.tasks.send_reminders",
        "quizzes.tasks.finalise_expired_attempts",
        "hr.tasks.requeue_stuck_exports",
        "hr.tasks.delete_expired_exports",
    }
    assert catch_ups <= scheduled
    assert scheduled <= set(app.tasks)


@pytest.mark.django_db
def test_reminders_of_a_day_whose_run_was_lost_go_out_the_next_day(course, mailoutbox):
    """`send_reminders` sends whatever is due and not yet sent (each email is logged under a
    unique key): a day lost to an outage is caught up by the next day's run."""
    today = clock.TODAY
    servant = ServantProfileFactory().user
    AssignmentFactory(
        servant=servant, cycle=TrainingCycleFactory(), course=course,
        due_on=today + datetime.timedelta(days=7),
    )  # fmt: skip
    # The run of `today` never happened; the next day's run sends the 7-day reminder.
    reminders_send(today=today + datetime.timedelta(days=1))
    assert [m.to for m in mailoutbox] == [[servant.email]]
    reminders_send(today=today + datetime.timedelta(days=2))
    assert len(mailoutbox) == 1


# --- on a real worker --------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.celery_worker
@pytest.mark.real_clock  # the worker process reads the real clock
@pytest.mark.django_db(transaction=True)
def test_on_a_real_worker_the_sweep_runs_the_check_the_outage_lost(assignment, worker, caplog):
    """The broker is unreachable while a servant passes in seconds: the check is not queued.
    With the broker back, the sweep is queued and the worker runs it: the flag is there."""
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()
    attempt = attempt_start(
        user=assignment.servant, quiz=assignment.course.specific.final_quiz,
        assignment=assignment, language="en",
    )  # fmt: skip
    with (
        celery_sending_to(DEAD_BROKER),
        caplog.at_level(logging.WARNING, logger="lms.tasking"),
    ):
        result = attempt_submit(attempt=attempt, answers=choice_ids(attempt, correct=True))
    assert result.attempt.passed
    assert "was not queued" in caplog.text
    time.sleep(1)  # had it been queued somewhere, the worker would be at it by now
    attempt.refresh_from_db()
    assert attempt.integrity_checked_at is None and not _flags(attempt)

    check_missed_integrity.delay()
    wait_for(
        lambda: AttemptFlag.objects.filter(attempt=attempt, kind=FlagKind.TOO_FAST).exists(),
        120,
        worker,
        "no flag after the sweep",
    )
    attempt.refresh_from_db()
    assert attempt.integrity_checked_at is not None
    assert len(_flags(attempt)) == 1
    log = worker.read_text()
    assert "Task quizzes.tasks.check_missed_integrity[" in log
    assert "Task quizzes.tasks.check_attempt_integrity[" not in log  # the lost one never came


# --- at once -------------------------------------------------------------------------------


def _dsn() -> str:
    db = connection.settings_dict
    return f"postgresql://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _someone_waits_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        )
        return cursor.fetchone()[0] > 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_check_running_while_another_is_unfinished_does_not_flag_twice(assignment, frozen_time):
    """Another session is in the middle of checking the attempt: it has flagged it and not yet
    committed (its task, say, while the sweep starts on the same attempt). The second check
    waits for it and finds the flag: one flag, not two."""
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()
    attempt = attempt_start(
        user=assignment.servant, quiz=assignment.course.specific.final_quiz,
        assignment=assignment, language="en",
    )  # fmt: skip
    with celery_sending_to(DEAD_BROKER):  # its task is lost: nothing has checked it yet
        attempt_submit(attempt=attempt, answers=choice_ids(attempt, correct=True))

    first = psycopg.connect(_dsn(), autocommit=False)
    first.execute("SELECT 1 FROM quizzes_attempt WHERE id = %s FOR NO KEY UPDATE", [attempt.pk])
    first.execute(
        "INSERT INTO quizzes_attemptflag (attempt_id, kind, detail, created_at) "
        "VALUES (%s, 'too_fast', '{\"seconds\": 0, \"expected\": 1800}', now())",
        [attempt.pk],
    )
    errors: list[BaseException] = []

    def second_check():
        try:
            attempt_check_integrity(attempt=Attempt.objects.get(pk=attempt.pk))
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    second = threading.Thread(target=second_check)
    try:
        second.start()
        deadline = time.monotonic() + 30
        while second.is_alive() and not _someone_waits_on_a_lock():
            assert time.monotonic() < deadline, "the second check neither waited nor finished"
            time.sleep(0.1)
        first.commit()
    finally:
        first.close()
    second.join(timeout=30)

    assert not errors
    assert _flags(attempt) == [(FlagKind.TOO_FAST, {"seconds": 0, "expected": 1800})]
    attempt.refresh_from_db()
    assert attempt.integrity_checked_at is not None
