"""Plain words for the actions the audit log records, as the HR area shows them. Every action
string passed to `audit_log` anywhere in the code has a label here
(tests/lms/test_hr_daily.py reads the code and fails on one without)."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "api_key.created": _("API key created"),
    "api_key.revoked": _("API key revoked"),
    "assignment.attempt_allowed": _("Another test attempt allowed"),
    "assignment.completed": _("Training completed"),
    "assignment.due_extended": _("Deadline extended"),
    "assignment.exempted": _("Exempted from the training"),
    "assignment.reminded": _("Reminder sent by HR"),
    "assignment.reopened": _("Training reopened"),
    "assignment.seminar_recorded": _("Seminar attendance recorded for the training"),
    "attempt.finalised": _("Test submitted automatically when time ran out"),
    "attempt.reviewed": _("Flagged test attempt reviewed"),
    "attempt.submitted": _("Test submitted"),
    "certificate.copy_requested": _("Certificate copy in another language requested"),
    "certificate.issued": _("Certificate issued"),
    "certificate.revoked": _("Certificate revoked"),
    "certificates.bundle_requested": _("Certificate bundle requested"),
    "cycle.joined": _("New arrivals assigned the year's training"),
    "cycle.opened": _("Training year opened"),
    "hr.exported": _("Compliance list exported"),
    "hr.opened": _("HR area opened"),
    "hr_scope.granted": _("HR scope granted"),
    "hr_scope.withdrawn": _("HR scope withdrawn"),
    "invitation.requested": _("Invitation sent"),
    "invitations.requested": _("Invitations sent to those who never signed in"),
    "questions.imported": _("Test questions imported"),
    "seminar.attendance_marked": _("Seminar attendance marked"),
    "seminar.registered": _("Registered for a seminar"),
    "seminar.registration_cancelled": _("Seminar registration cancelled"),
    "servants.imported": _("Staff list imported"),
}


def action_label(action: str) -> str:
    """The action in plain words; an action logged before it had a label shows as logged."""
    return ACTION_LABELS.get(action, action)
