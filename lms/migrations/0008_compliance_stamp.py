"""A constant-time freshness stamp for cached compliance counts, kept by triggers on
lms_assignment and lms_servantprofile (see `lms.models.ComplianceStamp`)."""

from django.db import migrations, models
from django.utils import timezone

TABLES = ("lms_assignment", "lms_servantprofile")

# The row is written with an upsert, so that a truncated stamp table (a test flush) is
# re-created by the next change; `changed_at` keeps versions after such a reset apart.
POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION lms_compliance_stamp_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Once per transaction: a deferred trigger fires for every changed row at commit.
    IF TG_LEVEL = 'ROW'
       AND current_setting('lms.compliance_stamp_bumped', true) IS NOT DISTINCT FROM 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO lms_compliancestamp (id, version, changed_at)
    VALUES (1, 1, clock_timestamp())
    ON CONFLICT (id) DO UPDATE
        SET version = lms_compliancestamp.version + 1, changed_at = clock_timestamp();
    IF TG_LEVEL = 'ROW' THEN
        PERFORM set_config('lms.compliance_stamp_bumped', 'on', true);
    END IF;
    RETURN NULL;
END
$$;
"""

POSTGRESQL_TRIGGERS = """
CREATE CONSTRAINT TRIGGER {table}_compliance_stamp
    AFTER INSERT OR UPDATE OR DELETE ON {table}
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION lms_compliance_stamp_bump();
CREATE TRIGGER {table}_compliance_stamp_truncate
    AFTER TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION lms_compliance_stamp_bump();
"""

POSTGRESQL_DROP = """
DROP TRIGGER IF EXISTS {table}_compliance_stamp ON {table};
DROP TRIGGER IF EXISTS {table}_compliance_stamp_truncate ON {table};
"""

# SQLite (the demo): no deferred triggers, and one writer at a time, so each row bumps it.
SQLITE_BUMP = """
    INSERT INTO lms_compliancestamp (id, version, changed_at)
    VALUES (1, 1, strftime('%Y-%m-%d %H:%M:%f', 'now'))
    ON CONFLICT (id) DO UPDATE
        SET version = version + 1, changed_at = strftime('%Y-%m-%d %H:%M:%f', 'now');
"""


def triggers_create(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO lms_compliancestamp (id, version, changed_at) VALUES (1, 1, %s)",
            [timezone.now()],
        )
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
            for table in TABLES:
                cursor.execute(POSTGRESQL_TRIGGERS.format(table=table))
        elif connection.vendor == "sqlite":
            for table in TABLES:
                for event in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(
                        f"CREATE TRIGGER {table}_compliance_stamp_{event.lower()} "
                        f"AFTER {event} ON {table} BEGIN {SQLITE_BUMP} END"
                    )
        else:
            raise NotImplementedError(f"No compliance stamp triggers for {connection.vendor}.")


def triggers_drop(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in TABLES:
                cursor.execute(POSTGRESQL_DROP.format(table=table))
            cursor.execute("DROP FUNCTION IF EXISTS lms_compliance_stamp_bump()")
        elif connection.vendor == "sqlite":
            for table in TABLES:
                for event in ("insert", "update", "delete"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {table}_compliance_stamp_{event}")


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0007_user_name_order"),
    ]

    operations = [
        migrations.CreateModel(
            name="ComplianceStamp",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField(default=0)),
                ("changed_at", models.DateTimeField()),
            ],
        ),
        migrations.RunPython(triggers_create, triggers_drop),
        # They served only the count-and-max freshness check that the stamp replaces.
        migrations.RemoveIndex(model_name="assignment", name="assignment_cycle_updated"),
        migrations.RemoveIndex(model_name="servantprofile", name="servantprofile_updated"),
    ]
