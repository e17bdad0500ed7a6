"""Audit events keep their actor's name and email as they were, no longer depend on the user
row (deleting an account changes no event), and form a hash chain (`lms.audit`). Existing
events are chained in the order they were recorded."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from lms.audit import stored_event_hash

BATCH = 1000


def chain_backfill(apps, schema_editor):
    AuditEvent = apps.get_model("lms", "AuditEvent")
    AuditChainHead = apps.get_model("lms", "AuditChainHead")
    User = apps.get_model("lms", "User")
    seq, previous_hash = 0, ""
    events = AuditEvent.objects.order_by("created_at", "pk")
    batch = []

    def write(batch):
        actor_ids = {event.actor_id for event in batch if event.actor_id is not None}
        actors = {user.pk: user for user in User.objects.filter(pk__in=actor_ids)}
        nonlocal seq, previous_hash
        for event in batch:
            actor = actors.get(event.actor_id)
            if actor is not None:
                parts = [actor.last_name, actor.first_name, actor.middle_name]
                event.actor_name = " ".join(p for p in parts if p).strip()[:255]
                event.actor_email = actor.email
            seq += 1
            event.seq, event.prev_hash = seq, previous_hash
            event.hash = stored_event_hash(event)
            previous_hash = event.hash
        AuditEvent.objects.bulk_update(
            batch, ["actor_name", "actor_email", "seq", "prev_hash", "hash"]
        )

    for event in events.iterator(chunk_size=BATCH):
        batch.append(event)
        if len(batch) == BATCH:
            write(batch)
            batch = []
    if batch:
        write(batch)
    AuditChainHead.objects.create(pk=1, seq=seq, hash=previous_hash)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0008_compliance_stamp"),
    ]

    operations = [
        migrations.CreateModel(
            name="AuditChainHead",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("seq", models.BigIntegerField(default=0)),
                ("hash", models.CharField(blank=True, max_length=64)),
            ],
        ),
        # The constraint goes first: after it, deleting a user touches no audit row.
        migrations.AlterField(
            model_name="auditevent",
            name="actor",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="actor_email",
            field=models.CharField(blank=True, editable=False, max_length=254),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="actor_name",
            field=models.CharField(blank=True, editable=False, max_length=255),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditevent",
            name="prev_hash",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="seq",
            field=models.BigIntegerField(editable=False, null=True),
        ),
        migrations.RunPython(chain_backfill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="auditevent",
            name="seq",
            field=models.BigIntegerField(editable=False, unique=True),
        ),
    ]
