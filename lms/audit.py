"""The audit trail's guarantees: the database keeps `lms_auditevent` append-only, and its
events form a hash chain that shows an altered or a missing event.

Append-only: triggers refuse UPDATE, DELETE and TRUNCATE of the table (PostgreSQL) or UPDATE
and DELETE (SQLite, the demo), whoever sends them: the ORM, the admin, raw SQL. The one way
past them is `audit_maintenance()`: on PostgreSQL it sets `adal.audit_maintenance = 'on'`
for its own transaction, on SQLite it drops the triggers and creates them again before its
transaction commits. Nothing in the application uses it; the test suite's flush does (a
transactional test ends by emptying every table), and an operator with database access can
do the same by hand (`SET LOCAL adal.audit_maintenance = 'on'` in a transaction). Anything
changed that way breaks the chain, and `verify_audit` says where.

The chain: each event's `hash` is SHA-256 over `event_canonical()` (sorted-key JSON of its
position, time, actor snapshot, action, object, data and the previous event's hash).
"""

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connections, transaction

MAINTENANCE_SETTING = "adal.audit_maintenance"
TABLE = "lms_auditevent"

POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION lms_auditevent_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('{MAINTENANCE_SETTING}', true) IS NOT DISTINCT FROM 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only: % on {TABLE} refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
"""

POSTGRESQL_TRIGGERS = f"""
CREATE TRIGGER {TABLE}_append_only
    BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION lms_auditevent_append_only();
CREATE TRIGGER {TABLE}_append_only_truncate
    BEFORE TRUNCATE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION lms_auditevent_append_only();
"""

POSTGRESQL_DROP = f"""
DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE};
DROP TRIGGER IF EXISTS {TABLE}_append_only_truncate ON {TABLE};
DROP FUNCTION IF EXISTS lms_auditevent_append_only();
"""

# SQLite has no TRUNCATE: a DELETE without WHERE runs the DELETE trigger as well.
SQLITE_EVENTS = ("UPDATE", "DELETE")


def _sqlite_trigger(event: str) -> str:
    return (
        f"CREATE TRIGGER {TABLE}_append_only_{event.lower()} BEFORE {event} ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, 'audit events are append-only: {event} on {TABLE} "
        f"refused'); END"
    )


def audit_triggers_create(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
            cursor.execute(POSTGRESQL_TRIGGERS)
        elif connection.vendor == "sqlite":
            for event in SQLITE_EVENTS:
                cursor.execute(_sqlite_trigger(event))
        else:
            raise NotImplementedError(f"No audit triggers for {connection.vendor}.")


def audit_triggers_drop(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_DROP)
        elif connection.vendor == "sqlite":
            for event in SQLITE_EVENTS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only_{event.lower()}")


@contextmanager
def audit_maintenance(*, using: str = "default") -> Iterator[None]:
    """Let this transaction change or remove audit events (see the module's docstring). The
    switch ends with the block: on PostgreSQL it is turned off again (and a rolled-back
    block takes it back with the rest); on SQLite the triggers are back before commit."""
    connection = connections[using]
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, 'on', true)", [MAINTENANCE_SETTING])
            yield
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config(%s, 'off', true)", [MAINTENANCE_SETTING])
        else:
            audit_triggers_drop(connection)
            yield
            audit_triggers_create(connection)


# --- The chain --------------------------------------------------------------------------


def event_canonical(
    *,
    seq: int,
    created_at: datetime,
    actor_id: int | None,
    actor_name: str,
    actor_email: str,
    action: str,
    object_type: str,
    object_id: str,
    data: Any,
    prev_hash: str,
) -> bytes:
    """The bytes an event's hash is taken over. Never change it: every stored hash depends
    on it. The time is UTC with microseconds as the database keeps it."""
    return json.dumps(
        {
            "seq": seq,
            "created_at": created_at.astimezone(UTC).isoformat(),
            "actor": actor_id,
            "actor_name": actor_name,
            "actor_email": actor_email,
            "action": action,
            "object_type": object_type,
            "object_id": object_id,
            "data": _integral_floats_as_int(data),
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()


def _integral_floats_as_int(value: Any) -> Any:
    """PostgreSQL gives a stored 1e16 back as the integer 10000000000000000 (jsonb keeps
    numbers as decimals): a number's hash must not depend on which of the two it is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _integral_floats_as_int(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral_floats_as_int(item) for item in value]
    return value


def event_hash(**fields: Any) -> str:
    return hashlib.sha256(event_canonical(**fields)).hexdigest()


def stored_event_hash(event) -> str:
    """The hash an event (a model instance) should carry, from what is stored."""
    return event_hash(
        seq=event.seq,
        created_at=event.created_at,
        actor_id=event.actor_id,
        actor_name=event.actor_name,
        actor_email=event.actor_email,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        data=event.data,
        prev_hash=event.prev_hash,
    )


@dataclass(frozen=True)
class ChainCheck:
    count: int
    # The first broken link: the event's seq and id (None when the break is at the head).
    broken_seq: int | None = None
    broken_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def audit_chain_verify(*, chunk_size: int = 2000) -> ChainCheck:
    """Walk the chain in `seq` order and return the first broken link: an event whose hash
    does not match its content (altered), whose `prev_hash` is not the hash of the event
    before it or whose `seq` skips (events removed before it), or a head that names a later
    event than the last one stored (events removed from the end)."""
    from lms.models import AuditChainHead, AuditEvent

    expected_seq, previous_hash, count = 1, "", 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=chunk_size):
        if event.seq != expected_seq:
            return ChainCheck(
                count, event.seq, event.pk, f"events {expected_seq} to {event.seq - 1} are missing"
            )
        if event.prev_hash != previous_hash:
            return ChainCheck(
                count, event.seq, event.pk, "its link does not match the event before it"
            )
        if stored_event_hash(event) != event.hash:
            return ChainCheck(count, event.seq, event.pk, "its content was altered")
        expected_seq, previous_hash, count = event.seq + 1, event.hash, count + 1
    head = AuditChainHead.objects.filter(pk=AuditChainHead.ROW).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, "")
    if (head_seq, head_hash) != (expected_seq - 1, previous_hash):
        if head_seq >= expected_seq:
            problem = f"events {expected_seq} to {head_seq} (the end of the chain) are missing"
        else:
            problem = f"the chain head ({head_seq}) does not match the last event"
        return ChainCheck(count, head_seq, None, problem)
    return ChainCheck(count)
