"""An editor's new lesson is not live until a moderator approves it (Wagtail's workflow)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _staff_in(group_name, email):
    user = UserFactory(email=email, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_lesson_goes_live_only_after_a_moderator_approves(client, course):
    editor = _staff_in("Editors", "editor@example.com")
    moderator = _staff_in("Moderators", "moderator@example.com")
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Lesson 4",
            "slug": "lesson-4",
            "summary": "New lesson",
            "min_reading_seconds": 60,
            "body": streamfield([("paragraph", rich_text("<p>Gifts are refused.</p>"))]),
            "action-submit": "Submit for moderation",
        }
    )
    response = client.post(f"/admin/pages/add/courses/lessonpage/{course.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="lesson-4")
    assert not lesson.live
    assert lesson.current_workflow_state is not None

    servant = UserFactory()
    client.force_login(servant)
    assert client.get("/en/courses/anti-corruption/lesson-4/").status_code == 404
    # The editor cannot publish it directly.
    client.force_login(editor)
    client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        {k: v for k, v in data.items() if k != "action-submit"} | {"action-publish": "Publish"},
    )
    assert not Page.objects.get(pk=lesson.pk).live

    task_state = lesson.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user=moderator, action_name="approve")
    assert Page.objects.get(pk=lesson.pk).live
    client.force_login(servant)
    assert client.get("/en/courses/anti-corruption/lesson-4/").status_code == 200
