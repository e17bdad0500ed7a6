"""The /api/v1/ API against its own OpenAPI schema: requests generated from the schema for
every operation, with a valid key of one organisation, never get a server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import given, settings
from schemathesis.checks import not_a_server_error

EXAMPLES_PER_OPERATION = 40


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


def _operations():
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.django_db
def test_schema_lists_every_api_operation(world):
    paths = {operation.path for operation in _operations()}
    assert paths == {"/api/v1/certificates/verify/{code}", "/api/v1/compliance",
                     "/api/v1/servants/{iin}"}  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/certificates/verify/{code}", "/api/v1/compliance",
                                  "/api/v1/servants/{iin}"])  # fmt: skip
def test_api_never_answers_with_a_server_error(world, path):
    operation = next(op for op in _operations() if op.path == path)
    headers = {"Authorization": f"Bearer {world.api_keys['api_key_own_org']}"}
    statuses = []

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION)
    def check(case):
        response = case.call(headers=headers)
        statuses.append(response.status_code)
        assert response.status_code < 500, (case.path_parameters, case.query, response.text)
        case.validate_response(response, checks=[not_a_server_error])

    check()
    assert len(statuses) >= EXAMPLES_PER_OPERATION // 2
