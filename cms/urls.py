from django.urls import path

from cms import views

app_name = "cms"
urlpatterns = [
    path(
        "seminars/<int:page_id>/registration/",
        views.seminar_registration,
        name="seminar_registration",
    ),
]
