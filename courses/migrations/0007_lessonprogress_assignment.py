"""Lesson progress belongs to the year's assignment: mandatory annual training is read again
every year. This migration adds the assignment; the next attaches every existing row to the
one it was read for, and the one after makes (assignment, lesson) the unique key."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_lessonprogress_per_translation"),
        ("lms", "0008_compliance_stamp"),
    ]

    operations = [
        migrations.AddField(
            model_name="lessonprogress",
            name="assignment",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "The year's assignment this reading counts for; empty when the reader "
                    "holds none."
                ),
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="lesson_progress",
                to="lms.assignment",
                verbose_name="assignment",
            ),
        ),
    ]
