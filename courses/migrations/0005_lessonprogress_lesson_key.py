"""Lesson progress is keyed by the lesson's translation key instead of its default-locale page,
so that a lesson read in any language (or written in one language only) counts once. This
migration adds and fills the key; the next one makes it the unique key (a separate transaction,
so that PostgreSQL has checked the rows changed here before the table is altered)."""

from django.db import migrations, models
from django.db.models import Count, OuterRef, Subquery


def key_progress_by_translation(apps, schema_editor):
    """Copy each row's lesson translation key; merge the rows of one servant and one lesson
    that were recorded against different language versions (a lesson read in Kazakh before
    its English original existed, then again in English) into the earliest one."""
    LessonProgress = apps.get_model("courses", "LessonProgress")
    Page = apps.get_model("wagtailcore", "Page")
    LessonProgress.objects.update(
        lesson_key=Subquery(
            Page.objects.filter(pk=OuterRef("lesson_id")).values("translation_key")[:1]
        )
    )
    duplicates = (
        LessonProgress.objects.values("user_id", "lesson_key")
        .annotate(rows=Count("pk"))
        .filter(rows__gt=1)
        .order_by()
    )
    for group in duplicates.iterator():
        rows = list(
            LessonProgress.objects.filter(
                user_id=group["user_id"], lesson_key=group["lesson_key"]
            ).order_by("first_viewed_at", "pk")
        )
        kept, others = rows[0], rows[1:]
        completed = [row for row in rows if row.completed_at is not None]
        if completed:
            first_completed = min(completed, key=lambda row: row.completed_at)
            kept.completed_at = first_completed.completed_at
            kept.seconds = first_completed.seconds
        kept.save(update_fields=["completed_at", "seconds"])
        LessonProgress.objects.filter(pk__in=[row.pk for row in others]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_course_cover_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="lessonprogress",
            name="lesson_key",
            field=models.UUIDField(null=True),
        ),
        # Reversed, nothing to undo: the column goes, and rows merged stay merged (each
        # servant's reading of a lesson is then one row, which the old schema also allows).
        migrations.RunPython(key_progress_by_translation, migrations.RunPython.noop),
    ]
