import time

from django.core.management.base import BaseCommand, CommandError

from certificates.bulk import certificates_queue_missing, certificates_queue_regenerate
from certificates.models import RenderRun
from certificates.services import certificates_regenerate, certificates_render_missing


class Command(BaseCommand):
    help = (
        "Render certificate PDFs again (after a template or signing key change), or with "
        "--missing only those without a PDF file (after a restore). The PDFs are queued in "
        "chunks (ADAL_RENDER_CHUNK) that every Celery worker process shares; --wait follows "
        "the progress, --status RUN shows it later, --sync renders here instead (small sets)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, help="Only certificates of this cycle year.")
        parser.add_argument("--organisation", help="Only holders in this organisation (code).")
        parser.add_argument(
            "--missing",
            action="store_true",
            help="Only certificates whose PDF was never rendered or whose file is gone.",
        )
        parser.add_argument(
            "--sync",
            action="store_true",
            help="Render one by one in this process instead of queueing chunks.",
        )
        parser.add_argument(
            "--wait", action="store_true", help="After queueing, print progress until done."
        )
        parser.add_argument(
            "--status", type=int, metavar="RUN", help="Print the progress of an earlier run."
        )

    def handle(self, *args, year=None, organisation=None, missing=False, **options):
        if options["status"] is not None:
            run = RenderRun.objects.filter(pk=options["status"]).first()
            if run is None:
                raise CommandError(f"No run {options['status']}.")
            self._progress(run)
            if options["wait"]:
                self._wait(run)
            return
        if options["sync"]:
            if missing:
                count = certificates_render_missing(check_files=True)
            else:
                count = certificates_regenerate(year=year, organisation_code=organisation)
            self.stdout.write(self.style.SUCCESS(f"{count} certificates rendered."))
            return
        if missing:
            run = certificates_queue_missing(check_files=True)
        else:
            run = certificates_queue_regenerate(year=year, organisation_code=organisation)
        if run is None:
            self.stdout.write(self.style.SUCCESS("0 certificates rendered: none is missing."))
            return
        run.refresh_from_db()
        self.stdout.write(
            f"Run {run.pk}: {run.total} PDFs queued in {run.chunks_total} chunks "
            f"(ADAL_RENDER_CHUNK); every worker process takes chunks."
        )
        if run.is_finished:  # no broker (tasks run in this process), or nothing to render
            self._progress(run)
        elif options["wait"]:
            self._wait(run)
        else:
            self.stdout.write(
                f"Progress: python manage.py regenerate_certificates --status {run.pk} [--wait]"
            )

    def _progress(self, run: RenderRun) -> None:
        line = f"Run {run.pk}: {run.done} of {run.total} PDFs rendered"
        line += f", {run.failed} failed" if run.failed else ""
        if run.is_finished:
            style = self.style.ERROR if run.failed else self.style.SUCCESS
            self.stdout.write(style(f"{line}; finished {run.finished_at:%Y-%m-%d %H:%M:%S}."))
        else:
            self.stdout.write(
                f"{line} ({run.chunks_done} of {run.chunks_total} chunks); in progress."
            )

    def _wait(self, run: RenderRun, every: float = 2.0) -> None:
        seen = None
        while True:
            run.refresh_from_db()
            if (run.done, run.failed, run.is_finished) != seen:
                seen = (run.done, run.failed, run.is_finished)
                self._progress(run)
            if run.is_finished:
                return
            time.sleep(every)
