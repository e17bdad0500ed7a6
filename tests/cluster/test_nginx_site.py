"""`make cluster-test` runs the repository's own nginx site (deploy/nginx/adal.conf) with the
test's addresses: the adaptation must keep finding what it replaces, and nginx must accept the
result."""

import shutil
import subprocess

import pytest

from cluster.__main__ import nginx_config
from cluster.hosts import address


def test_the_deploy_site_adapted_for_the_test_hosts(tmp_path):
    static = tmp_path / "cache" / "static"
    static.mkdir(parents=True)
    (tmp_path / "logs").mkdir()
    (tmp_path / "tls").mkdir()
    main = nginx_config(tmp_path, static)
    site = (tmp_path / "nginx-site.conf").read_text()
    assert f"server {address('web1')}:8000 max_fails=3" in site
    assert f"server {address('web2')}:8000 max_fails=3" in site
    assert "server 10.0.1." not in site and "server_name adal.example.kz" not in site
    assert f"root {static.parent};" in site and f"root {tmp_path};" in site
    assert "listen [::]" not in site
    # The production site's behaviour is kept: TLS, retries only when a request was not sent.
    assert "listen 443 ssl http2;" in site
    assert "proxy_next_upstream error timeout;" in site

    if shutil.which("nginx") is None or shutil.which("openssl") is None:
        pytest.fail("nginx and openssl are needed (.ci/system-deps.sh installs them)")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(tmp_path / "tls" / "key.pem"), "-out", str(tmp_path / "tls" / "cert.pem"),
         "-subj", "/CN=test"],
        check=True, capture_output=True,
    )  # fmt: skip
    checked = subprocess.run(
        ["nginx", "-t", "-c", str(main), "-p", str(tmp_path / "nginx")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
