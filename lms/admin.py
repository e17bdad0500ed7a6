import functools

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from lms.invitations import servant_profile_save
from lms.models import (
    ApiKey,
    Assignment,
    AssignmentRule,
    AuditEvent,
    HRScope,
    Invitation,
    Organisation,
    OrgUnit,
    ServantProfile,
    TrainingCycle,
    User,
)
from lms.selectors import course_annual_id
from lms.services import api_key_revoke, hr_scope_grant, hr_scope_withdraw


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "last_name", "first_name", "iin", "preferred_language", "is_staff"]
    search_fields = ["email", "last_name", "first_name", "iin"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Personal info"),
            {"fields": ["last_name", "first_name", "middle_name", "iin", "preferred_language"]},
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "default_language"]
    search_fields = ["code", "name", "name_ru", "name_kk"]


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "organisation", "depth"]
    list_filter = ["organisation"]
    search_fields = ["code", "name"]


@admin.register(ServantProfile)
class ServantProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "unit", "position", "category", "active"]
    list_filter = ["category", "active"]
    list_select_related = ["user", "unit"]
    search_fields = ["user__last_name", "user__iin", "user__email"]

    def save_model(self, request, obj, form, change):
        # A new servant is assigned (while a cycle is open) and invited; so is one made active.
        reactivated = change and "active" in form.changed_data and obj.active
        servant_profile_save(profile=obj, by=request.user, reactivated=reactivated)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Read-only record of invitations; they are sent by imports, the admin and HR."""

    list_display = ["user", "sent_at", "count", "pending", "sent_by", "requested_at"]
    list_filter = ["pending"]
    list_select_related = ["user", "sent_by"]
    search_fields = ["user__email", "user__last_name", "user__iin"]
    readonly_fields = ["user", "requested_at", "sent_by", "pending", "sent_at", "count"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(HRScope)
class HRScopeAdmin(admin.ModelAdmin):
    """Granting or withdrawing an HR scope is recorded in the audit log."""

    list_display = ["user", "unit"]
    list_select_related = ["user", "unit"]
    autocomplete_fields = ["user"]

    def save_model(self, request, obj, form, change):
        hr_scope_grant(scope=obj, by=request.user)

    def delete_model(self, request, obj):
        hr_scope_withdraw(scope=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for scope in queryset:
            self.delete_model(request, scope)


admin.site.register(AssignmentRule)
admin.site.register(TrainingCycle)


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["servant", "cycle", "status", "due_on", "lessons_done", "lessons_total"]
    list_filter = ["cycle", "status"]
    list_select_related = ["servant", "cycle"]
    search_fields = ["servant__last_name", "servant__iin"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the database refuses changes anyway (`lms.audit`). The actor is shown as
    the event recorded them, which outlives a deleted account."""

    list_display = [
        "seq", "created_at", "actor_name", "actor_email", "action", "object_type", "object_id",
    ]  # fmt: skip
    list_filter = ["action"]
    search_fields = ["actor_email", "object_id"]
    ordering = ["-seq"]
    fields = [
        "seq", "created_at", "actor_id", "actor_name", "actor_email", "action", "object_type",
        "object_id", "data", "prev_hash", "hash",
    ]  # fmt: skip
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    """Keys are created with `manage.py create_api_key`; here they are listed and revoked."""

    list_display = ["organisation", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["organisation"]
    readonly_fields = ["organisation", "name", "prefix", "created_at", "created_by", "last_used_at"]
    exclude = ["key_hash"]
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Revoke the selected keys")
    def revoke(self, request, queryset):
        for key in queryset:
            api_key_revoke(key=key, by=request.user)


def _superusers_only(request) -> bool:
    """Django's admin edits any row of any table: superusers only, not every staff member
    (editors and moderators are staff for the CMS admin)."""
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _superusers_only


def _index_with_course_warning(index):
    """The admin's first page says when the yearly cycle could not assign anyone: no active
    assignment rule and no annual course (lms.tasks.open_yearly_cycle logs it too)."""

    @functools.wraps(index)
    def view(request, extra_context=None):
        if not AssignmentRule.objects.filter(active=True).exists() and course_annual_id() is None:
            messages.warning(
                request,
                _(
                    "No course to assign: there is no active assignment rule, and not exactly "
                    "one live course (or ADAL_ANNUAL_COURSE names none). The yearly cycle "
                    "and new staff will not be assigned training until one is set."
                ),
            )
        return index(request, extra_context)

    return view


admin.site.index = _index_with_course_warning(admin.site.index)
