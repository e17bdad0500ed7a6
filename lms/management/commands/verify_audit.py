from django.core.management.base import BaseCommand, CommandError

from lms.audit import audit_chain_verify


class Command(BaseCommand):
    help = (
        "Walk the audit chain in order and report OK with the number of events, or the first "
        "altered or missing event (exit status 1)."
    )

    def handle(self, *args, **options):
        check = audit_chain_verify()
        if not check.ok:
            where = f"seq {check.broken_seq}"
            if check.broken_id is not None:
                where += f" (id {check.broken_id})"
            raise CommandError(
                f"Audit chain broken at {where}: {check.problem}. "
                f"Intact before it: {check.count} {_events(check.count)}.",
                returncode=1,
            )
        self.stdout.write(f"OK: {check.count} audit {_events(check.count)}, chain intact.")


def _events(count: int) -> str:
    return "event" if count == 1 else "events"
