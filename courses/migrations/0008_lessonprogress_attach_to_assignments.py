"""Every existing reading is attached to the assignment it was made for. A migration of its
own, between adding the column and keying by it: PostgreSQL checks the rows changed here at
the end of this transaction, before the table is altered again (its index, its new keys)."""

from django.db import migrations, models
from django.db.models import Count, ExpressionWrapper, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Least, TruncDate

PAGE_STEPLEN = 4  # wagtailcore.Page.steplen: a page's parent path is its own less one step


def _course_of_each_lesson(apps) -> dict:
    """{lesson translation key: its course's translation key}, from every language version."""
    LessonPage = apps.get_model("courses", "LessonPage")
    Page = apps.get_model("wagtailcore", "Page")
    parent_of = {
        key: path[:-PAGE_STEPLEN]
        for path, key in LessonPage.objects.values_list("path", "translation_key")
    }
    course_at = dict(
        Page.objects.filter(path__in=set(parent_of.values())).values_list("path", "translation_key")
    )
    return {key: course_at[path] for key, path in parent_of.items() if path in course_at}


def attach_progress_to_assignments(apps, schema_editor):
    """Each row goes to the servant's assignment (of the lesson's course) whose cycle covers
    the day the lesson was first viewed (opened on or before it, due on or after it), else to
    the latest one whose cycle had opened before it (read late, after the due date). Of two
    cycles covering the day, the newer one: the one the reading counted for when it was made.
    A row no assignment fits (read before any of the servant's cycles opened, or by someone
    who holds none) stays without one: the reading of a reader without an assignment. No row
    is deleted or merged: earlier years' readings stay as they were.

    Then the stored counts of assignments still open are brought down to what was read for
    them, so that none keeps a count made of earlier years' readings (which would open the
    final test): the course page recounts exactly on the servant's next visit."""
    LessonProgress = apps.get_model("courses", "LessonProgress")
    Assignment = apps.get_model("lms", "Assignment")
    # The day in the service's time zone (the current one while migrating).
    viewed_on = TruncDate(
        ExpressionWrapper(OuterRef("first_viewed_at"), output_field=models.DateTimeField())
    )

    def fitting(*, covering: bool, **course):
        """The servant's newest assignment whose cycle had opened by the day (and, covering,
        was not yet due). The day is compared in WHERE only: SQLite cannot read the outer row
        in a subquery's ORDER BY."""
        dates = {"cycle__opens_on__lte": viewed_on}
        if covering:
            dates["cycle__due_on__gte"] = viewed_on
        return (
            Assignment.objects.filter(servant_id=OuterRef("user_id"), **dates, **course)
            .order_by("-cycle__year", "-pk")
            .values("pk")[:1]
        )

    course_of = _course_of_each_lesson(apps)
    lessons_of: dict = {}
    for lesson_key, course_key in course_of.items():
        lessons_of.setdefault(course_key, []).append(lesson_key)
    unattached = LessonProgress.objects.filter(assignment__isnull=True)
    for covering in (True, False):  # the cycle covering the day first, else the latest before
        for course_key, lesson_keys in lessons_of.items():
            unattached.filter(lesson_key__in=lesson_keys).update(
                assignment=Subquery(
                    fitting(covering=covering, course__translation_key=course_key)
                )
            )
        # A lesson deleted in every language: its course is unknown, so any course of the time.
        unattached.exclude(lesson_key__in=list(course_of)).update(
            assignment=Subquery(fitting(covering=covering))
        )

    read_for = (
        LessonProgress.objects.filter(assignment_id=OuterRef("pk"), completed_at__isnull=False)
        .order_by()
        .values("assignment_id")
        .annotate(read=Count("pk"))
        .values("read")
    )
    Assignment.objects.exclude(status__in=["completed", "exempt"]).filter(
        lessons_done__gt=0
    ).update(lessons_done=Least("lessons_done", Coalesce(Subquery(read_for), Value(0))))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_lessonprogress_assignment"),
    ]

    operations = [
        # Reversed, nothing to undo: the previous migration reversed drops the column with the
        # attachment; the counts brought down stay down (the old schema recounts them on the
        # course page).
        migrations.RunPython(attach_progress_to_assignments, migrations.RunPython.noop),
    ]
