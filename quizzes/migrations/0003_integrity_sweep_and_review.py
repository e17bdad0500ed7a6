"""Record that an attempt's integrity check ran, and HR's review decision on a flagged attempt.

No backfill of `integrity_checked_at`: until now nothing recorded whether a check ran (an
attempt without flags may be clean or may never have been checked, its task lost while the
broker was down), so every submitted attempt starts unchecked and the periodic sweep checks
the backlog a batch at a time. The check is idempotent: an attempt checked before gets no
second flag."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def drop_duplicate_unrelated_flags(apps, schema_editor):
    """Two checks of one attempt at once could write its "too fast" flag twice: keep the first."""
    AttemptFlag = apps.get_model("quizzes", "AttemptFlag")
    seen = set()
    duplicates = []
    for pk, attempt_id, kind in (
        AttemptFlag.objects.filter(related_attempt__isnull=True)
        .order_by("pk")
        .values_list("pk", "attempt_id", "kind")
    ):
        if (attempt_id, kind) in seen:
            duplicates.append(pk)
        seen.add((attempt_id, kind))
    AttemptFlag.objects.filter(pk__in=duplicates).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0008_compliance_stamp"),
        ("quizzes", "0002_quiz_engine"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="integrity_checked_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When the integrity check ran. Empty on a submitted attempt: its task was lost (the broker was down) and the periodic sweep runs the check.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="attempt",
            name="review_decision",
            field=models.CharField(
                blank=True,
                choices=[("cleared", "Cleared"), ("revoked", "Certificate revoked")],
                max_length=20,
                verbose_name="review decision",
            ),
        ),
        migrations.AddField(
            model_name="attempt",
            name="review_note",
            field=models.TextField(blank=True, verbose_name="review note"),
        ),
        migrations.AddField(
            model_name="attempt",
            name="reviewed_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="reviewed at"),
        ),
        migrations.AddField(
            model_name="attempt",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="reviewed by",
            ),
        ),
        migrations.AddIndex(
            model_name="attempt",
            index=models.Index(
                condition=models.Q(
                    ("integrity_checked_at__isnull", True), ("submitted_at__isnull", False)
                ),
                fields=["submitted_at"],
                name="attempt_integrity_unchecked",
            ),
        ),
        migrations.AddConstraint(
            model_name="attempt",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("review_decision", ""), ("reviewed_at__isnull", True)),
                    models.Q(
                        models.Q(("review_decision", ""), _negated=True),
                        ("reviewed_at__isnull", False),
                    ),
                    _connector="OR",
                ),
                name="attempt_review_decided_with_time",
            ),
        ),
        migrations.RunPython(drop_duplicate_unrelated_flags, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="attemptflag",
            constraint=models.UniqueConstraint(
                condition=models.Q(("related_attempt__isnull", True)),
                fields=("attempt", "kind"),
                name="attemptflag_unique_unrelated",
            ),
        ),
    ]
