"""Known and unknown codes answer no sooner than the same floor, on the page and in the API."""

import time

import pytest

pytestmark = pytest.mark.django_db

FLOOR = 0.2


def elapsed(client, url) -> tuple[float, int]:
    started = time.monotonic()
    response = client.get(url)
    return time.monotonic() - started, response.status_code


@pytest.mark.parametrize("url", ["/verify/{}/", "/api/v1/certificates/verify/{}"])
def test_known_and_unknown_codes_take_at_least_the_floor(
    client, settings, assignment, complete, url
):
    settings.ADAL_VERIFY_MIN_SECONDS = FLOOR
    certificate = complete(assignment)
    known, known_status = elapsed(client, url.format(certificate.code))
    unknown, unknown_status = elapsed(client, url.format("x" * 32))
    assert (known_status, unknown_status) == (200, 404)
    assert known >= FLOOR
    assert unknown >= FLOOR
