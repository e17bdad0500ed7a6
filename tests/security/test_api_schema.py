"""The /api/v1/ API against its own OpenAPI schema, with every schemathesis check (status codes,
content types, headers and bodies as documented, invalid input rejected, valid input accepted,
authentication not ignored, unsupported methods refused): requests generated from the schema for
every operation, valid and invalid, with a valid key of one organisation."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import given, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks

# A few dozen of each kind per operation: the module stays well under a minute.
EXAMPLES_PER_OPERATION = 30
PATHS = ["/api/v1/certificates/verify/{code}", "/api/v1/compliance", "/api/v1/servants/{iin}"]


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The requests go through the real WSGI application, which closes the database connection
    after each one; the test's transaction lives on that connection (Django's test client
    turns this off in the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _schema():
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def _operation(path):
    operations = (result.ok() for result in _schema().get_all_operations())
    return next(operation for operation in operations if operation.path == path)


def _all_checks():
    load_all_checks()
    return list(CHECKS.get_all())


def test_every_check_is_run():
    names = {check.__name__ for check in _all_checks()}
    assert {
        "not_a_server_error", "status_code_conformance", "content_type_conformance",
        "response_headers_conformance", "response_schema_conformance",
        "negative_data_rejection", "positive_data_acceptance", "ignored_auth",
        "unsupported_method", "missing_required_header",
    } <= names  # fmt: skip


@pytest.mark.django_db
def test_schema_lists_every_api_operation(world):
    assert {result.ok().path for result in _schema().get_all_operations()} == set(PATHS)


@pytest.mark.django_db
def test_every_operation_documents_its_errors(world):
    documented = {path: set(_operation(path).definition.raw["responses"]) for path in PATHS}
    assert documented == {
        "/api/v1/certificates/verify/{code}": {"200", "400", "404", "429"},
        "/api/v1/compliance": {"200", "400", "401", "404", "422"},
        "/api/v1/servants/{iin}": {"200", "400", "401", "404"},
    }
    too_many = _operation(PATHS[0]).definition.raw["responses"]["429"]
    assert too_many["headers"]["Retry-After"]["required"] is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "mode"),
    [
        *((path, GenerationMode.POSITIVE) for path in PATHS),
        # Only the compliance list takes parameters that can be invalid (numbers within
        # bounds); a code or an IIN in a path is any text, so nothing there is "negative".
        ("/api/v1/compliance", GenerationMode.NEGATIVE),
    ],
)
def test_api_passes_every_check_against_its_schema(world, path, mode):
    operation = _operation(path)
    headers = {"Authorization": f"Bearer {world.api_keys['api_key_own_org']}"}
    checks = _all_checks()
    statuses = []

    # The key is part of every generated case (invalid data is made from the rest); the checks
    # that need it gone (ignored authentication) take it away themselves.
    @given(case=operation.as_strategy(generation_mode=mode, headers=headers))
    @settings(max_examples=EXAMPLES_PER_OPERATION)
    def check(case):
        response = case.call()
        statuses.append(response.status_code)
        case.validate_response(response, checks=checks)

    check()
    assert len(statuses) >= EXAMPLES_PER_OPERATION // 2
    if mode == GenerationMode.POSITIVE and path != "/api/v1/compliance":
        # Made-up codes and IINs: the documented "not found", never an error of ours.
        assert 404 in statuses


@pytest.mark.django_db
def test_api_429_matches_its_schema_and_says_when_to_retry(world, settings):
    settings.ADAL_VERIFY_RATE_PER_MINUTE = 2
    cache.clear()
    operation = _operation(PATHS[0])
    case = operation.Case(path_parameters={"code": "NOT-A-REAL-CODE"})
    responses = [case.call() for _ in range(3)]
    cache.clear()
    assert [r.status_code for r in responses] == [404, 404, 429]
    assert responses[-1].headers["retry-after"] == ["60"]
    case.validate_response(responses[-1], checks=_all_checks())
