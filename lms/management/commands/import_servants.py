from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lms.imports import ImportFileError, ImportResult, servants_import
from lms.models import Organisation


class Command(BaseCommand):
    help = (
        "Import an organisation's staff from a CSV or XLSX file (columns iin, last_name, "
        "first_name, middle_name, email, unit_code, position, position_ru, position_kk, "
        "category, hired_on, language). "
        "New people are invited by email to set a password. "
        "All or nothing: any bad row rejects the whole file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV or XLSX file.")
        parser.add_argument(
            "--organisation", required=True, help="Code of the organisation the staff work for."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and show the plan; write nothing.",
        )
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help="Deactivate the organisation's active servants who are not in the file.",
        )

    def handle(self, *args, file, organisation, dry_run, deactivate_missing, verbosity, **options):
        found = Organisation.objects.filter(code=organisation).first()
        if found is None:
            raise CommandError(_("No organisation with code “%(code)s”.") % {"code": organisation})
        try:
            result = servants_import(
                organisation=found,
                file=file,
                filename=Path(file).name,
                dry_run=dry_run,
                deactivate_missing=deactivate_missing,
            )
        except ImportFileError as error:
            raise CommandError(f"{file}: {error}") from error

        if not result.ok:
            for problem in result.errors:
                self.stderr.write(str(problem))
            raise CommandError(
                _("%(file)s: %(count)d problems; nothing was written.")
                % {"file": file, "count": len(result.errors)}
            )
        if dry_run or verbosity > 1:
            self._write_plan(result)
        self.stdout.write(self.style.SUCCESS(self._summary(result)))

    def _write_plan(self, result: ImportResult) -> None:
        actions = {"create": _("create"), "update": _("update"), "deactivate": _("deactivate")}
        for change in result.plan.changes:
            where = _("row %(row)d") % {"row": change.row} if change.row else "-"
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            if change.reactivate:
                fields += " " + _("(reactivated)")
            action = actions[change.action]
            self.stdout.write(f"{where}: {action} {change.iin} {change.name}{fields}")

    def _summary(self, result: ImportResult) -> str:
        counts = {"file": result.filename, **result.counts()}
        if result.dry_run:
            return (
                _(
                    "Dry run of %(file)s, nothing written: would create %(created)d, "
                    "update %(updated)d (reactivate %(reactivated)d), deactivate "
                    "%(deactivated)d; %(unchanged)d unchanged."
                )
                % counts
            )
        return (
            _(
                "Imported %(file)s: %(created)d created, %(updated)d updated "
                "(%(reactivated)d reactivated), %(deactivated)d deactivated, "
                "%(unchanged)d unchanged."
            )
            % counts
        )
