import pytest

from quizzes.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        email="editor@example.com", password="x", preferred_language="en"
    )
    client.force_login(admin)
    return admin


def test_question_bank_pages_open_for_editors(client, editor, quiz):
    question = Question.objects.first()
    for url in (
        "/admin/snippets/quizzes/question/",
        "/admin/snippets/quizzes/question/add/",
        f"/admin/snippets/quizzes/question/edit/{question.pk}/",
        f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/",
        "/admin/test-statistics/",
    ):
        assert client.get(url).status_code == 200, url


def test_question_list_exports_csv_through_wagtail(client, editor, quiz):
    response = client.get("/admin/snippets/quizzes/question/?export=csv")
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "Question 0.0?" in body


def test_saving_a_draft_keeps_the_live_version_in_the_draw(client, editor, quiz):
    question = Question.objects.get(key="q-0-0")
    question.text = "Changed in a draft?"
    question.save_revision(user=editor)
    question.refresh_from_db()
    assert question.text == "Question 0.0?"  # the live row is unchanged until published
    assert question.has_unpublished_changes
    question.latest_revision.publish()
    question.refresh_from_db()
    assert question.text == "Changed in a draft?"
