"""The API reference at /api/v1/docs: Swagger UI served from the site's own static files and
started by a static script, under the site's Content Security Policy. It lists every operation
and their documented errors, with no console error and no request to any other host (an
intranet has no CDN)."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


def test_api_docs_render_offline_under_the_csp(open_page, demo):
    page = open_page("en")
    outside, problems = [], []

    def route(route):
        url = urlsplit(route.request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
            outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))

    response = page.goto(f"{demo.url}/api/v1/docs")
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    operations = page.locator(".opblock")
    operations.first.wait_for()
    summaries = [
        operations.nth(i).locator(".opblock-summary-path").inner_text()
        for i in range(operations.count())
    ]
    assert sorted(s.replace("\u200b", "") for s in summaries) == [
        "/api/v1/certificates/verify/{code}",
        "/api/v1/compliance",
        "/api/v1/servants/{iin}",
    ]
    verify = page.locator(".opblock", has_text="/api/v1/certificates/verify/")
    verify.locator(".opblock-summary").click()
    responses = verify.locator(".responses-table")
    responses.first.wait_for()
    for status in ("200", "404", "429"):
        assert responses.locator(f"tr[data-code='{status}']").count() == 1, status
    assert "Retry-After" in responses.locator("tr[data-code='429']").inner_text()
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert problems == []
