"""A domain error that a view lets through is answered with its message and status, as a page
or as JSON; any other error stays a server error."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation

from cms.exceptions import SeminarFull
from lms.middleware import DomainErrorMiddleware
from quizzes.exceptions import StaleSubmission

pytestmark = pytest.mark.django_db


def _middleware(error):
    def view(request):
        raise error

    middleware = DomainErrorMiddleware(view)
    return lambda request: middleware.process_exception(request, error)


def test_a_page_request_gets_the_message_as_a_page_with_the_errors_status(rf: RequestFactory):
    request = rf.post("/seminars/1/register/")
    request.user = AnonymousUser()
    with translation.override("ru"):
        response = _middleware(SeminarFull())(request)
    assert response.status_code == 400
    assert "Все места на этот семинар заняты" in response.content.decode()


def test_a_json_request_gets_the_message_and_the_errors_name(rf: RequestFactory):
    request = rf.post("/quiz/attempts/1/autosave/", "{}", content_type="application/json")
    with translation.override("en"):  # whatever language an earlier test left active
        response = _middleware(StaleSubmission())(request)
    assert response.status_code == 409
    body = json.loads(response.content)
    assert body["code"] == "StaleSubmission"
    assert "out-of-date page" in body["error"]


def test_other_errors_are_left_to_the_server_error_handling(rf: RequestFactory):
    assert _middleware(ValueError("boom"))(rf.get("/")) is None
