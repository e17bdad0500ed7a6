"""The database refuses to change or remove audit events (`lms.audit`): triggers on
lms_auditevent, per database vendor, after the backfill of 0009 has written its rows."""

from django.db import migrations

from lms.audit import audit_triggers_create, audit_triggers_drop


def triggers_create(apps, schema_editor):
    audit_triggers_create(schema_editor.connection)


def triggers_drop(apps, schema_editor):
    audit_triggers_drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0009_audit_event_snapshot_and_chain"),
    ]

    operations = [
        migrations.RunPython(triggers_create, triggers_drop),
    ]
