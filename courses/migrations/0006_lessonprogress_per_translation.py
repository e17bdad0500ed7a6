"""Lesson progress is unique per servant and lesson (its translation key); the language version
first opened may be deleted without losing the reading."""

import django.db.models.deletion
from django.db import migrations, models


def drop_progress_without_lesson(apps, schema_editor):
    """Going back: the old schema cannot hold progress whose language version was deleted."""
    LessonProgress = apps.get_model("courses", "LessonProgress")
    LessonProgress.objects.filter(lesson__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_lessonprogress_lesson_key"),
    ]

    operations = [
        migrations.AlterField(
            model_name="lessonprogress",
            name="lesson_key",
            field=models.UUIDField(
                help_text="The translation key shared by the lesson's language versions.",
                verbose_name="lesson",
            ),
        ),
        migrations.RemoveConstraint(
            model_name="lessonprogress",
            name="lessonprogress_unique",
        ),
        migrations.AddConstraint(
            model_name="lessonprogress",
            constraint=models.UniqueConstraint(
                fields=("user", "lesson_key"), name="lessonprogress_unique_per_lesson"
            ),
        ),
        migrations.AlterField(
            model_name="lessonprogress",
            name="lesson",
            field=models.ForeignKey(
                blank=True,
                help_text="The language version the servant opened first.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="progress",
                to="courses.lessonpage",
                verbose_name="version first opened",
            ),
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_progress_without_lesson),
    ]
