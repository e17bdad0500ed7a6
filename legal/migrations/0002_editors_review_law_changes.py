"""Editors and moderators keep the legal register and decide on the lessons and questions an
amendment flags: Wagtail's own groups get the register's permissions. Permissions do not exist
yet on a fresh database (they are created after all migrations), so they are created here as
Django would; running again changes nothing."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
PERMISSIONS = {
    "legalact": ("add", "change", "view"),
    "legalarticle": ("add", "change", "view"),
    "amendment": ("view",),
    "citationreview": ("change", "view"),
}
NAMES = {
    "legalact": "legal act",
    "legalarticle": "legal article",
    "amendment": "amendment",
    "citationreview": "citation review",
}


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    found = []
    for model, actions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="legal", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {NAMES[model]}"},
            )
            found.append(permission)
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = _permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="legal")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("legal", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
