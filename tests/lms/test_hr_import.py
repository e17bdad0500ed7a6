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
    body = HEADER + f"{make_iin(41)},Servant,Test,,new@example.com,b-root,Expert,administrative,"
    response = upload(client, other, body + "2020-01-10\n")
    assert response.status_code == 404
    assert not ServantProfile.objects.exists()


@pytest.fixture
def department_officer(client, officer):
    """The officer of one of two departments of Agency A, signed in (in Russian)."""
    legal = make_unit("a-legal", parent=officer["unit"], organisation=officer["organisation"])
    finance = make_unit("a-finance", parent=officer["unit"], organisation=officer["organisation"])
    user = UserFactory(email="legal.hr@example.com", preferred_language="ru")
    HRScope.objects.create(user=user, unit=legal)
    client.force_login(user)
    return {"user": user, "legal": legal, "finance": finance}


def test_the_full_list_of_a_department_deactivates_only_that_departments_servants(
    client, officer, department_officer, course
):
    from lms.models import Assignment
    from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

    cycle = TrainingCycleFactory()
    stays = ServantProfileFactory(unit=department_officer["legal"], user__iin=make_iin(1))
    leaves = ServantProfileFactory(unit=department_officer["legal"], user__iin=make_iin(2))
    elsewhere = [ServantProfileFactory(unit=department_officer["finance"]) for _ in range(3)]
    for profile in (stays, leaves, *elsewhere):
        AssignmentFactory(servant=profile.user, cycle=cycle, course=course)
    user = stays.user
    row = (
        f"{user.iin},{user.last_name},{user.first_name},,{user.email},a-legal,"
        f"{stays.position},administrative,2020-01-10\n"
    )
    preview = client.post(
        "/hr/import/",
        {
            "organisation": officer["organisation"].pk,
            "file": SimpleUploadedFile("staff.csv", (HEADER + row).encode()),
            "deactivate_missing": "on",
        },
    )
    assert preview.status_code == 200
    assert [c.name for c in preview.context["plan"].changes] == [
        f"{leaves.user.last_name} {leaves.user.first_name}"
    ]

    response = client.post("/hr/import/", {"step": "confirm", "token": preview.context["token"]})

    assert response.status_code == 302
    active = dict(ServantProfile.objects.values_list("pk", "active"))
    assert active == {stays.pk: True, leaves.pk: False, **{p.pk: True for p in elsewhere}}
    exempt = Assignment.objects.filter(status="exempt").values_list("servant", flat=True)
    assert list(exempt) == [leaves.user_id]


def test_a_row_outside_the_scope_is_refused_in_the_readers_language(
    client, officer, department_officer
):
    row = f"{make_iin(41)},Servant,Test,,new@example.com,a-finance,Expert,administrative,2020-01-10"
    response = upload(client, officer["organisation"], HEADER + row + "\n")
    assert response.status_code == 400
    assert (
        "строка 2, столбец unit_code: вне вашей зоны ответственности" in response.content.decode()
    )
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
