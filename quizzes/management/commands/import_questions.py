from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.tabular import ImportFileError
from quizzes.imports import questions_import, questions_import_parse


class Command(BaseCommand):
    help = (
        "Import questions from a CSV or XLSX file (all or nothing, keyed by key and language). "
        "Columns: key, language, topic, kind, scoring, text, explanation, choice_1 … choice_8, "
        "correct, active."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check and report only.")

    def handle(self, *args, file, dry_run=False, **options):
        try:
            rows, errors = questions_import_parse(file=file, filename=Path(file).name)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        result = questions_import(rows=rows, errors=errors, dry_run=dry_run)
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(result.errors)} problem(s) found; nothing was imported.", returncode=1
            )
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} questions {verb} created, {result.updated} updated, "
                f"{result.unchanged} unchanged."
            )
        )
