"""What the API's schema says beyond its successful answers, and the page that shows the schema
(/api/v1/docs). Shared by every app's API router; lms.api puts them together."""

from __future__ import annotations

from typing import Any

from django.shortcuts import render
from ninja import Schema
from ninja.openapi.docs import DocsBase


class ErrorOut(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]]


# Text in a path or a query: anything but NUL, which every request with one meets first as a
# 400 (lms.request_guards), so the schema says so.
TEXT_PATTERN = r"^[^\x00]*$"

# Merged into an operation's documented 429 (django-ninja has no way to declare a header).
RETRY_AFTER_HEADER = {
    "headers": {
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "required": True,
            "schema": {"type": "string", "pattern": "^[0-9]+$"},
        }
    }
}


class StaticSwagger(DocsBase):
    """Swagger UI from the site's own static files (the npm package swagger-ui-dist, see
    package.json), started by static/js/api-docs.js: no CDN and no inline script, so the page
    works on an intranet under the site's Content Security Policy."""

    def render_page(self, request, api, **kwargs):
        context = {"api": api, "schema_url": self.get_openapi_url(api, kwargs)}
        return render(request, "api/docs.html", context)
