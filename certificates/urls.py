from django.urls import path

from certificates import views

app_name = "certificates"
urlpatterns = [
    path("certificates/<str:serial>.pdf", views.certificate_pdf_view, name="pdf"),
    path(
        "certificates/<str:serial>/<str:language>.pdf",
        views.certificate_copy_pdf_view,
        name="copy_pdf",
    ),
    path("certificates/<str:serial>/", views.certificate_detail_view, name="detail"),
    path(
        "certificates/<str:serial>/copies/",
        views.certificate_copy_request_view,
        name="copy_request",
    ),
    path("verify/", views.verify_form_view, name="verify_form"),
    path("verify/<str:code>/", views.verify_view, name="verify"),
]
