from django.urls import path

from certificates import views

app_name = "certificates"
urlpatterns = [
    path("certificates/<str:serial>.pdf", views.certificate_pdf_view, name="pdf"),
    path("verify/", views.verify_form_view, name="verify_form"),
    path("verify/<str:code>/", views.verify_view, name="verify"),
]
