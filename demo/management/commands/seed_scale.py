from django.core.management.base import BaseCommand, CommandError

from demo.scale import ScaleError, scale_reset, scale_seed


class Command(BaseCommand):
    help = (
        "Synthetic national-scale data for benchmarks: 20 organisations, 500 units, N servants "
        "with a realistic status mix in the open cycle, attempts and certificate rows. "
        "Additive: adds servants until N exist. Run load_demo first (course and test)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--servants", type=int, required=True)
        parser.add_argument(
            "--year", type=int, default=None, help="Cycle year (default: this year)."
        )
        parser.add_argument("--reset", action="store_true", help="Remove seeded data first.")

    def handle(self, *args, servants: int, year: int | None, reset: bool, **options):
        if servants < 0:
            raise CommandError("--servants must be 0 or more.")
        if reset:
            removed = scale_reset()
            self.stdout.write(f"Removed {removed} seeded servants.")
        try:
            result = scale_seed(servants=servants, year=year)
        except ScaleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"{result.servants} servants ({result.servants - result.servants_before} added) in "
            f"{result.units} units: {result.assignments} assignments, {result.attempts} attempts, "
            f"{result.certificates} certificates in {result.seconds:.1f} s."
        )
