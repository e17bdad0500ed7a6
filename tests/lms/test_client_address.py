"""Whose address a rate limit or a log line counts: the real client's, read through the trusted
proxy hops only. A header a client writes itself never moves it to another bucket."""

import io
import logging

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory

from lms.adapters import AccountAdapter
from lms.client_address import ClientAddressLogFilter, client_address

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"  # the reverse proxy on the same host
CITIZEN_A = "203.0.113.7"
CITIZEN_B = "198.51.100.20"


def _request(remote: str, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/verify/", **headers)


@pytest.fixture
def behind_one_proxy(settings):
    settings.ADAL_TRUSTED_PROXY_HOPS = 1


def test_direct_client_is_known_by_its_connection_and_its_header_is_ignored(settings):
    settings.ADAL_TRUSTED_PROXY_HOPS = 0
    assert client_address(_request(CITIZEN_A)) == CITIZEN_A
    assert client_address(_request(CITIZEN_A, forwarded=CITIZEN_B)) == CITIZEN_A


def test_behind_one_proxy_the_client_is_the_address_the_proxy_saw(behind_one_proxy):
    assert client_address(_request(PROXY, forwarded=CITIZEN_A)) == CITIZEN_A


def test_behind_one_proxy_a_spoofed_header_stays_to_the_left_and_is_not_read(behind_one_proxy):
    # The client sent "X-Forwarded-For: 198.51.100.20"; the proxy appended what it saw.
    assert client_address(_request(PROXY, forwarded=f"{CITIZEN_B}, {CITIZEN_A}")) == CITIZEN_A


def test_a_client_bypassing_the_proxy_cannot_choose_its_address(behind_one_proxy):
    # Connected from a public address, not a trusted proxy: its header is not believed.
    assert client_address(_request(CITIZEN_A, forwarded=CITIZEN_B)) == CITIZEN_A


def test_two_proxy_hops_read_the_address_the_outer_proxy_saw(settings):
    settings.ADAL_TRUSTED_PROXY_HOPS = 2
    chain = f"{CITIZEN_B}, {CITIZEN_A}, 10.1.2.3"  # spoof, client, outer load balancer
    assert client_address(_request(PROXY, forwarded=chain)) == CITIZEN_A


def test_a_malformed_or_short_header_falls_back_to_the_connection(behind_one_proxy):
    assert client_address(_request(PROXY, forwarded="not-an-address")) == PROXY
    assert client_address(_request(PROXY, forwarded="")) == PROXY


@pytest.fixture
def low_verify_limit(settings):
    settings.ADAL_VERIFY_RATE_PER_MINUTE = 2
    cache.clear()
    yield
    cache.clear()


def _verify(client, citizen: str, spoof: str | None = None):
    forwarded = f"{spoof}, {citizen}" if spoof else citizen
    return client.get("/verify/unknown-code/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def test_verification_limit_counts_each_citizen_behind_the_proxy_apart(
    client, behind_one_proxy, low_verify_limit
):
    assert [_verify(client, CITIZEN_A).status_code for _ in range(3)] == [404, 404, 429]
    assert _verify(client, CITIZEN_B).status_code == 404


def test_verification_limit_is_not_escaped_by_writing_a_new_header_each_time(
    client, behind_one_proxy, low_verify_limit
):
    statuses = [_verify(client, CITIZEN_A, spoof=f"192.0.2.{n}").status_code for n in range(1, 4)]
    assert statuses == [404, 404, 429]


def test_without_trusted_hops_everyone_behind_the_proxy_shares_one_bucket(
    client, settings, low_verify_limit
):
    """What the setting is for: the same traffic with hops = 0 limits the second citizen."""
    settings.ADAL_TRUSTED_PROXY_HOPS = 0
    assert [_verify(client, CITIZEN_A).status_code for _ in range(2)] == [404, 404]
    assert _verify(client, CITIZEN_B).status_code == 429


def test_sign_in_limits_use_the_same_client_address(behind_one_proxy):
    request = _request(PROXY, forwarded=f"{CITIZEN_B}, {CITIZEN_A}")
    assert AccountAdapter(request).get_client_ip(request) == CITIZEN_A


def test_sign_in_failures_are_limited_per_citizen_behind_the_proxy(
    client, settings, behind_one_proxy
):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/m/ip"}
    cache.clear()
    data = {"login": "nobody@adal.example", "password": "wrong-password"}

    def sign_in(citizen):
        return client.post(
            "/accounts/login/", data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=citizen
        )

    too_many = "Too many failed login attempts"
    answers = [sign_in(CITIZEN_A).content.decode() for _ in range(3)]
    assert [too_many in answer for answer in answers] == [False, False, True]
    assert too_many not in sign_in(CITIZEN_B).content.decode()
    cache.clear()


def test_log_lines_carry_the_client_address(client, behind_one_proxy):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ClientAddressLogFilter())
    handler.setFormatter(logging.Formatter(settings.LOGGING["formatters"]["plain"]["format"]))
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.get("/en/no-such-page-anywhere/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=CITIZEN_A)
    finally:
        logger.removeHandler(handler)
    assert f"[{CITIZEN_A}] Not Found: /en/no-such-page-anywhere/" in stream.getvalue()
