import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _low_limit(settings):
    settings.ADAL_VERIFY_RATE_PER_MINUTE = 3
    cache.clear()
    yield
    cache.clear()


def test_verification_page_says_429_past_the_limit(client):
    statuses = [client.get("/verify/unknown-code/").status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    response = client.get("/verify/unknown-code/")
    assert "Too many checks" in response.content.decode()
    assert response["Retry-After"] == "60"


def test_api_says_429_past_the_limit_and_counts_per_address(client):
    statuses = [client.get("/api/v1/certificates/verify/x").status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    other = client.get("/api/v1/certificates/verify/x", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 404
