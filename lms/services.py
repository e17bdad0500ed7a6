from __future__ import annotations

import datetime
import hashlib
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

from django.db import connection, transaction
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import event_hash
from lms.exceptions import DeadlineExtensionRefused, NoAssignmentRule, OutsideHRScope
from lms.models import (
    ApiKey,
    Assignment,
    AssignmentRule,
    AssignmentStatus,
    AuditChainHead,
    AuditEvent,
    Language,
    ServantProfile,
    TrainingCycle,
    User,
)
from lms.notifications import notify_assigned_on_commit
from lms.selectors import (
    course_annual_id,
    course_lesson_totals,
    cycle_open_on,
    hr_units,
    user_in_hr_scope,
)

logger = logging.getLogger(__name__)


def hr_check_servant_in_scope(*, by: User | None, servant: User) -> None:
    """An HR write on a servant: `by` (None: the system or an operator) must be a superuser or
    an HR officer whose scopes cover the servant's unit."""
    if by is not None and not by.is_superuser and not user_in_hr_scope(hr_user=by, servant=servant):
        raise OutsideHRScope()


def hr_check_unit_in_scope(*, by: User | None, unit) -> None:
    """An HR write on a unit: `by` (None: the system or an operator) must see the unit."""
    if by is not None and not hr_units(user=by).filter(pk=unit.pk).exists():
        raise OutsideHRScope()


def audit_log(*, actor: User | None, action: str, obj: Any, data: dict | None = None) -> AuditEvent:
    """Append an event to the audit chain. The chain head's row lock is held until the
    caller's transaction ends, so that appends link one after another in commit order; call
    it late in a long transaction."""
    actor = actor if actor is not None and actor.is_authenticated else None
    # The data as the database gives it back (tuples become lists), so that the hash taken
    # now is the hash `verify_audit` takes from the stored row.
    data = json.loads(json.dumps(data or {}))
    with transaction.atomic(savepoint=False):
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=AuditChainHead.ROW)
        fields = {
            "seq": head.seq + 1,
            "created_at": timezone.now(),
            "actor_id": actor.pk if actor else None,
            "actor_name": actor.get_full_name()[:255] if actor else "",
            "actor_email": actor.email if actor else "",
            "action": action,
            "object_type": obj._meta.label_lower,
            "object_id": str(obj.pk),
            "data": data,
            "prev_hash": head.hash,
        }
        event = AuditEvent.objects.create(**fields, hash=event_hash(**fields))
        head.seq, head.hash = event.seq, event.hash
        head.save(update_fields=["seq", "hash"])
    return event


@transaction.atomic
def assignment_update_progress(
    *,
    assignment: Assignment,
    lessons_done: int | None = None,
    lessons_total: int | None = None,
) -> Assignment:
    """Record the lesson counts the course reports and derive the status from them. A
    completed or exempt assignment is left as it is (the row is locked to find that out)."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        return assignment
    if lessons_done is not None:
        assignment.lessons_done = lessons_done
    if lessons_total is not None:
        assignment.lessons_total = lessons_total
    if assignment.lessons_done:
        assignment.status = AssignmentStatus.IN_PROGRESS
    assignment.save()
    return assignment


@transaction.atomic
def assignment_mark_completed(*, assignment: Assignment) -> Assignment | None:
    """Mark the assignment completed (its final test was passed) and return it; None when it
    already was completed or is exempt, so that nothing follows from a second completion.

    The row is locked until the caller's transaction ends: of concurrent completions one
    completes the assignment and the others see it completed. Called by the completion
    service (`certificates.services.assignment_complete`), which issues the certificate in
    the same transaction."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        return None
    assignment.status = AssignmentStatus.COMPLETED
    assignment.completed_at = timezone.now()
    assignment.save()
    audit_log(actor=assignment.servant, action="assignment.completed", obj=assignment)
    return assignment


def assignment_mark_started(*, assignment: Assignment) -> Assignment:
    if assignment.status == AssignmentStatus.NOT_STARTED:
        Assignment.objects.filter(pk=assignment.pk, status=AssignmentStatus.NOT_STARTED).update(
            status=AssignmentStatus.IN_PROGRESS, updated_at=timezone.now()
        )
        assignment.status = AssignmentStatus.IN_PROGRESS
    return assignment


def user_set_language(*, user: User, language: str) -> None:
    if language in Language.values and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


NEW_HIRE_DAYS = 30


def assignment_due_on(*, cycle, hired_on):
    """Servants hired after the cycle opened get NEW_HIRE_DAYS from their first day."""
    if hired_on and hired_on > cycle.opens_on:
        return hired_on + datetime.timedelta(days=NEW_HIRE_DAYS)
    return cycle.due_on


def _rule_targets(course_page_id: int | None, *, user_ids: list[int] | None = None):
    """(course id, servant profiles) pairs: one course for everyone, or the active rules, or
    (without rules) the annual course for everyone. `user_ids` narrows to those servants."""
    active = ServantProfile.objects.filter(active=True)
    if user_ids is not None:
        active = active.filter(user_id__in=user_ids)
    if course_page_id is not None:
        return [(course_page_id, active)]
    rules = list(AssignmentRule.objects.filter(active=True).select_related("unit"))
    if not rules:
        course_page_id = course_annual_id()
        if course_page_id is None:
            raise NoAssignmentRule()
        return [(course_page_id, active)]
    targets = []
    for rule in rules:
        servants = active
        if rule.categories:
            servants = servants.filter(category__in=rule.categories)
        if rule.unit is not None:
            servants = servants.filter(unit__path__startswith=rule.unit.path)
        targets.append((rule.course_id, servants))
    return targets


def _assignments_create(
    *, cycle, course_id: int, servants, due_on: Callable, totals: dict | None = None
) -> None:
    """Assign the course to the servants (profiles) who do not hold it yet in the cycle;
    `due_on(hired_on)` gives each one's due date."""
    # How many lessons a servant must read depends on the language they read in.
    if totals is None:
        totals = course_lesson_totals(course_page_id=course_id)
    batch: list[Assignment] = []
    rows = servants.values_list("user_id", "hired_on", "user__preferred_language")
    for servant_id, hired_on, language in rows.iterator(chunk_size=5000):
        batch.append(
            Assignment(
                servant_id=servant_id,
                cycle=cycle,
                course_id=course_id,
                due_on=due_on(hired_on),
                lessons_total=totals.get(language, totals[None]),
            )
        )
        if len(batch) == 5000:
            Assignment.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Assignment.objects.bulk_create(batch, ignore_conflicts=True)


@transaction.atomic
def cycle_open(
    *,
    year: int,
    course_page_id: int | None = None,
    due_on=None,
    opens_on=None,
    actor: User | None = None,
):
    """Create (or keep) the year's cycle and assign courses to every active servant: one
    course to everyone, or by the active assignment rules, or (without rules) the annual
    course (`lms.selectors.course_annual_id`) to everyone.

    Idempotent: servants who already hold an assignment are left as they are; a run that
    changes nothing is not audited.
    """
    cycle, created = TrainingCycle.objects.get_or_create(
        year=year,
        defaults={
            "opens_on": opens_on or datetime.date(year, 1, 1),
            "due_on": due_on or datetime.date(year, 12, 1),
        },
    )
    changed = created
    if not created and due_on and cycle.due_on != due_on:
        cycle.due_on = due_on
        cycle.save(update_fields=["due_on"])
        changed = True
    held_before = 0 if created else cycle.assignments.count()
    for course_id, servants in _rule_targets(course_page_id):
        _assignments_create(
            cycle=cycle,
            course_id=course_id,
            servants=servants,
            due_on=lambda hired_on: assignment_due_on(cycle=cycle, hired_on=hired_on),
        )
    assigned = cycle.assignments.count() - held_before
    if changed or assigned:  # running it again with nothing to do leaves no trace
        audit_log(
            actor=actor,
            action="cycle.opened",
            obj=cycle,
            data={"course": course_page_id, "assigned": assigned},
        )
    notify_assigned_on_commit(cycle_id=cycle.pk)
    return cycle


def _servants_with_user_ids(servants, user_ids: list[int]):
    """`servants.filter(user_id__in=user_ids)` for a first import of a whole organisation
    (100,000 people): on PostgreSQL one array parameter, elsewhere slices of 5,000."""
    if connection.vendor == "postgresql":
        column = f'"{ServantProfile._meta.db_table}"."user_id"'
        yield servants.filter(RawSQL(f"{column} = ANY(%s)", (user_ids,), BooleanField()))
        return
    for start in range(0, len(user_ids), 5000):
        yield servants.filter(user_id__in=user_ids[start : start + 5000])


def arrival_due_on(*, cycle: TrainingCycle, arrived_on: datetime.date) -> datetime.date:
    """Who arrives once the cycle is open has at least NEW_HIRE_DAYS, even after its due date."""
    if arrived_on > cycle.opens_on:
        return max(cycle.due_on, arrived_on + datetime.timedelta(days=NEW_HIRE_DAYS))
    return cycle.due_on


@transaction.atomic
def servants_assign_on_arrival(*, user_ids: list[int], actor: User | None = None) -> int:
    """Servants who arrive (created, or made active again) while the year's cycle is open are
    assigned at once, by the same rules as `cycle_open`, due `arrival_due_on`. Returns how
    many assignments were created; nothing happens before the cycle opens (`cycle_open`
    assigns them then). Without a rule or an annual course the error is logged, not raised:
    the people are saved and the cycle's opening reports the missing course."""
    today = timezone.localdate()
    cycle = cycle_open_on(day=today)
    if cycle is None or not user_ids:
        return 0
    try:
        targets = _rule_targets(None)
    except NoAssignmentRule:
        logger.error(
            "Cycle %s is open but has no assignment rule and no annual course: %d arriving "
            "servants were not assigned.",
            cycle.year,
            len(user_ids),
        )
        return 0
    due = arrival_due_on(cycle=cycle, arrived_on=today)
    before = Assignment.objects.filter(cycle=cycle).count()
    for course_id, servants in targets:
        totals = course_lesson_totals(course_page_id=course_id)
        for arriving in _servants_with_user_ids(servants, user_ids):
            _assignments_create(
                cycle=cycle,
                course_id=course_id,
                servants=arriving,
                due_on=lambda _hired_on: due,
                totals=totals,
            )
    created = Assignment.objects.filter(cycle=cycle).count() - before
    if created:
        audit_log(
            actor=actor,
            action="cycle.joined",
            obj=cycle,
            data={"assignments": created, "due_on": due.isoformat()},
        )
        notify_assigned_on_commit(cycle_id=cycle.pk)
    return created


@transaction.atomic
def assignment_exempt(*, assignment: Assignment, reason: str, by: User | None) -> Assignment:
    """Exempt a servant from a cycle (long leave, etc.). A completed assignment stays completed.
    An HR officer (`by`) may exempt only servants in their scope."""
    hr_check_servant_in_scope(by=by, servant=assignment.servant)
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status == AssignmentStatus.COMPLETED:
        return assignment
    assignment.status = AssignmentStatus.EXEMPT
    assignment.exempt_reason = reason
    assignment.save(update_fields=["status", "exempt_reason", "updated_at"])
    audit_log(actor=by, action="assignment.exempted", obj=assignment, data={"reason": reason})
    return assignment


def api_key_create(*, organisation, name: str, by: User | None = None) -> tuple[object, str]:
    """A new API key; the clear key is returned once and never stored."""
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    clear = f"adal_{prefix}_{secret}"
    key = ApiKey.objects.create(
        organisation=organisation,
        name=name,
        prefix=prefix,
        key_hash=hashlib.sha256(clear.encode()).hexdigest(),
        created_by=by,
    )
    audit_log(actor=by, action="api_key.created", obj=key, data={"name": name})
    return key, clear


def api_key_revoke(*, key, by: User | None = None):
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        audit_log(actor=by, action="api_key.revoked", obj=key)
    return key


def assignments_exempt_inactive(*, profile_ids: list[int], reason: str, by: User | None) -> int:
    """Deactivated servants' open assignments become exempt, with the reason recorded."""
    open_assignments = Assignment.objects.filter(
        servant__servant_profile__pk__in=profile_ids,
        servant__servant_profile__active=False,
    ).exclude(status__in=[AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT])
    count = 0
    for assignment in open_assignments:
        assignment_exempt(assignment=assignment, reason=reason, by=by)
        count += 1
    return count


@transaction.atomic
def hr_scope_grant(*, scope, by: User | None):
    scope.save()
    audit_log(
        actor=by, action="hr_scope.granted", obj=scope,
        data={"user": scope.user_id, "unit": scope.unit.code},
    )  # fmt: skip
    return scope


@transaction.atomic
def hr_scope_withdraw(*, scope, by: User | None) -> None:
    audit_log(
        actor=by, action="hr_scope.withdrawn", obj=scope,
        data={"user": scope.user_id, "unit": scope.unit.code},
    )  # fmt: skip
    scope.delete()


@transaction.atomic
def assignment_reopen(*, assignment: Assignment, by: User | None) -> Assignment:
    """Undo a completion (its certificate was revoked): the servant passes the test again."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status == AssignmentStatus.COMPLETED:
        assignment.status = AssignmentStatus.IN_PROGRESS
        assignment.completed_at = None
        assignment.save(update_fields=["status", "completed_at", "updated_at"])
        audit_log(actor=by, action="assignment.reopened", obj=assignment)
    return assignment


# --- HR: a later deadline for one servant, seminar attendance ---------------------------------

# How far into the next year a servant's deadline may be moved (the cycle's reports close then).
EXTENSION_MAX_DAYS_AFTER_YEAR_END = 90


def assignment_latest_due(*, assignment: Assignment) -> datetime.date:
    return datetime.date(assignment.cycle.year, 12, 31) + datetime.timedelta(
        days=EXTENSION_MAX_DAYS_AFTER_YEAR_END
    )


@transaction.atomic
def assignment_extend_due(
    *, assignment: Assignment, due_on: datetime.date, reason: str, by: User | None
) -> Assignment:
    """Give one servant a later deadline, with the reason (audited with the old and new date).
    The new date is after today and after the current deadline, and at most
    EXTENSION_MAX_DAYS_AFTER_YEAR_END days after the end of the cycle's year."""
    hr_check_servant_in_scope(by=by, servant=assignment.servant)
    reason = reason.strip()
    if not reason:
        raise DeadlineExtensionRefused(_("Give a reason for the extension."))
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        raise DeadlineExtensionRefused(
            _("This training is completed or exempt: its deadline no longer applies.")
        )
    if due_on <= timezone.localdate() or due_on <= assignment.due_on:
        raise DeadlineExtensionRefused(
            _("The new deadline must be later than today and than the current deadline.")
        )
    latest = assignment_latest_due(assignment=assignment)
    if due_on > latest:
        raise DeadlineExtensionRefused(
            _("The deadline can be extended to %(date)s at the latest.")
            % {"date": latest.strftime("%d.%m.%Y")}
        )
    previous = assignment.due_on
    assignment.due_on = due_on
    assignment.save(update_fields=["due_on", "updated_at"])
    audit_log(
        actor=by,
        action="assignment.due_extended",
        obj=assignment,
        data={"from": previous.isoformat(), "to": due_on.isoformat(), "reason": reason},
    )
    return assignment


def seminar_credit_label(*, title: str, held_on: datetime.date) -> str:
    return f"{title} · {held_on:%d.%m.%Y}"[:255]


@transaction.atomic
def assignment_record_seminar(
    *, servant_id: int, title: str, held_on: datetime.date, attended: bool, by: User | None
) -> int:
    """Keep the servant's assignments of the seminar's year in step with their recorded
    attendance (`Assignment.seminar_credit`): set when they attended (the first seminar of the
    year is kept), cleared when that seminar's attendance is taken back. Whether it stands for
    the lessons is the cycle's setting, read when the test is started. Returns how many
    assignments changed."""
    label = seminar_credit_label(title=title, held_on=held_on)
    changed = 0
    assignments = Assignment.objects.select_for_update().filter(
        servant_id=servant_id, cycle__year=held_on.year
    )
    for assignment in assignments.order_by("pk"):
        if attended and not assignment.seminar_credit:
            assignment.seminar_credit = label
        elif not attended and assignment.seminar_credit == label:
            assignment.seminar_credit = ""
        else:
            continue
        assignment.save(update_fields=["seminar_credit", "updated_at"])
        audit_log(
            actor=by,
            action="assignment.seminar_recorded",
            obj=assignment,
            data={"seminar": label, "attended": attended},
        )
        changed += 1
    return changed
