import pytest

from certificates.signing import ensure_demo_signing_key


@pytest.fixture(scope="session")
def demo_key_pair(tmp_path_factory):
    # Made once: generating an RSA key takes a noticeable fraction of a second.
    return ensure_demo_signing_key(tmp_path_factory.mktemp("signing"))


@pytest.fixture
def signing_key(settings, demo_key_pair):
    key_path, cert_path = demo_key_pair
    settings.CERTIFICATE_SIGNING_KEY = str(key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(cert_path)
    return key_path, cert_path
