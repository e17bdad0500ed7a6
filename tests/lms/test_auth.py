import pytest
from django.conf import settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_servant_signs_in_with_email_and_password(client):
    UserFactory(email="person@example.com")
    response = client.post(
        "/accounts/login/",
        {"login": "person@example.com", "password": settings.ADAL_DEMO_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/learn/"
    assert client.get("/learn/").status_code == 200


def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="person@example.com")
    response = client.post("/accounts/login/", {"login": "person@example.com", "password": "no"})
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert client.get("/learn/").status_code == 302


def test_learn_requires_sign_in(client):
    response = client.get("/learn/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_admin_login_goes_through_the_same_accounts(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_self_signup_is_closed(client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.com",
            "password1": "Str0ng-pass-2026",
            "password2": "Str0ng-pass-2026",
        },
    )
    assert response.status_code in (200, 403)
    from lms.models import User

    assert not User.objects.filter(email="new@example.com").exists()


def test_password_reset_sends_an_email(client, mailoutbox):
    UserFactory(email="person@example.com")
    response = client.post("/accounts/password/reset/", {"email": "person@example.com"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "person@example.com" in mailoutbox[0].to
