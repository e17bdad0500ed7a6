from django.urls import path

from courses import views

app_name = "courses"
urlpatterns = [
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete_view, name="lesson_complete"),
    path("courses/<int:assignment_id>/continue/", views.course_continue_view, name="continue"),
]
