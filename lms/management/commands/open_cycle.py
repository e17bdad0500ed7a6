import datetime

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page

from lms.models import AssignmentRule
from lms.services import cycle_open


class Command(BaseCommand):
    help = "Open the training cycle of YEAR and assign the course to every active servant."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("--due", help="Due date, YYYY-MM-DD (default: 1 December of YEAR).")
        parser.add_argument(
            "--course",
            help="Slug of the course to assign to everyone "
            "(default: the assignment rules, or the only course).",
        )

    def handle(self, *args, year, due=None, course=None, **options):
        due_on = None
        if due:
            try:
                due_on = datetime.date.fromisoformat(due)
            except ValueError as error:
                raise CommandError(
                    f"--due: {due!r} is not a date in the form YYYY-MM-DD"
                ) from error
        course_page_id = None
        if course or not AssignmentRule.objects.filter(active=True).exists():
            courses = Page.objects.live().filter(
                content_type__app_label="courses",
                content_type__model="coursepage",
                locale=Locale.get_default(),
            )
            if course:
                courses = courses.filter(slug=course)
            if courses.count() != 1:
                raise CommandError(
                    "Name the course with --course SLUG, or add assignment rules "
                    "(exactly one live course is needed otherwise)."
                )
            course_page_id = courses.get().pk
        cycle = cycle_open(year=year, due_on=due_on, course_page_id=course_page_id)
        count = cycle.assignments.count()
        self.stdout.write(
            self.style.SUCCESS(f"Cycle {year} open: {count} assignments, due {cycle.due_on}.")
        )
