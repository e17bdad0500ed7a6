"""Redirects that take a target from the request never leave the site."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

FOREIGN = ["https://evil.example/", "//evil.example/", "/\\evil.example/", "https:evil.example"]


def _stays_on_site(response) -> bool:
    location = response["Location"]
    return location.startswith("/") and not location.startswith(("//", "/\\"))


@pytest.mark.parametrize("target", FOREIGN)
def test_language_switch_does_not_redirect_off_site(client, world, target):
    client.force_login(world.users["servant"])
    response = client.post("/i18n/setlang/", {"language": "ru", "next": target})
    assert response.status_code == 302 and _stays_on_site(response)


@pytest.mark.parametrize("target", FOREIGN)
def test_sign_in_does_not_redirect_off_site(client, world, target):
    response = client.post(
        f"/accounts/login/?next={target}",
        {"login": world.servant_email, "password": settings.ADAL_DEMO_PASSWORD},
    )
    assert response.status_code == 302 and _stays_on_site(response), response["Location"]
