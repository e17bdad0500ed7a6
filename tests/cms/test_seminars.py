import datetime
import threading

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.urls import reverse

from cms.models import SeminarIndexPage, SeminarRegistration
from cms.selectors import seminars_for_user
from cms.services import (
    SeminarClosed,
    SeminarFull,
    SeminarNotStarted,
    seminar_cancel_registration,
    seminar_mark_attendance,
    seminar_register,
)
from tests.factories import ServantProfileFactory, UserFactory, make_home, make_seminar

pytestmark = pytest.mark.django_db

PAST = -datetime.timedelta(hours=3)


@pytest.fixture
def index(locales):
    index = SeminarIndexPage(title="Seminars", slug="seminars")
    make_home().add_child(instance=index)
    return index


@pytest.fixture
def organiser(db):
    return UserFactory(is_superuser=True, is_staff=True, email="organiser@example.com")


def servant():
    return ServantProfileFactory().user


def test_second_registration_on_a_one_seat_seminar_is_refused_as_full(index):
    seminar = make_seminar(index, seat_limit=1)
    seminar_register(seminar=seminar, user=servant())
    with pytest.raises(SeminarFull):
        seminar_register(seminar=seminar, user=servant())
    assert SeminarRegistration.objects.filter(seminar=seminar).count() == 1


def test_registration_is_refused_once_the_seminar_has_started(index):
    seminar = make_seminar(index, starts_in=-datetime.timedelta(minutes=1))
    with pytest.raises(SeminarClosed):
        seminar_register(seminar=seminar, user=servant())
    assert not SeminarRegistration.objects.exists()


def test_registering_twice_keeps_a_single_seat(index):
    seminar = make_seminar(index, seat_limit=1)
    user = servant()
    first = seminar_register(seminar=seminar, user=user)
    assert seminar_register(seminar=seminar, user=user) == first
    assert SeminarRegistration.objects.count() == 1


def test_registration_from_a_translation_counts_against_the_default_locale_seminar(index, locales):
    seminar = make_seminar(index, seat_limit=1)
    kazakh = seminar.copy_for_translation(locales["kk"], copy_parents=True)
    kazakh.save_revision().publish()
    registration = seminar_register(seminar=kazakh, user=servant())
    assert registration.seminar_id == seminar.pk
    with pytest.raises(SeminarFull):
        seminar_register(seminar=seminar, user=servant())


def test_cancelling_before_the_start_frees_the_seat(index):
    seminar = make_seminar(index, seat_limit=1)
    first, second = servant(), servant()
    seminar_register(seminar=seminar, user=first)
    assert seminar_cancel_registration(seminar=seminar, user=first) is True
    seminar_register(seminar=seminar, user=second)
    assert list(SeminarRegistration.objects.values_list("user", flat=True)) == [second.pk]


def test_registration_view_sends_anonymous_visitors_to_sign_in(client, index):
    seminar = make_seminar(index)
    response = client.post(reverse("cms:seminar_registration", args=[seminar.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not SeminarRegistration.objects.exists()


def test_signed_in_servant_registers_from_the_page_and_sees_full_seminars(client, index):
    seminar = make_seminar(index, seat_limit=1)
    user = servant()
    client.force_login(user)
    page = client.get(seminar.url).content.decode()
    assert "1 of 1 left" in page and 'value="register"' in page

    response = client.post(
        reverse("cms:seminar_registration", args=[seminar.pk]), {"action": "register"}, follow=True
    )
    assert response.status_code == 200
    assert "You are registered for this seminar." in response.content.decode()
    assert SeminarRegistration.objects.filter(seminar=seminar, user=user).exists()

    client.force_login(servant())
    response = client.post(
        reverse("cms:seminar_registration", args=[seminar.pk]), {"action": "register"}, follow=True
    )
    assert "All seats at this seminar are taken." in response.content.decode()
    assert SeminarRegistration.objects.count() == 1


def test_attendance_marked_by_the_organiser_shows_on_the_servants_record(client, index, organiser):
    seminar = make_seminar(index, starts_in=datetime.timedelta(days=1))
    attendee, absentee = servant(), servant()
    seminar_register(seminar=seminar, user=attendee)
    seminar_register(seminar=seminar, user=absentee)
    seminar.starts_at = seminar.starts_at - datetime.timedelta(days=2)
    seminar.ends_at = seminar.ends_at - datetime.timedelta(days=2)
    seminar.save_revision().publish()

    client.force_login(organiser)
    url = reverse("cms_seminar_attendance", args=[seminar.pk])
    listing = client.get(reverse("cms_attendance_index")).content.decode()
    assert seminar.title in listing and url in listing
    assert url in client.get(f"/admin/pages/{index.pk}/").content.decode()  # "Attendance"
    page = client.get(url).content.decode()
    assert attendee.email in page and absentee.email in page
    response = client.post(url, {f"attended_{attendee.pk}": "on"})
    assert response.status_code == 302

    marks = dict(SeminarRegistration.objects.values_list("user_id", "attended"))
    assert marks == {attendee.pk: True, absentee.pk: False}
    assert SeminarRegistration.objects.get(user=attendee).marked_by == organiser

    client.force_login(attendee)
    dashboard = client.get("/learn/").content.decode()
    assert "My seminars" in dashboard
    assert seminar.title in dashboard and "Attended" in dashboard
    client.force_login(absentee)
    assert "Not attended" in client.get("/learn/").content.decode()


def test_servants_and_editors_without_rights_on_the_seminar_cannot_mark(client, index):
    seminar = make_seminar(index, starts_in=datetime.timedelta(days=1))
    attendee = servant()
    seminar_register(seminar=seminar, user=attendee)
    SeminarPage = type(seminar)
    SeminarPage.objects.filter(pk=seminar.pk).update(
        starts_at=seminar.starts_at - datetime.timedelta(days=2)
    )
    url = reverse("cms_seminar_attendance", args=[seminar.pk])
    marks = {f"attended_{attendee.pk}": "on"}

    client.force_login(servant())  # no admin access at all: sent to sign in
    response = client.post(url, marks)
    assert response.status_code == 302 and "login" in response["Location"]

    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)  # in the admin, but may not edit the page: Wagtail's refusal
    for response in (client.get(url), client.post(url, marks)):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    with pytest.raises(PermissionDenied):
        seminar_mark_attendance(seminar=seminar, marks={attendee.pk: True}, by=staff)
    assert SeminarRegistration.objects.get().attended is None


def test_attendance_cannot_be_marked_before_the_seminar_starts(index, organiser):
    seminar = make_seminar(index)
    user = servant()
    seminar_register(seminar=seminar, user=user)
    with pytest.raises(SeminarNotStarted):
        seminar_mark_attendance(seminar=seminar, marks={user.pk: True}, by=organiser)
    assert SeminarRegistration.objects.get().attended is None


def test_servants_record_lists_seminar_titles_in_the_active_language(index, locales):
    from django.utils import translation

    seminar = make_seminar(index, title="Gifts and public servants")
    kazakh = seminar.copy_for_translation(locales["kk"], copy_parents=True)
    kazakh.title = "Сыйлықтар және мемлекеттік қызметшілер"
    kazakh.save_revision().publish()
    user = servant()
    seminar_register(seminar=seminar, user=user)
    with translation.override("kk"):
        [record] = seminars_for_user(user=user)
    assert record.title == "Сыйлықтар және мемлекеттік қызметшілер"
    assert record.attended is None


def test_seminar_index_lists_upcoming_soonest_first_then_past(client, index):
    make_seminar(index, slug="later", title="Later seminar", starts_in=datetime.timedelta(days=20))
    make_seminar(index, slug="sooner", title="Sooner seminar", starts_in=datetime.timedelta(days=2))
    make_seminar(index, slug="past", title="Past seminar", starts_in=-datetime.timedelta(days=5))
    page = client.get(index.url).content.decode()
    assert page.index("Sooner seminar") < page.index("Later seminar") < page.index("Past seminar")
    assert "Past seminars" in page


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_oversell_the_last_seat(locales):
    index = SeminarIndexPage(title="Seminars", slug="seminars")
    make_home().add_child(instance=index)
    seminar = make_seminar(index, seat_limit=1)
    users = [servant() for _ in range(6)]
    barrier = threading.Barrier(len(users))
    outcomes = []

    def register(user):
        try:
            barrier.wait()
            seminar_register(seminar=seminar, user=user)
            outcomes.append("ok")
        except SeminarFull:
            outcomes.append("full")
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["full"] * 5 + ["ok"]
    assert SeminarRegistration.objects.filter(seminar=seminar).count() == 1
