from django.urls import path

from certificates import hr_views as certificate_hr_views
from lms import hr_views

app_name = "hr"
urlpatterns = [
    path("", hr_views.dashboard, name="dashboard"),
    path("units/<int:unit_id>/", hr_views.unit_detail, name="unit"),
    path("units/<int:unit_id>/export.<str:fmt>", hr_views.unit_export, name="unit_export"),
    path("servants/<int:servant_id>/", hr_views.servant_record, name="servant"),
    path("audit/", hr_views.audit_log_view, name="audit"),
    path("import/", hr_views.import_view, name="import"),
    path(
        "units/<int:unit_id>/certificates/",
        certificate_hr_views.bundle_create_view,
        name="bundle_create",
    ),
    path("downloads/<int:bundle_id>/", certificate_hr_views.bundle_detail_view, name="bundle"),
    path(
        "downloads/<int:bundle_id>/certificates.zip",
        certificate_hr_views.bundle_download_view,
        name="bundle_download",
    ),
    path(
        "certificates/<str:serial>/revoke/",
        hr_views.certificate_revoke_view,
        name="certificate_revoke",
    ),
    path(
        "assignments/<int:assignment_id>/exempt/",
        hr_views.assignment_exempt_view,
        name="exempt",
    ),
]
