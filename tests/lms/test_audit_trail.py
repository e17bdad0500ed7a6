"""The audit trail is append-only whatever path tries to change it (ORM, raw SQL), keeps each
actor as they were when an account is deleted, and forms a hash chain: `verify_audit` names
the first altered or missing event. Changes "by a superuser with database access" are made
under the maintenance switch, as such a person could."""

import io
import threading
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.db.utils import ConnectionHandler

from lms.audit import audit_maintenance, audit_triggers_create, event_hash
from lms.models import AuditChainHead, AuditEvent, HRScope, User
from lms.services import assignment_exempt, audit_log
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def record(count: int, *, actor=None) -> list[AuditEvent]:
    subject = UserFactory()
    return [
        audit_log(actor=actor, action=f"test.step_{n}", obj=subject, data={"n": n, "pair": (n, 0)})
        for n in range(1, count + 1)
    ]


def verify_ok() -> str:
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    return out.getvalue()


def verify_broken() -> str:
    with pytest.raises(CommandError) as caught:
        call_command("verify_audit", stdout=io.StringIO())
    assert caught.value.returncode == 1
    return str(caught.value)


def as_database_superuser(sql: str, params=()):
    """What someone with direct database access can do: take the maintenance switch."""
    with audit_maintenance(), connection.cursor() as cursor:
        cursor.execute(sql, params)


# --- The chain ---------------------------------------------------------------------------


def test_an_intact_chain_verifies_with_its_count():
    events = record(3)
    assert verify_ok() == "OK: 3 audit events, chain intact.\n"
    assert [e.seq for e in events] == [1, 2, 3]
    assert [e.prev_hash for e in events] == ["", events[0].hash, events[1].hash]


def test_data_as_the_database_gives_it_back_keeps_its_hash():
    subject = UserFactory()
    data = {"big": 1e16, "whole": 2.0, "small": 1e-7, "text": "Сыбайлас жемқорлық", "list": (1,)}
    audit_log(actor=None, action="test.numbers", obj=subject, data=data)
    assert verify_ok() == "OK: 1 audit event, chain intact.\n"


def test_an_empty_trail_verifies():
    assert verify_ok() == "OK: 0 audit events, chain intact.\n"


@pytest.mark.postgres
def test_an_altered_event_is_named_by_seq_and_id():
    events = record(3)
    as_database_superuser(
        'UPDATE lms_auditevent SET data = \'{"n": 99, "pair": [2, 0]}\' WHERE id = %s',
        [events[1].pk],
    )
    message = verify_broken()
    assert f"seq 2 (id {events[1].pk})" in message
    assert "altered" in message


@pytest.mark.postgres
def test_an_altered_actor_snapshot_is_named():
    officer = UserFactory(first_name="Scope", last_name="Officer")
    events = record(2, actor=officer)
    as_database_superuser(
        "UPDATE lms_auditevent SET actor_name = 'Someone Else' WHERE id = %s", [events[0].pk]
    )
    assert f"seq 1 (id {events[0].pk})" in verify_broken()


@pytest.mark.postgres
def test_an_event_rewritten_with_a_matching_hash_breaks_the_next_link():
    events = record(3)
    forged = {
        "seq": 2,
        "created_at": events[1].created_at,
        "actor_id": None,
        "actor_name": "",
        "actor_email": "",
        "action": "test.nothing_happened",
        "object_type": events[1].object_type,
        "object_id": events[1].object_id,
        "data": {},
        "prev_hash": events[0].hash,
    }
    as_database_superuser(
        "UPDATE lms_auditevent SET action = %s, data = '{}', hash = %s WHERE id = %s",
        [forged["action"], event_hash(**forged), events[1].pk],
    )
    message = verify_broken()
    assert f"seq 3 (id {events[2].pk})" in message
    assert "does not match the event before it" in message


@pytest.mark.postgres
def test_a_removed_event_is_named_as_a_gap():
    events = record(4)
    as_database_superuser("DELETE FROM lms_auditevent WHERE id = %s", [events[1].pk])
    message = verify_broken()
    assert f"seq 3 (id {events[2].pk})" in message
    assert "events 2 to 2 are missing" in message


@pytest.mark.postgres
def test_events_removed_from_the_end_are_named():
    events = record(3)
    as_database_superuser("DELETE FROM lms_auditevent WHERE id = %s", [events[2].pk])
    message = verify_broken()
    assert "seq 3" in message
    assert "the end of the chain" in message


# --- Append-only -------------------------------------------------------------------------


def _raw(sql):
    def change(event):
        with connection.cursor() as cursor:
            cursor.execute(sql.format(id=event.pk))

    return change


CHANGES = {
    "ORM update": lambda e: AuditEvent.objects.filter(pk=e.pk).update(action="test.changed"),
    "ORM queryset delete": lambda e: AuditEvent.objects.filter(pk=e.pk).delete(),
    "ORM instance delete": lambda e: e.delete(),
    "raw UPDATE": _raw("UPDATE lms_auditevent SET action = 'test.changed' WHERE id = {id}"),
    "raw DELETE": _raw("DELETE FROM lms_auditevent WHERE id = {id}"),
    "raw DELETE of all": _raw("DELETE FROM lms_auditevent"),
    "raw TRUNCATE": _raw("TRUNCATE lms_auditevent"),
}


@pytest.mark.postgres
@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_the_database_refuses_to_change_or_remove_an_event(change):
    event = record(2)[0]
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        change(event)
    assert AuditEvent.objects.filter(action__startswith="test.step").count() == 2
    assert AuditEvent.objects.get(pk=event.pk).action == event.action
    assert verify_ok() == "OK: 2 audit events, chain intact.\n"


def test_saving_an_event_again_is_refused():
    event = record(1)[0]
    event.action = "test.changed"
    with pytest.raises(ValueError, match="append-only"):
        event.save()


@pytest.mark.postgres
def test_the_maintenance_switch_ends_with_its_block():
    event = record(1)[0]
    with audit_maintenance():
        pass
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="test.changed")


def test_sqlite_triggers_refuse_changes_except_under_maintenance(tmp_path, monkeypatch):
    """The demo's database: the same guarantee with SQLite triggers, on a file of its own
    (made the default connection of this test's transaction and maintenance code)."""
    handler = ConnectionHandler(
        {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "a.db")}}
    )
    monkeypatch.setattr("django.db.transaction.connections", handler)
    monkeypatch.setattr("lms.audit.connections", handler)
    sqlite = handler["default"]
    try:
        with sqlite.schema_editor() as editor:
            editor.create_model(AuditEvent)
        audit_triggers_create(sqlite)
        with sqlite.cursor() as cursor:
            cursor.execute(
                "INSERT INTO lms_auditevent (seq, created_at, actor_name, actor_email, action, "
                "object_type, object_id, data, prev_hash, hash) "
                "VALUES (1, '2026-12-03 09:00:00', '', '', 'a', 'lms.user', '1', '{}', '', 'h')"
            )
        for sql in ("UPDATE lms_auditevent SET action = 'b'", "DELETE FROM lms_auditevent"):
            with pytest.raises(DatabaseError, match="append-only"), sqlite.cursor() as cursor:
                cursor.execute(sql)
        with audit_maintenance(), sqlite.cursor() as cursor:
            cursor.execute("UPDATE lms_auditevent SET action = 'b'")
        with pytest.raises(DatabaseError, match="append-only"), sqlite.cursor() as cursor:
            cursor.execute("DELETE FROM lms_auditevent")  # the triggers are back
        with sqlite.cursor() as cursor:
            cursor.execute("SELECT action FROM lms_auditevent")
            assert cursor.fetchall() == [("b",)]
    finally:
        sqlite.close()


# --- The actor as they were --------------------------------------------------------------


def test_deleting_an_account_keeps_its_events_and_who_it_was():
    officer = UserFactory(
        first_name="Scope", last_name="Officer", email="scope.officer@example.com"
    )
    officer_id = officer.pk
    event = record(1, actor=officer)[0]
    officer.delete()
    assert not User.objects.filter(pk=officer_id).exists()
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor_id, event.actor_name, event.actor_email) == (
        officer_id,
        "Officer Scope",
        "scope.officer@example.com",
    )
    assert verify_ok() == "OK: 1 audit event, chain intact.\n"


def test_an_event_without_actor_has_an_empty_snapshot():
    event = record(1)[0]
    assert (event.actor_id, event.actor_name, event.actor_email) == (None, "", "")


def test_the_hr_audit_log_names_a_colleague_whose_account_was_deleted(client, hr, tree, course):
    colleague = UserFactory(
        first_name="Other", last_name="Colleague", email="other.colleague@example.com"
    )
    HRScope.objects.create(user=colleague, unit=tree["dept"])
    servant = ServantProfileFactory(unit=tree["team"]).user
    assignment = AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)
    assignment_exempt(assignment=assignment, reason="Long leave", by=colleague)
    assignment_exempt(
        assignment=AssignmentFactory(
            servant=ServantProfileFactory(unit=tree["team"]).user,
            cycle=assignment.cycle,
            course=course,
        ),
        reason="Leave",
        by=None,
    )
    colleague.delete()
    page = client.get("/hr/audit/")
    assert page.status_code == 200
    rows = [
        (event.action, event.object_id)
        for event in page.context["page"].object_list
        if event.action == "assignment.exempted"
    ]
    assert len(rows) == 2
    html = page.content.decode()
    assert "Colleague Other" in html
    assert "system" in html  # the exemption without an actor


@pytest.mark.postgres
def test_removing_seeded_servants_leaves_their_events(course):
    from demo.scale import SCALE_DOMAIN

    call_command("seed_scale", servants=10, verbosity=0, stdout=io.StringIO())
    seeded = User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}").first()
    event = record(1, actor=seeded)[0]
    call_command("seed_scale", servants=0, reset=True, verbosity=0, stdout=io.StringIO())
    assert not User.objects.filter(pk=seeded.pk).exists()
    assert AuditEvent.objects.get(pk=event.pk).actor_email == seeded.email
    assert verify_ok().startswith("OK: ")


# --- Concurrent writers ------------------------------------------------------------------


def _in_thread(target, errors):
    def run():
        try:
            target()
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connection.close()

    return threading.Thread(target=run)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_writer_appending_while_another_has_not_committed_links_after_it():
    subject = UserFactory()
    audit_log(actor=None, action="test.start", obj=subject)
    first_appended = threading.Event()
    errors = []

    def first():
        try:
            with transaction.atomic():
                audit_log(actor=None, action="test.first", obj=subject)
                first_appended.set()
                time.sleep(0.5)  # the second writer appends meanwhile
        finally:
            first_appended.set()

    def second():
        first_appended.wait(timeout=10)
        audit_log(actor=None, action="test.second", obj=subject)

    threads = [_in_thread(first, errors), _in_thread(second, errors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    actions = list(AuditEvent.objects.order_by("seq").values_list("seq", "action"))
    assert actions == [(1, "test.start"), (2, "test.first"), (3, "test.second")]
    assert verify_ok() == "OK: 3 audit events, chain intact.\n"
    assert AuditChainHead.objects.get().seq == 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_many_writers_at_once_keep_one_chain():
    subject = UserFactory()
    start = threading.Barrier(4)
    errors = []

    def writer():
        start.wait(timeout=10)
        for n in range(10):
            audit_log(actor=None, action="test.concurrent", obj=subject, data={"n": n})

    threads = [_in_thread(writer, errors) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert verify_ok() == "OK: 40 audit events, chain intact.\n"
