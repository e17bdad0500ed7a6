from django.urls import path

from quizzes import views

app_name = "quizzes"
urlpatterns = [
    path("start/<int:assignment_id>/", views.attempt_start_view, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<int:attempt_id>/save/", views.attempt_save_view, name="save"),
    path("attempts/<int:attempt_id>/autosave/", views.attempt_autosave_view, name="autosave"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result_view, name="result"),
]
