import datetime
import io

import pytest
from django.core.management import call_command

from lms.services import api_key_create, api_key_revoke
from tests.clock import TODAY, YEAR
from tests.factories import (
    AssignmentFactory,
    OrganisationFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    make_unit,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(course):
    mine = OrganisationFactory(code="mine", name="Mine")
    theirs = OrganisationFactory(code="theirs", name="Theirs")
    cycle = TrainingCycleFactory()
    a = ServantProfileFactory(unit=make_unit("m", organisation=mine)).user
    b = ServantProfileFactory(unit=make_unit("t", organisation=theirs)).user
    AssignmentFactory(servant=a, cycle=cycle, course=course)
    AssignmentFactory(
        servant=b, cycle=cycle, course=course, due_on=TODAY - datetime.timedelta(days=10)
    )
    key, clear = api_key_create(organisation=mine, name="HRIS")
    return {"key": key, "clear": clear, "mine": a, "theirs": b}


def get(client, url, token):
    return client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}")


def test_compliance_lists_only_the_keys_organisation(client, setup):
    data = get(client, f"/api/v1/compliance?cycle={YEAR}", setup["clear"]).json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["iin"] == setup["mine"].iin
    assert item["status"] == "not_started"
    assert item["unit_code"] == "m"


def test_servant_record_by_iin_and_404_outside(client, setup):
    assert get(client, f"/api/v1/servants/{setup['mine'].iin}", setup["clear"]).status_code == 200
    assert get(client, f"/api/v1/servants/{setup['theirs'].iin}", setup["clear"]).status_code == 404


def test_missing_wrong_and_revoked_keys_are_refused(client, setup):
    assert client.get("/api/v1/compliance").status_code == 401
    assert get(client, "/api/v1/compliance", setup["clear"] + "x").status_code == 401
    api_key_revoke(key=setup["key"])
    assert get(client, "/api/v1/compliance", setup["clear"]).status_code == 401


def test_keys_are_stored_hashed(setup):
    assert setup["clear"] not in setup["key"].key_hash
    assert len(setup["key"].key_hash) == 64


def test_openapi_schema_and_docs(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/compliance" in schema["paths"]
    assert "/api/v1/certificates/verify/{code}" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_create_api_key_command_prints_the_key_once(setup):
    out = io.StringIO()
    call_command("create_api_key", "--organisation", "mine", "--name", "Payroll", stdout=out)
    assert out.getvalue().strip().splitlines()[-1].startswith("adal_")


@pytest.mark.parametrize(
    "query", ["cycle=99999999999999999999", "page=99999999999999999999", "page_size=0"]
)
def test_out_of_range_numbers_are_refused_with_422(client, setup, query):
    response = get(client, f"/api/v1/compliance?{query}", setup["clear"])
    assert response.status_code == 422
