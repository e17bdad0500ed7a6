"""Lesson progress is unique per assignment and lesson (its translation key), and per reader
and lesson for the readings made without an assignment."""

from django.db import migrations, models


def keep_the_newest_reading_of_each_lesson(apps, schema_editor):
    """Going back: the old schema holds one row per servant and lesson, so of the years'
    readings of a lesson only the newest (the one the servant's newest assignment counts) is
    kept."""
    LessonProgress = apps.get_model("courses", "LessonProgress")
    newest = {}
    older = []
    rows = LessonProgress.objects.order_by("-first_viewed_at", "-pk").values_list(
        "pk", "user_id", "lesson_key"
    )
    for pk, user_id, lesson_key in rows.iterator():
        if (user_id, lesson_key) in newest:
            older.append(pk)
        else:
            newest[user_id, lesson_key] = pk
    for start in range(0, len(older), 5000):
        LessonProgress.objects.filter(pk__in=older[start : start + 5000]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0008_lessonprogress_attach_to_assignments"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="lessonprogress",
            name="lessonprogress_unique_per_lesson",
        ),
        migrations.AddConstraint(
            model_name="lessonprogress",
            constraint=models.UniqueConstraint(
                condition=models.Q(("assignment__isnull", False)),
                fields=("assignment", "lesson_key"),
                name="lessonprogress_unique_per_assignment",
            ),
        ),
        migrations.AddConstraint(
            model_name="lessonprogress",
            constraint=models.UniqueConstraint(
                condition=models.Q(("assignment__isnull", True)),
                fields=("user", "lesson_key"),
                name="lessonprogress_unique_unassigned",
            ),
        ),
        # Last, so that going back it runs before the old unique key is put back.
        migrations.RunPython(migrations.RunPython.noop, keep_the_newest_reading_of_each_lesson),
    ]
