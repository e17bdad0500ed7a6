from django.contrib import admin

from quizzes.models import AttemptFlag


@admin.register(AttemptFlag)
class AttemptFlagAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "attempt", "related_attempt"]
    list_filter = ["kind"]
    list_select_related = ["attempt__user", "attempt__quiz", "related_attempt__user"]
    readonly_fields = ["attempt", "kind", "detail", "related_attempt", "created_at"]

    def has_add_permission(self, request):
        return False
