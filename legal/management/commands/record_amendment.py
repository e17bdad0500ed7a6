from datetime import date

from django.core.management.base import BaseCommand, CommandError

from legal.exceptions import LegalError
from legal.services import amendment_record


class Command(BaseCommand):
    help = (
        "Record an amendment to articles of an act of the legal register and flag every lesson "
        "(in every language) and question citing them for review. Prints what it flagged."
    )

    def add_arguments(self, parser):
        parser.add_argument("law", help="The act's number in the register, e.g. 410-V.")
        parser.add_argument(
            "--articles", required=True, help="Amended article numbers, comma-separated: 12,13"
        )
        parser.add_argument("--effective", required=True, help="Effective date, YYYY-MM-DD.")
        parser.add_argument("--summary", required=True, help="What changed (English).")
        parser.add_argument("--summary-ru", default="", help="What changed, in Russian.")
        parser.add_argument("--summary-kk", default="", help="What changed, in Kazakh.")
        parser.add_argument("--source", default="", help="Link to the amending act.")

    def handle(self, *args, law, articles, effective, summary, source, **options):
        try:
            effective_on = date.fromisoformat(effective)
        except ValueError as error:
            raise CommandError(f"--effective: {effective!r} is not a YYYY-MM-DD date") from error
        try:
            amendment, flagged = amendment_record(
                act_number=law,
                article_numbers=articles.split(","),
                effective_on=effective_on,
                summary=summary,
                summary_ru=options["summary_ru"],
                summary_kk=options["summary_kk"],
                source_url=source,
            )
        except LegalError as error:
            raise CommandError(str(error.message)) from error
        self.stdout.write(
            f"Amendment {amendment.pk}: {amendment.act.number}, articles "
            f"{', '.join(a.number for a in amendment.articles.all())}, "
            f"in effect from {amendment.effective_on:%Y-%m-%d}."
        )
        for review in flagged:
            obj = review.content_object
            kind = obj._meta.model_name
            language = getattr(getattr(obj, "locale", None), "language_code", "")
            self.stdout.write(f"  flagged {kind} {obj.pk} [{language}]: {obj}")
        self.stdout.write(self.style.SUCCESS(f"{len(flagged)} lesson(s) and question(s) flagged."))
