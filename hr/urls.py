from django.urls import path

from hr import bundle_views, depth_views, export_views, invitation_views, views

app_name = "hr"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("units/<int:unit_id>/", views.unit_detail, name="unit"),
    path("units/<int:unit_id>/export.<str:fmt>", views.unit_export, name="unit_export"),
    path("units/<int:unit_id>/reminders/", views.reminders_send_view, name="reminders_send"),
    path("servants/<int:servant_id>/", views.servant_record, name="servant"),
    path("audit/", views.audit_log_view, name="audit"),
    path("import/", views.import_view, name="import"),
    path(
        "units/<int:unit_id>/certificates/",
        bundle_views.bundle_create_view,
        name="bundle_create",
    ),
    path("downloads/<int:bundle_id>/", bundle_views.bundle_detail_view, name="bundle"),
    path(
        "downloads/<int:bundle_id>/certificates.zip",
        bundle_views.bundle_download_view,
        name="bundle_download",
    ),
    path(
        "certificates/<str:serial>/revoke/",
        views.certificate_revoke_view,
        name="certificate_revoke",
    ),
    path(
        "assignments/<int:assignment_id>/exempt/",
        views.assignment_exempt_view,
        name="exempt",
    ),
]
urlpatterns += [
    path("flagged/", views.flagged_attempts_view, name="flagged_attempts"),
    path(
        "flagged/<int:attempt_id>/review/",
        views.flagged_attempt_review_view,
        name="flagged_attempt_review",
    ),
]

urlpatterns += [
    path("years/", depth_views.years_view, name="years"),
    path(
        "assignments/<int:assignment_id>/extend/",
        depth_views.assignment_extend_view,
        name="assignment_extend",
    ),
    path(
        "assignments/<int:assignment_id>/allow-attempt/",
        depth_views.assignment_allow_attempt_view,
        name="assignment_allow_attempt",
    ),
]
# Invitations (hr/invitation_views.py).
urlpatterns += [
    path(
        "servants/<int:servant_id>/invite/",
        invitation_views.servant_invite_view,
        name="servant_invite",
    ),
    path("units/<int:unit_id>/invite/", invitation_views.unit_invite_view, name="unit_invite"),
]
# Compliance spreadsheets written in the background (hr/export_views.py).
urlpatterns += [
    path("exports/<int:job_id>/", export_views.export_job_detail_view, name="export_job"),
    path(
        "exports/<int:job_id>/compliance.xlsx",
        export_views.export_job_download_view,
        name="export_job_download",
    ),
]
