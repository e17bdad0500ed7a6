"""Sign-in limits as an agency meets them: its staff share one address (the office gateway), so
the per-address limits let a building through while one account still gets 5 tries; past a
limit the answer is a page in the visitor's language that says when to try again."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from lms.settings import base
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OFFICE = "192.0.2.10"  # one agency's gateway


@pytest.fixture
def production_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


def _sign_in(email, password, *, language="en"):
    return Client().post(
        "/accounts/login/",
        {"login": email, "password": password},
        REMOTE_ADDR=OFFICE,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_a_building_signs_in_within_a_minute(production_limits):
    """allauth's own per-address figure (30 sign-ins a minute) would turn the 31st away."""
    staff = UserFactory.create_batch(40)
    answers = [_sign_in(user.email, settings.ADAL_DEMO_PASSWORD).status_code for user in staff]
    assert answers == [302] * 40


def test_typos_across_a_building_do_not_lock_it_out_but_one_account_gets_five_tries(
    production_limits,
):
    staff = UserFactory.create_batch(15)
    # One mistyped password each: 15 failures from the address in a minute (allauth's own
    # figure, 10, would now refuse everyone there, the right password too).
    for user in staff:
        assert _sign_in(user.email, "mistyped").status_code == 200
    assert _sign_in(staff[0].email, settings.ADAL_DEMO_PASSWORD).status_code == 302

    too_many = "Too many failed login attempts"
    target = staff[1]
    answers = [_sign_in(target.email, "guess").content.decode() for _ in range(5)]
    # The first mistake above counted: 4 more tries, then even the right password waits.
    assert [too_many in answer for answer in answers] == [False] * 4 + [True]
    assert _sign_in(target.email, settings.ADAL_DEMO_PASSWORD).status_code == 200


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_past_the_address_limit_the_page_says_when_to_try_again(settings, language):
    settings.ACCOUNT_RATE_LIMITS = {"login": "1/m/ip"}
    cache.clear()
    user = UserFactory()
    assert _sign_in(user.email, "mistyped", language=language).status_code == 200
    response = _sign_in(user.email, settings.ADAL_DEMO_PASSWORD, language=language)
    cache.clear()
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert f'lang="{language}"' in page
    with translation.override(language):
        message = translation.gettext(
            "Too many sign-in attempts from your address. Please wait a minute and try again."
        )
    assert language == "en" or not message.startswith("Too many")  # translated
    assert message in page
