import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lms.models import HRScope, ServantProfile
from tests.factories import OrganisationFactory, UserFactory, make_iin, make_unit

pytestmark = pytest.mark.django_db

HEADER = "iin,last_name,first_name,middle_name,email,unit_code,position,category,hired_on\n"


@pytest.fixture
def officer(client):
    organisation = OrganisationFactory(code="org-a", name="Agency A")
    unit = make_unit("a-root", organisation=organisation)
    user = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=user, unit=unit)
    client.force_login(user)
    return {"user": user, "organisation": organisation, "unit": unit}


def upload(client, organisation, body: str, name="staff.csv"):
    return client.post(
        "/hr/import/",
        {"organisation": organisation.pk, "file": SimpleUploadedFile(name, body.encode())},
    )


def test_upload_preview_then_confirm_imports(client, officer):
    body = (
        HEADER
        + f"{make_iin(41)},Servant,Test,,new@example.com,a-root,Expert,administrative,2020-01-10\n"
    )
    preview = upload(client, officer["organisation"], body)
    assert preview.status_code == 200
    assert "1 servants added" in preview.content.decode()
    assert not ServantProfile.objects.exists()  # nothing written before confirmation
    token = preview.context["token"]
    response = client.post("/hr/import/", {"step": "confirm", "token": token})
    assert response.status_code == 302
    assert ServantProfile.objects.get().user.email == "new@example.com"


def test_bad_file_lists_every_problem_and_writes_nothing(client, officer):
    body = HEADER + "123,Servant,Test,,not-an-email,nowhere,Expert,boss,someday\n"
    response = upload(client, officer["organisation"], body)
    assert response.status_code == 400
    text = response.content.decode()
    assert "row 2, column iin" in text and "row 2, column email" in text
    assert "nothing was imported" in text
    assert not ServantProfile.objects.exists()


def test_confirmation_needs_the_token_of_this_session(client, officer):
    response = client.post("/hr/import/", {"step": "confirm", "token": "forged"}, follow=True)
    assert "has expired" in response.content.decode()


def test_organisations_outside_the_scope_cannot_be_imported_into(client, officer):
    other = OrganisationFactory(code="org-b", name="Agency B")
    make_unit("b-root", organisation=other)
    response = upload(client, other, HEADER)
    assert response.status_code == 400
    assert not ServantProfile.objects.exists()


def test_servants_deactivated_by_a_full_import_are_exempted(client, officer, course):
    import datetime

    from lms.imports import servants_import
    from tests.clock import TODAY
    from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

    leaver = ServantProfileFactory(unit=officer["unit"])
    assignment = AssignmentFactory(
        servant=leaver.user, cycle=TrainingCycleFactory(), course=course,
        due_on=TODAY + datetime.timedelta(days=30),
    )  # fmt: skip
    stays = (
        f"{make_iin(42)},Servant,Stays,,stays@example.com,a-root,Expert,administrative,2020-01-10\n"
    )
    upload = SimpleUploadedFile("s.csv", (HEADER + stays).encode())
    result = servants_import(
        organisation=officer["organisation"], file=upload, filename="s.csv",
        deactivate_missing=True,
    )  # fmt: skip
    assert result.deactivated == 1
    assignment.refresh_from_db()
    assert assignment.status == "exempt"
    assert assignment.exempt_reason == "Deactivated by a staff import"
