from django.core.management.base import BaseCommand

from certificates.services import certificates_regenerate


class Command(BaseCommand):
    help = "Render certificate PDFs again (after a template or signing key change)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, help="Only certificates of this cycle year.")
        parser.add_argument("--organisation", help="Only holders in this organisation (code).")

    def handle(self, *args, year=None, organisation=None, **options):
        count = certificates_regenerate(year=year, organisation_code=organisation)
        self.stdout.write(self.style.SUCCESS(f"{count} certificates rendered."))
