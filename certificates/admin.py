from django.contrib import admin

from certificates.models import Certificate


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ["serial", "holder_name", "issued_at", "valid_until", "revoked_at"]
    search_fields = ["serial", "holder_name"]
    readonly_fields = ["serial", "code", "sha256", "pdf", "issued_at"]
