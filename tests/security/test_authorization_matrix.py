"""Who may do what, for every URL of the project.

The table below is checked against the URL configuration itself: a URL added to the project
without an entry here makes `test_every_url_has_an_entry` fail, and an entry whose URL is gone
makes `test_every_entry_is_a_url` fail. Each entry says, for every role, what a request gets:

- ``OK``: 200 (a page, a file, JSON);
- ``DONE``: a redirect that is not to the login page (a form post that did its work);
- ``LOGIN``: a redirect to the login page;
- ``NOT_FOUND``: 404 — objects outside the caller's scope are 404, never 403, so that their
  existence is not disclosed;
- ``BAD_REQUEST``: 400 (a form with errors shown on the page, nothing written);
- ``UNAUTHORISED``: 401 (the API without a valid key);
- ``ADMIN_HOME``: an admin user without the permission a view needs is sent back to the
  admin's dashboard with a message (Wagtail's answer to PermissionDenied).

Every HR write (a POST under /hr/) also says what it may change (`state`, read before and
after the request) and which roles change it (`changes`): for every other role the state
must be the same afterwards. The HR writes are each tried on a target in the department
`sec-a-dept` and on one in its sibling `sec-a-side`, as the officers of the whole
organisation (``hr_in_scope``), of each department and of the other organisation.

Third-party areas (the Wagtail admin, the Django admin, the account pages) are covered by
prefix rules with sample URLs; views of this project's own apps inside them need an entry.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import F
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import timezone

from certificates.models import Certificate, CertificateBundle, CertificateCopy
from certificates.services import certificate_revoke
from hr.models import ExportJob
from hr.views import IMPORT_SESSION_KEY
from lms.models import (
    Assignment,
    AssignmentStatus,
    Invitation,
    ReminderKind,
    ReminderLog,
    ServantProfile,
)
from lms.notifications import topic_enabled, unsubscribe_token
from quizzes.models import Attempt, AttemptFlag, FlagKind, Quiz
from quizzes.services import attempt_start, attempt_submit
from tests.clock import YEAR
from tests.security.world import World

ROLES = (
    "anonymous",
    "servant",
    "other_servant",
    "hr_in_scope",  # the whole organisation A
    "hr_department",  # its department sec-a-dept (the servant's)
    "hr_sibling_department",  # its other department, sec-a-side
    "hr_out_of_scope",  # organisation B
    "editor",
    "moderator",
    "api_key_other_org",
    "api_key_own_org",
    "superuser",
)
API_ROLES = ("api_key_other_org", "api_key_own_org")
SIGNED_IN = tuple(r for r in ROLES if r not in ("anonymous", *API_ROLES))
HR = ("hr_in_scope", "hr_department", "hr_sibling_department", "hr_out_of_scope", "superuser")
STAFF = ("editor", "moderator", "superuser")

OK, DONE, LOGIN, NOT_FOUND, UNAUTHORISED, ADMIN_HOME = "200", "done", "login", "404", "401", "home"
BAD_REQUEST = "400"
PREPARING = "503"  # a file asked for and not ready yet
GONE = "410"  # a revoked certificate's file, asked for by its holder
PROJECT_APPS = ("lms", "legal", "courses", "quizzes", "certificates", "cms", "hr")


def roles(default: str, **overrides: str) -> dict[str, str]:
    """The same outcome for every role, but for those named."""
    unknown = set(overrides) - set(ROLES)
    assert not unknown, unknown
    return {role: overrides.get(role, default) for role in ROLES}


def signed_in(outcome: str, **overrides: str) -> dict[str, str]:
    """`outcome` for signed-in users; a login redirect for everyone else."""
    return roles(LOGIN, **{**dict.fromkeys(SIGNED_IN, outcome), **overrides})


def hr_only(*, in_scope: str, out_of_scope: str, **overrides: str) -> dict[str, str]:
    """HR pages about the department sec-a-dept: the officers' scope decides (the sibling
    department's officer is out of it); everyone else signed in gets 404."""
    return signed_in(
        NOT_FOUND,
        **{
            "hr_in_scope": in_scope,
            "hr_department": in_scope,
            "hr_sibling_department": out_of_scope,
            "hr_out_of_scope": out_of_scope,
            "superuser": in_scope,
            **overrides,
        },
    )


def hr_write(*, department: str) -> dict[str, str]:
    """An HR write on a target in `department` (sec-a-dept or sec-a-side): done by the
    officers whose scope covers it, 404 for every other signed-in user."""
    own = "hr_department" if department == "sec-a-dept" else "hr_sibling_department"
    return signed_in(NOT_FOUND, hr_in_scope=DONE, superuser=DONE, **{own: DONE})


def writers(expect: dict[str, str]) -> tuple[str, ...]:
    """The roles whose request does its work."""
    return tuple(role for role, outcome in expect.items() if outcome == DONE)


def holder_only(outcome: str) -> dict[str, str]:
    """The servant's own quiz attempt: nobody else, not even a superuser, may touch it."""
    return signed_in(NOT_FOUND, servant=outcome)


@dataclass(frozen=True)
class Case:
    path: Callable[[World], str]
    expect: dict[str, str]
    method: str = "get"
    data: Callable[[World], dict | str] | None = None
    content_type: str | None = None
    # Text that only `may_see` roles may find in a 200 response (the leak check of lists).
    secret: Callable[[World], str] | None = None
    may_see: tuple[str, ...] = ()
    label: str = ""
    # A write: what it may change, and the roles whose request changes it.
    state: Callable[[World], object] | None = None
    changes: tuple[str, ...] = ()
    # Run as the role's client before the request (e.g. a pending import in its session).
    prepare: Callable[[object, World], None] | None = None
    # Settings for this case only (e.g. a list length that sends an export to the background).
    overrides: dict = field(default_factory=dict)


def get(path, expect, **kwargs) -> Case:
    return Case(path=path, expect=expect, **kwargs)


def post(path, expect, data=None, **kwargs) -> Case:
    return Case(path=path, expect=expect, method="post", data=data, **kwargs)


def _unsubscribe_token(w: World) -> str:
    return unsubscribe_token(user=w.users["servant"], topic="due_reminders")


def _reminders_wanted(w: World) -> bool:
    return topic_enabled(user=w.users["servant"], topic="due_reminders")


def _autosave_body(w: World) -> str:
    return json.dumps({"answers": {}, "sequence": w.open_attempt.sequence + 1})


def _copy_language(w: World) -> str:
    """A language the world's certificate is not written in."""
    return "ru" if w.certificate.language != "ru" else "kk"


def _revoke_certificate(client, w: World) -> None:
    certificate_revoke(certificate=w.certificate, by=None, reason="Issued in error")


def _holder_email(w: World) -> str:
    return w.servant_email


# --- what the HR writes change ------------------------------------------------------------


def _assignment_state(name: str) -> Callable[[World], object]:
    return lambda w: Assignment.objects.values_list("status", "exempt_reason").get(
        pk=getattr(w, name).pk
    )


def _certificate_state(name: str) -> Callable[[World], object]:
    return lambda w: Certificate.objects.values_list(
        "revoked_at", "revocation_category", "assignment__status"
    ).get(pk=getattr(w, name).pk)


def _manual_reminders(w: World) -> list:
    return list(
        ReminderLog.objects.filter(kind=ReminderKind.MANUAL)
        .order_by("pk")
        .values_list("user_id", "key")
    )


def _invitations(w: World) -> list:
    return list(
        Invitation.objects.order_by("pk").values_list("user__email", "requested_at", "sent_by")
    )


def _export_jobs(w: World) -> list:
    return list(ExportJob.objects.order_by("pk").values_list("unit__code", "requested_by"))


def _bundles(w: World) -> list:
    return list(CertificateBundle.objects.order_by("pk").values_list("unit__code", "requested_by"))


def _staff(w: World) -> list:
    """Every servant as the staff import could change them, and every assignment's status
    (a deactivation exempts the servant's open assignments)."""
    people = ServantProfile.objects.order_by("pk").values_list(
        "user__iin", "user__last_name", "user__first_name", "user__email", "unit__code",
        "position", "active",
    )  # fmt: skip
    return [*people, *Assignment.objects.order_by("pk").values_list("pk", "status")]


def _due_state(name: str) -> Callable[[World], object]:
    return lambda w: Assignment.objects.values_list("due_on", "status").get(pk=getattr(w, name).pk)


def _later_due(name: str) -> Callable[[World], dict]:
    """A deadline the extension accepts: the day after today or after the current one."""
    return lambda w: {
        "due_on": (
            max(timezone.localdate(), getattr(w, name).due_on) + datetime.timedelta(days=1)
        ).isoformat(),
        "reason": "Sick leave",
    }


def _extra_attempts_state(name: str) -> Callable[[World], object]:
    return lambda w: Assignment.objects.values_list("extra_attempts", flat=True).get(
        pk=getattr(w, name).pk
    )


def _attempts_used_up(name: str) -> Callable[[object, World], None]:
    """The target has read every lesson and failed the test's only attempt of the year."""

    def prepare(client, w: World) -> None:
        Quiz.objects.filter(pk=w.quiz.pk).update(attempts_per_cycle=1)
        Assignment.objects.filter(pk=getattr(w, name).pk).update(lessons_done=F("lessons_total"))
        assignment = Assignment.objects.get(pk=getattr(w, name).pk)
        attempt = attempt_start(
            user=assignment.servant,
            quiz=Quiz.objects.get(pk=w.quiz.pk),
            assignment=assignment,
            language="en",
        )
        attempt_submit(attempt=attempt)  # no answers: scored 0, failed

    return prepare


IMPORT_HEADER = "iin,last_name,first_name,middle_name,email,unit_code,position,category,hired_on\n"
IMPORT_TOKEN = "0" * 32


def _staff_file(w: World, department: str) -> bytes:
    """The staff file of one person of `department`, given a new position."""
    person = w.users["servant"] if department == "sec-a-dept" else w.colleague
    profile = ServantProfile.objects.select_related("user", "unit").get(user=person)
    user = profile.user
    row = (
        f"{user.iin},{user.last_name},{user.first_name},{user.middle_name},{user.email},"
        f"{profile.unit.code},Senior specialist,{profile.category},{profile.hired_on.isoformat()}"
    )
    return (IMPORT_HEADER + row + "\n").encode()


def _import_upload(department: str) -> Callable[[World], dict]:
    return lambda w: {
        "organisation": str(w.org_a.pk),
        "file": SimpleUploadedFile("staff.csv", _staff_file(w, department)),
    }


def _pending_import(department: str) -> Callable[[object, World], None]:
    """The confirmation step's session, as if the file had been previewed: the confirmation
    checks the scope again when it writes."""

    def prepare(client, w: World) -> None:
        folder = Path(settings.IMPORT_ROOT)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / IMPORT_TOKEN).write_bytes(_staff_file(w, department))
        session = client.session
        session[IMPORT_SESSION_KEY] = {
            "token": IMPORT_TOKEN, "organisation": w.org_a.pk,
            "filename": "staff.csv", "deactivate": False,
        }  # fmt: skip
        session.save()

    return prepare


def hr_writes(department: str) -> dict[str, list[Case]]:
    """Every HR write, on a target in `department`."""
    in_dept = department == "sec-a-dept"
    unit = "a_dept" if in_dept else "a_side"
    exempted = "teammate_assignment" if in_dept else "colleague_assignment"
    revoked = "certificate" if in_dept else "sibling_certificate"
    own = "hr_department" if in_dept else "hr_sibling_department"
    sibling = "hr_sibling_department" if in_dept else "hr_department"
    done = hr_write(department=department)
    preview = signed_in(
        NOT_FOUND, hr_in_scope=OK, superuser=OK, hr_out_of_scope=NOT_FOUND,
        **{own: OK, sibling: BAD_REQUEST},
    )  # fmt: skip
    confirm = {**done, sibling: BAD_REQUEST}
    label = "department" if in_dept else "sibling"
    return {
        "hr/assignments/<int:assignment_id>/exempt/": [
            post(
                lambda w: f"/hr/assignments/{getattr(w, exempted).pk}/exempt/",
                done,
                data=lambda w: {"reason": "Leave"},
                state=_assignment_state(exempted),
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/certificates/<str:serial>/revoke/": [
            post(
                lambda w: f"/hr/certificates/{getattr(w, revoked).serial}/revoke/",
                done,
                data=lambda w: {"category": "integrity", "reason": "Test"},
                state=_certificate_state(revoked),
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/units/<int:unit_id>/reminders/": [
            post(
                lambda w: f"/hr/units/{getattr(w, unit).pk}/reminders/",
                done,
                data=lambda w: {"assignment": [str(getattr(w, exempted).pk)]},
                state=_manual_reminders,
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/servants/<int:servant_id>/invite/": [
            post(
                lambda w: f"/hr/servants/{getattr(w, exempted).servant_id}/invite/",
                done,
                state=_invitations,
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/assignments/<int:assignment_id>/extend/": [
            post(
                lambda w: f"/hr/assignments/{getattr(w, exempted).pk}/extend/",
                done,
                data=_later_due(exempted),
                state=_due_state(exempted),
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/units/<int:unit_id>/invite/": [
            post(
                lambda w: f"/hr/units/{getattr(w, unit).pk}/invite/",
                done,
                state=_invitations,
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/assignments/<int:assignment_id>/allow-attempt/": [
            post(
                lambda w: f"/hr/assignments/{getattr(w, exempted).pk}/allow-attempt/",
                done,
                data=lambda w: {"reason": "Power cut during the test"},
                state=_extra_attempts_state(exempted),
                changes=writers(done),
                prepare=_attempts_used_up(exempted),
                label=label,
            ),
        ],
        # Every list is "too long" here: the XLSX is queued for the background.
        "hr/units/<int:unit_id>/export.<str:fmt>": [
            post(
                lambda w: f"/hr/units/{getattr(w, unit).pk}/export.xlsx",
                done,
                state=_export_jobs,
                changes=writers(done),
                overrides={"ADAL_XLSX_MAX_ROWS": 0},
                label=f"xlsx-background-{label}",
            ),
        ],
        "hr/units/<int:unit_id>/certificates/": [
            post(
                lambda w: f"/hr/units/{getattr(w, unit).pk}/certificates/",
                done,
                data=lambda w: {"year": str(YEAR)},
                state=_bundles,
                changes=writers(done),
                label=label,
            ),
        ],
        "hr/import/": [
            post(
                lambda w: "/hr/import/",
                preview,
                data=_import_upload(department),
                state=_staff,
                label=f"preview-{label}",
            ),
            post(
                lambda w: "/hr/import/",
                confirm,
                data=lambda w: {"step": "confirm", "token": IMPORT_TOKEN},
                state=_staff,
                changes=writers(confirm),
                prepare=_pending_import(department),
                label=f"confirm-{label}",
            ),
        ],
    }


def _merge(*tables: dict[str, list[Case]]) -> dict[str, list[Case]]:
    merged: dict[str, list[Case]] = {}
    for table in tables:
        for route, cases in table.items():
            merged.setdefault(route, []).extend(cases)
    return merged


PUBLIC = roles(OK)
READS_AND_OTHER_WRITES: dict[str, list[Case]] = {
    # --- the servant's area -----------------------------------------------------------------
    "learn/": [
        get(
            lambda w: "/learn/",
            signed_in(OK),
            secret=lambda w: w.certificate.serial,
            may_see=("servant",),
        ),
    ],
    "learn/courses/<int:assignment_id>/continue/": [
        get(lambda w: f"/learn/courses/{w.assignment.pk}/continue/", holder_only(DONE)),
    ],
    "learn/lessons/<int:lesson_id>/complete/": [
        post(lambda w: f"/learn/lessons/{w.lesson.pk}/complete/", signed_in(DONE)),
    ],
    "favicon.ico": [get(lambda w: "/favicon.ico", roles(DONE))],
    "healthz": [get(lambda w: "/healthz", PUBLIC)],
    "i18n/setlang/": [
        post(
            lambda w: "/i18n/setlang/", roles(DONE), data=lambda w: {"language": "ru", "next": "/"}
        ),
    ],
    # The signed one-click unsubscribe link of the optional notices: the token is the credential.
    "notices/<str:token>/": [
        get(lambda w: f"/notices/{_unsubscribe_token(w)}/", PUBLIC),
        get(lambda w: f"/notices/{_unsubscribe_token(w)}x/", roles(NOT_FOUND), label="tampered"),
        post(
            lambda w: f"/notices/{_unsubscribe_token(w)}/",
            roles(DONE),
            data=lambda w: {"action": "unsubscribe"},
            state=_reminders_wanted,
            changes=ROLES,
        ),
        post(
            lambda w: f"/notices/{_unsubscribe_token(w)}x/",
            roles(NOT_FOUND),
            data=lambda w: {"action": "unsubscribe"},
            state=_reminders_wanted,
            label="tampered",
        ),
    ],
    "quiz/start/<int:assignment_id>/": [
        post(lambda w: f"/quiz/start/{w.assignment.pk}/", holder_only(DONE)),
    ],
    "quiz/attempts/<int:attempt_id>/": [
        get(lambda w: f"/quiz/attempts/{w.open_attempt.pk}/", holder_only(OK)),
    ],
    "quiz/attempts/<int:attempt_id>/save/": [
        post(
            lambda w: f"/quiz/attempts/{w.open_attempt.pk}/save/",
            holder_only(DONE),
            data=lambda w: {"go": "next", "page": "1", "seq": str(w.open_attempt.sequence + 1)},
        ),
    ],
    "quiz/attempts/<int:attempt_id>/autosave/": [
        post(
            lambda w: f"/quiz/attempts/{w.open_attempt.pk}/autosave/",
            holder_only(OK),
            data=_autosave_body,
            content_type="application/json",
        ),
    ],
    "quiz/attempts/<int:attempt_id>/result/": [
        get(lambda w: f"/quiz/attempts/{w.finished_attempt.pk}/result/", holder_only(OK)),
    ],
    "seminars/<int:page_id>/registration/": [
        post(lambda w: f"/seminars/{w.seminar.pk}/registration/", signed_in(DONE)),
    ],
    # --- HR ---------------------------------------------------------------------------------
    "hr/": [
        get(
            lambda w: "/hr/",
            hr_only(in_scope=OK, out_of_scope=OK),
            secret=lambda w: "sec-a-dept",
            may_see=("hr_in_scope", "hr_department", "superuser"),
        ),
    ],
    "hr/units/<int:unit_id>/": [
        get(lambda w: f"/hr/units/{w.a_dept.pk}/", hr_only(in_scope=OK, out_of_scope=NOT_FOUND)),
    ],
    "hr/units/<int:unit_id>/export.<str:fmt>": [
        get(
            lambda w: f"/hr/units/{w.a_dept.pk}/export.csv",
            hr_only(in_scope=OK, out_of_scope=NOT_FOUND),
            label="csv",
        ),
        get(
            lambda w: f"/hr/units/{w.a_dept.pk}/export.xlsx",
            hr_only(in_scope=OK, out_of_scope=NOT_FOUND),
            label="xlsx",
        ),
        get(
            lambda w: f"/hr/units/{w.a_dept.pk}/export.xlsx",
            hr_only(in_scope=OK, out_of_scope=NOT_FOUND),
            overrides={"ADAL_XLSX_MAX_ROWS": 0},
            label="xlsx-too-long-offers-the-background",
        ),
        post(
            lambda w: f"/hr/units/{w.a_dept.pk}/export.xlsx",
            hr_only(in_scope=OK, out_of_scope=NOT_FOUND),
            state=_export_jobs,
            label="xlsx-short-at-once",
        ),
        get(
            lambda w: f"/hr/units/{w.a_dept.pk}/export.pdf",
            hr_only(in_scope=NOT_FOUND, out_of_scope=NOT_FOUND),
            label="unknown-format",
        ),
    ],
    "hr/servants/<int:servant_id>/": [
        get(
            lambda w: f"/hr/servants/{w.assignment.servant_id}/",
            hr_only(in_scope=OK, out_of_scope=NOT_FOUND),
        ),
    ],
    "hr/years/": [
        get(
            lambda w: "/hr/years/",
            hr_only(in_scope=OK, out_of_scope=OK),
            secret=lambda w: "sec-a-dept",
            may_see=("hr_in_scope", "hr_department", "superuser"),
        ),
    ],
    "hr/audit/": [
        get(
            lambda w: "/hr/audit/",
            hr_only(in_scope=OK, out_of_scope=OK),
            secret=_holder_email,
            may_see=("hr_in_scope", "hr_department", "superuser"),
        ),
    ],
    "hr/import/": [
        get(
            lambda w: "/hr/import/",
            hr_only(in_scope=OK, out_of_scope=OK),
            secret=lambda w: "Agency A",
            may_see=("hr_in_scope", "hr_department", "hr_sibling_department", "superuser"),
        ),
    ],
    # A ZIP of certificates is its requester's only (the in-scope officer here).
    "hr/downloads/<int:bundle_id>/": [
        get(
            lambda w: f"/hr/downloads/{w.bundle.pk}/",
            hr_only(
                in_scope=OK, out_of_scope=NOT_FOUND, hr_department=NOT_FOUND, superuser=NOT_FOUND
            ),
        ),
    ],
    "hr/downloads/<int:bundle_id>/certificates.zip": [
        get(
            lambda w: f"/hr/downloads/{w.bundle.pk}/certificates.zip",
            hr_only(
                in_scope=OK, out_of_scope=NOT_FOUND, hr_department=NOT_FOUND, superuser=NOT_FOUND
            ),
        ),
    ],
    # A background spreadsheet is its requester's only (the in-scope officer here).
    "hr/exports/<int:job_id>/": [
        get(
            lambda w: f"/hr/exports/{w.export_job.pk}/",
            hr_only(
                in_scope=OK, out_of_scope=NOT_FOUND, hr_department=NOT_FOUND, superuser=NOT_FOUND
            ),
        ),
    ],
    "hr/exports/<int:job_id>/compliance.xlsx": [
        get(
            lambda w: f"/hr/exports/{w.export_job.pk}/compliance.xlsx",
            hr_only(
                in_scope=OK, out_of_scope=NOT_FOUND, hr_department=NOT_FOUND, superuser=NOT_FOUND
            ),
        ),
    ],
    # --- certificates -----------------------------------------------------------------------
    "certificates/<str:serial>.pdf": [
        get(
            lambda w: f"/certificates/{w.certificate.serial}.pdf",
            signed_in(NOT_FOUND, servant=OK, hr_in_scope=OK, hr_department=OK, superuser=OK),
        ),
        # Revoked: the holder is told why; HR in scope and superusers keep the issued file.
        get(
            lambda w: f"/certificates/{w.certificate.serial}.pdf",
            signed_in(NOT_FOUND, servant=GONE, hr_in_scope=OK, hr_department=OK, superuser=OK),
            prepare=_revoke_certificate,
            label="revoked",
        ),
    ],
    "certificates/<str:serial>/": [
        get(
            lambda w: f"/certificates/{w.certificate.serial}/",
            signed_in(NOT_FOUND, servant=OK, hr_in_scope=OK, hr_department=OK, superuser=OK),
        ),
    ],
    # A copy asked for and not rendered yet: "being prepared" for those who may have it.
    "certificates/<str:serial>/<str:language>.pdf": [
        get(
            lambda w: f"/certificates/{w.certificate.serial}/{_copy_language(w)}.pdf",
            signed_in(
                NOT_FOUND,
                servant=PREPARING,
                hr_in_scope=PREPARING,
                hr_department=PREPARING,
                superuser=PREPARING,
            ),
            prepare=lambda client, w: CertificateCopy.objects.get_or_create(
                certificate=w.certificate,
                language=_copy_language(w),
                defaults={"course_title": "Course", "requested_at": w.certificate.issued_at},
            ),
        ),  # fmt: skip
    ],
    "certificates/<str:serial>/copies/": [
        post(
            lambda w: f"/certificates/{w.certificate.serial}/copies/",
            signed_in(
                NOT_FOUND, servant=DONE, hr_in_scope=DONE, hr_department=DONE, superuser=DONE
            ),
            data=lambda w: {"language": _copy_language(w)},
            state=lambda w: list(
                CertificateCopy.objects.filter(certificate=w.certificate).values_list("language")
            ),
            changes=("servant", "hr_in_scope", "hr_department", "superuser"),
        ),
    ],
    "verify/": [get(lambda w: "/verify/", PUBLIC)],
    "verify/<str:code>/": [
        get(lambda w: f"/verify/{w.certificate.code}/", PUBLIC),
        get(lambda w: "/verify/no-such-code/", roles(NOT_FOUND), label="unknown"),
    ],
    # --- API --------------------------------------------------------------------------------
    "api/v1/": [get(lambda w: "/api/v1/", roles(NOT_FOUND))],
    "api/v1/openapi.json": [get(lambda w: "/api/v1/openapi.json", PUBLIC)],
    "api/v1/docs": [get(lambda w: "/api/v1/docs", PUBLIC)],
    "api/v1/certificates/verify/<code>": [
        get(
            lambda w: f"/api/v1/certificates/verify/{w.certificate.code}",
            PUBLIC,
            secret=lambda w: w.servant_iin,
            may_see=(),
        ),
    ],
    "api/v1/compliance": [
        get(
            lambda w: f"/api/v1/compliance?cycle={YEAR}",
            roles(UNAUTHORISED, api_key_other_org=OK, api_key_own_org=OK),
            secret=lambda w: w.servant_iin,
            may_see=("api_key_own_org",),
        ),
    ],
    "api/v1/servants/<iin>": [
        get(
            lambda w: f"/api/v1/servants/{w.servant_iin}",
            roles(UNAUTHORISED, api_key_other_org=NOT_FOUND, api_key_own_org=OK),
        ),
    ],
    # --- public site (Wagtail pages, documents, search) --------------------------------------
    "<lang>/search/": [get(lambda w: "/en/search/?q=lesson", PUBLIC)],
    "<lang>/^((?:[\\w\\-]+/)*)$": [
        get(lambda w: w.home.url, PUBLIC, label="home"),
        get(lambda w: w.course.url, PUBLIC, label="course"),
        get(lambda w: w.lesson.url, PUBLIC, label="lesson"),
        get(lambda w: w.seminar.url, PUBLIC, label="seminar"),
        get(lambda w: "/en/no-such-page/", roles(NOT_FOUND), label="unknown"),
    ],
    "<lang>/_util/login/": [get(lambda w: "/en/_util/login/", PUBLIC)],
    "<lang>/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
        get(
            lambda w: f"/en/_util/authenticate_with_password/999999/{w.home.pk}/", roles(NOT_FOUND)
        ),
    ],
    "documents/^(\\d+)/(.*)$": [
        get(lambda w: w.document.url, PUBLIC),
    ],
    "documents/authenticate_with_password/<int:restriction_id>/": [
        get(lambda w: "/documents/authenticate_with_password/999999/", roles(NOT_FOUND)),
    ],
    # --- this project's own views inside the Wagtail admin -----------------------------------
    "admin/seminars/attendance/": [
        get(
            lambda w: "/admin/seminars/attendance/",
            roles(LOGIN, editor=OK, moderator=OK, superuser=OK),
        ),
    ],
    "admin/seminars/<int:page_id>/attendance/": [
        get(
            lambda w: f"/admin/seminars/{w.seminar.pk}/attendance/",
            roles(LOGIN, editor=OK, moderator=OK, superuser=OK),
        ),
        get(
            lambda w: f"/admin/seminars/{w.lesson.pk}/attendance/",
            roles(LOGIN, editor=NOT_FOUND, moderator=NOT_FOUND, superuser=NOT_FOUND),
            label="not-a-seminar",
        ),
        get(
            lambda w: "/admin/seminars/999999/attendance/",
            roles(LOGIN, editor=NOT_FOUND, moderator=NOT_FOUND, superuser=NOT_FOUND),
            label="unknown",
        ),
    ],
    "admin/notices/": [
        get(
            lambda w: "/admin/notices/?notice=certificate_revoked&language=kk",
            roles(LOGIN, editor=OK, moderator=OK, superuser=OK),
        ),
    ],
    "admin/test-statistics/": [
        get(
            lambda w: "/admin/test-statistics/",
            roles(LOGIN, editor=ADMIN_HOME, moderator=ADMIN_HOME, superuser=OK),
        ),
    ],
    "admin/test-statistics/<int:quiz_id>/": [
        get(
            lambda w: f"/admin/test-statistics/{w.quiz.pk}/",
            roles(LOGIN, editor=ADMIN_HOME, moderator=ADMIN_HOME, superuser=OK),
        ),
        get(
            lambda w: f"/admin/test-statistics/{w.quiz.pk}/?export=csv",
            roles(LOGIN, editor=ADMIN_HOME, moderator=ADMIN_HOME, superuser=OK),
            label="csv",
        ),
        get(
            lambda w: f"/admin/test-statistics/{w.quiz.pk}/?export=xlsx",
            roles(LOGIN, editor=ADMIN_HOME, moderator=ADMIN_HOME, superuser=OK),
            label="xlsx",
        ),
    ],
    # The legal register's review queue: editors and moderators (granted by
    # legal/migrations/0002), not every admin user.
    "admin/law-reviews/": [
        get(
            lambda w: "/admin/law-reviews/",
            roles(LOGIN, editor=OK, moderator=OK, superuser=OK),
        ),
    ],
    "admin/law-reviews/<int:review_id>/decide/": [
        post(
            lambda w: "/admin/law-reviews/999999/decide/",
            roles(LOGIN, editor=NOT_FOUND, moderator=NOT_FOUND, superuser=NOT_FOUND),
            data=lambda w: {"status": "confirmed"},
            label="unknown",
        ),
    ],
}


TABLE = _merge(READS_AND_OTHER_WRITES, hr_writes("sec-a-dept"), hr_writes("sec-a-side"))

# --- HR review of flagged test attempts -------------------------------------------------------
# The finished attempt is flagged as the path is built: inside the test's savepoint of the world.


def _flagged_attempt(w: World) -> Attempt:
    AttemptFlag.objects.get_or_create(
        attempt=w.finished_attempt,
        kind=FlagKind.TOO_FAST,
        related_attempt=None,
        defaults={"detail": {"seconds": 20, "expected": 1800}},
    )
    return w.finished_attempt


def _flagged_list(w: World) -> str:
    _flagged_attempt(w)
    return "/hr/flagged/"


TABLE.update(
    {
        "hr/flagged/": [
            get(
                _flagged_list,
                hr_only(in_scope=OK, out_of_scope=OK),
                secret=lambda w: f"/hr/servants/{w.finished_attempt.user_id}/",
                may_see=("hr_in_scope", "hr_department", "superuser"),
            ),
        ],
        "hr/flagged/<int:attempt_id>/review/": [
            post(
                lambda w: f"/hr/flagged/{_flagged_attempt(w).pk}/review/",
                hr_only(in_scope=DONE, out_of_scope=NOT_FOUND),
                data=lambda w: {"decision": "cleared", "note": "Checked."},
                state=lambda w: tuple(
                    Attempt.objects.filter(pk=w.finished_attempt.pk).values_list(
                        "review_decision", "reviewed_by_id"
                    )
                ),
                changes=("hr_in_scope", "hr_department", "superuser"),
            ),
        ],
    }
)


@dataclass(frozen=True)
class PrefixRule:
    """A third-party area: every URL under `prefix` is that package's, checked on samples."""

    prefix: str
    samples: list[Case] = field(default_factory=list)


WAGTAIL_ADMIN = roles(LOGIN, editor=OK, moderator=OK, superuser=OK)
# Django's admin is for superusers only: staff status (editors, moderators) is not enough.
DJANGO_ADMIN = roles(LOGIN, superuser=OK)
PREFIX_RULES = [
    PrefixRule(
        "admin/",
        [
            get(lambda w: "/admin/", WAGTAIL_ADMIN, label="dashboard"),
            get(lambda w: f"/admin/pages/{w.course.pk}/", WAGTAIL_ADMIN, label="pages"),
            # Editors and moderators copy a lesson into another language to translate it.
            get(
                lambda w: f"/admin/translation/submit/page/{w.lesson.pk}/",
                WAGTAIL_ADMIN,
                label="translate",
            ),
            get(
                lambda w: "/admin/users/",
                roles(LOGIN, editor=ADMIN_HOME, moderator=ADMIN_HOME, superuser=OK),
                label="users",
            ),
        ],
    ),
    PrefixRule(
        "django-admin/",
        [
            get(lambda w: "/django-admin/", DJANGO_ADMIN, label="index"),
            get(
                lambda w: "/django-admin/lms/user/",
                DJANGO_ADMIN,
                label="users",
            ),
        ],
    ),
    PrefixRule(
        "accounts/",
        [
            get(
                lambda w: "/accounts/login/",
                # Signed in already: sent where the role works (editors to the CMS).
                roles(OK, **{**dict.fromkeys(SIGNED_IN, DONE), **dict.fromkeys(STAFF, ADMIN_HOME)}),
                label="login",
            ),
            get(lambda w: "/accounts/email/", signed_in(OK), label="email"),
        ],
    ),
]


# --- the URL configuration ------------------------------------------------------------------


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if isinstance(pattern.pattern, LocalePrefixPattern):
                part = "<lang>/"
            else:
                part = str(pattern.pattern)
            yield from _walk(pattern.url_patterns, prefix + part)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def project_urls() -> dict[str, str]:
    """Every route of the URL configuration, with the module of its view."""
    return {
        route: getattr(callback, "__module__", "") or ""
        for route, callback in _walk(get_resolver().url_patterns)
    }


def _is_project_view(module: str) -> bool:
    return module.split(".")[0] in PROJECT_APPS


def missing_entries(urls: dict[str, str]) -> list[str]:
    """Routes that neither have an entry nor fall under a third-party prefix rule."""
    prefixes = tuple(rule.prefix for rule in PREFIX_RULES)
    return [
        route
        for route, module in urls.items()
        if route not in TABLE and (_is_project_view(module) or not route.startswith(prefixes))
    ]


def test_every_url_has_an_entry():
    missing = missing_entries(project_urls())
    assert not missing, f"URLs without an entry in the authorization table: {missing}"


def test_a_new_url_without_an_entry_is_caught():
    urls = {
        **project_urls(),
        "hr/new-report/": "hr.views",  # the project's own
        "admin/seminars/new/": "cms.views",  # the project's own, inside the admin
        "admin/snippets/new/": "wagtail.snippets.views",  # Wagtail's, under its prefix rule
        "files/<path>": "some_package.views",  # a package's, outside every prefix
    }
    assert missing_entries(urls) == ["hr/new-report/", "admin/seminars/new/", "files/<path>"]


def test_every_entry_is_a_url():
    assert not set(TABLE) - set(project_urls())


def test_every_hr_write_says_what_it_changes():
    for route, cases in TABLE.items():
        for case in cases:
            if route.startswith("hr/") and case.method == "post":
                assert case.state is not None, route


def test_every_entry_names_every_role():
    for route, cases in [*TABLE.items(), *((r.prefix, r.samples) for r in PREFIX_RULES)]:
        for case in cases:
            assert set(case.expect) == set(ROLES), route


# --- the matrix -----------------------------------------------------------------------------


def _cases():
    for route, cases in TABLE.items():
        for case in cases:
            for role in ROLES:
                name = f"{route}{'[' + case.label + ']' if case.label else ''}-{role}"
                yield pytest.param(case, role, id=name)
    for rule in PREFIX_RULES:
        for case in rule.samples:
            for role in ROLES:
                yield pytest.param(case, role, id=f"{rule.prefix}*[{case.label}]-{role}")


LOGIN_PAGES = ("/accounts/login/", "/django-admin/login/")


def _outcome(response) -> str:
    if response.status_code in (301, 302):
        location = response["Location"]
        if location.startswith(LOGIN_PAGES):
            return LOGIN
        if location == "/admin/":
            return ADMIN_HOME
        return DONE
    return str(response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(("case", "role"), list(_cases()))
def test_authorization(client, world, settings, case, role):
    for name, value in case.overrides.items():
        setattr(settings, name, value)
    user = world.users[role]
    if user is not None:
        client.force_login(user)
    if case.prepare is not None:
        case.prepare(client, world)
    before = case.state(world) if case.state else None
    headers = {}
    if role in world.api_keys:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {world.api_keys[role]}"
    path = case.path(world)
    kwargs = dict(headers)
    if case.data is not None:
        kwargs["data"] = case.data(world)
    if case.content_type:
        kwargs["content_type"] = case.content_type
    response = getattr(client, case.method)(path, **kwargs)

    expected = case.expect[role]
    got = _outcome(response)
    assert got == expected, f"{case.method.upper()} {path} as {role}: {expected} expected, {got}"
    if case.secret and got == OK and role not in case.may_see:
        body = b"".join(response) if response.streaming else response.content
        assert case.secret(world).encode() not in body, f"{path} shows {role} another's data"
    if case.state is not None:
        after = case.state(world)
        if role in case.changes:
            assert after != before, f"{case.method.upper()} {path} as {role} changed nothing"
        else:
            assert after == before, f"{case.method.upper()} {path} as {role} changed {after}"


# --- the auditor's finding ------------------------------------------------------------------


@pytest.mark.django_db
def test_department_officer_cannot_import_another_departments_servant_or_deactivate_it(
    client, world
):
    """An officer of one department uploads a file that renames the sibling department's
    servant and moves them into the officer's own department, as the full staff list
    ("deactivate missing"): the row is refused, and nobody is moved, deactivated or exempted."""
    colleague = ServantProfile.objects.select_related("user").get(user=world.colleague)
    row = (
        f"{colleague.user.iin},Renamed,Moved,,{colleague.user.email},sec-a-dept,Spy,"
        f"{colleague.category},{colleague.hired_on.isoformat()}"
    )
    active = ServantProfile.objects.filter(active=True).count()
    exempt = Assignment.objects.filter(status=AssignmentStatus.EXEMPT).count()
    before = _staff(world)
    client.force_login(world.users["hr_department"])

    response = client.post(
        "/hr/import/",
        {
            "organisation": str(world.org_a.pk),
            "file": SimpleUploadedFile("staff.csv", (IMPORT_HEADER + row + "\n").encode()),
            "deactivate_missing": "on",
        },
    )

    assert response.status_code == 400
    assert [str(error) for error in response.context["errors"]] == [
        "row 2, column unit_code: outside your scope"
    ]
    assert "row 2, column unit_code: outside your scope" in response.content.decode()
    assert ServantProfile.objects.filter(active=True).count() == active  # 0 deactivated
    assert Assignment.objects.filter(status=AssignmentStatus.EXEMPT).count() == exempt
    assert _staff(world) == before
