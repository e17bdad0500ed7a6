"""Server errors found by the fuzzing and the authorization matrix, one test each."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from lms.validators import validate_iin
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_role(client, world):
    client.raise_request_exception = False

    def _as(role):
        client.force_login(world.users[role])
        return client

    return _as


@pytest.mark.parametrize("value", ["¹²³⁴⁵⁶⁷⁸⁹⁰¹²", "٨٨٠٤١٢٣٠٠٠١٠", "８８０４１２３０００１０"])
def test_iin_of_digits_of_other_scripts_is_a_validation_error(value):
    with pytest.raises(ValidationError):
        validate_iin(value)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/compliance?unit=%00",
        "/api/v1/servants/%00",
        "/api/v1/certificates/verify/a%00b",
        "/verify/a%00b/",
        "/en/search/?q=%00",
    ],
)
def test_nul_character_in_url_is_400(client, world, path):
    client.raise_request_exception = False
    key = world.api_keys["api_key_own_org"]
    assert client.get(path, HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 400


def test_nul_character_in_form_is_400(as_role, world):
    response = as_role("hr_in_scope").post(
        f"/hr/assignments/{world.assignment.pk}/exempt/", {"reason": "on leave\x00"}
    )
    assert response.status_code == 400


def test_attendance_page_of_unknown_page_is_404(as_role):
    assert as_role("superuser").get("/admin/seminars/999999/attendance/").status_code == 404


def test_quiz_page_with_out_of_range_sequence_is_refused(as_role, world):
    attempt = world.open_attempt
    response = as_role("servant").post(
        f"/quiz/attempts/{attempt.pk}/save/",
        {"go": "next", "page": "1", "seq": "99999999999999999999"},
    )
    assert response.status_code == 400
    assert Attempt.objects.get(pk=attempt.pk).sequence == attempt.sequence


@pytest.mark.parametrize(
    "body",
    [
        '{"answers": {}, "sequence": 1e999}',
        '{"answers": {}, "sequence": 99999999999999999999}',
        '{"answers": {"QUESTION": [1e999]}, "sequence": 5}',
    ],
)
def test_quiz_autosave_with_numbers_out_of_range_is_400(as_role, world, body):
    attempt = world.open_attempt
    body = body.replace("QUESTION", str(attempt.items[0]["question"]))
    response = as_role("servant").post(
        f"/quiz/attempts/{attempt.pk}/autosave/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "error" in json.loads(response.content)


@pytest.mark.parametrize(
    "query",
    ["overdue_days=99999999999999999999", "overdue_days=²", "cycle=²", "cycle=99999999999999"],
)
def test_hr_filters_out_of_range_are_ignored_or_404(as_role, world, query):
    response = as_role("hr_in_scope").get(f"/hr/units/{world.a_dept.pk}/?{query}")
    assert response.status_code in (200, 404)


def test_hr_import_without_a_numeric_organisation_is_400(as_role):
    response = as_role("hr_in_scope").post(
        "/hr/import/",
        {"organisation": "", "file": SimpleUploadedFile("staff.csv", b"iin\n")},
    )
    assert response.status_code == 400


@pytest.mark.parametrize("code", ["../../etc/passwd", "a/b", "код", "x" * 65])
def test_verification_form_with_a_malformed_code_says_so(client, code):
    client.raise_request_exception = False
    response = client.get("/verify/", {"code": code})
    assert response.status_code == 400
    assert "This is not a verification code" in response.content.decode()
