from django.core.management.base import BaseCommand

from certificates.services import certificates_regenerate, certificates_render_missing


class Command(BaseCommand):
    help = (
        "Render certificate PDFs again (after a template or signing key change), or with "
        "--missing only those without a PDF file (after a restore)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, help="Only certificates of this cycle year.")
        parser.add_argument("--organisation", help="Only holders in this organisation (code).")
        parser.add_argument(
            "--missing",
            action="store_true",
            help="Only certificates whose PDF was never rendered or whose file is gone.",
        )

    def handle(self, *args, year=None, organisation=None, missing=False, **options):
        if missing:
            count = certificates_render_missing(check_files=True)
        else:
            count = certificates_regenerate(year=year, organisation_code=organisation)
        self.stdout.write(self.style.SUCCESS(f"{count} certificates rendered."))
