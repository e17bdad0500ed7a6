"""Invitations: an import (or the admin) invites new servants in their language with a link to
set a password; sending is idempotent; HR re-sends within their scope."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.sites.models import Site
from django.core import mail

from lms.invitations import invitation_render, invitations_send_pending
from lms.models import Assignment, AuditEvent, HRScope, Invitation, TrainingCycle, User
from lms.tasks import send_invitations
from tests.clock import TODAY, YEAR
from tests.factories import OrganisationFactory, ServantProfileFactory, UserFactory, make_unit
from tests.lms.test_import_servants import person, write_csv

pytestmark = pytest.mark.django_db

COLUMNS = (
    "iin", "last_name", "first_name", "email", "unit_code", "category", "hired_on", "language",
)  # fmt: skip
TITLES = {
    "en": "Anti-corruption standards",
    "ru": "Антикоррупционные стандарты",
    "kk": "Сыбайлас жемқорлыққа қарсы стандарттар",
}
SUBJECT_WORDS = {"en": "set your password", "ru": "задайте пароль", "kk": "құпиясөзіңізді"}
LINK = re.compile(r"https?://[^/\s]+(/accounts/password/reset/key/[^\s\"<]+/)")


@pytest.fixture
def courses(course, locales):
    """The course, translated into Russian and Kazakh."""
    for code in ("ru", "kk"):
        translated = course.copy_for_translation(locales[code], copy_parents=True)
        translated.title = TITLES[code]
        translated.save_revision().publish()
    return course


@pytest.fixture
def cycle(db):
    return TrainingCycle.objects.create(
        year=YEAR, opens_on=datetime.date(YEAR, 1, 1), due_on=datetime.date(YEAR, 12, 1)
    )


@pytest.fixture
def unit(db):
    return make_unit("dept", organisation=OrganisationFactory(default_language="ru"))


def import_file(tmp_path, rows, *, capture, actor=None, columns=COLUMNS):
    from lms.imports import servants_import

    path = write_csv(tmp_path / "staff.csv", rows, header=columns)
    with capture(execute=True):
        result = servants_import(
            organisation=OrganisationFactory(), file=path, filename="staff.csv", actor=actor
        )
    assert result.ok, result.errors
    return result


def link_path(message) -> str:
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(1)


def test_import_invites_each_new_servant_once_in_their_language_and_the_link_works(
    tmp_path, client, courses, cycle, unit, django_capture_on_commit_callbacks
):
    rows = [
        person(1, language="kk", email="kk@gov.kz"),
        person(2, language="RU", email="ru@gov.kz"),
        person(3, language="en", email="en@gov.kz"),
    ]
    import_file(tmp_path, rows, capture=django_capture_on_commit_callbacks)

    assert sorted(m.to[0] for m in mail.outbox) == ["en@gov.kz", "kk@gov.kz", "ru@gov.kz"]
    expected_due = max(cycle.due_on, TODAY + datetime.timedelta(days=30))
    if TODAY == cycle.opens_on:
        expected_due = cycle.due_on
    for message in mail.outbox:
        language = message.to[0][:2]
        user = User.objects.get(email=message.to[0])
        assert user.preferred_language == language
        assert SUBJECT_WORDS[language] in message.subject.lower(), message.subject
        assert TITLES[language] in message.body
        assert expected_due.strftime("%d.%m.%Y") in message.body
        html = message.alternatives[0][0]
        assert message.alternatives[0][1] == "text/html"
        assert TITLES[language] in html and f'href="{settings.SITE_URL}' in html
        assert "example.com" not in message.body
        assert Invitation.objects.get(user=user).count == 1
    # The Kazakh and Russian texts are translated, not the English fallback.
    kk = next(m for m in mail.outbox if m.to[0] == "kk@gov.kz")
    assert "Adal is the service" not in kk.body
    assert "Құрметті" in kk.body
    ru = next(m for m in mail.outbox if m.to[0] == "ru@gov.kz")
    assert "Уважаем" in ru.body

    # Follow the Kazakh servant's link, set a password, sign in, land on the assignment.
    response = client.get(link_path(kk), follow=True)
    assert response.status_code == 200
    set_password_url = response.redirect_chain[-1][0] if response.redirect_chain else None
    assert set_password_url and set_password_url.endswith("-set-password/")
    response = client.post(
        set_password_url, {"password1": "Kökşetau-2026!", "password2": "Kökşetau-2026!"}
    )
    assert response.status_code == 302
    # The link was one-time: the password is set and the key is spent.
    assert client.get(link_path(kk), follow=True).context.get("token_fail")
    response = client.post(
        "/accounts/login/", {"login": "kk@gov.kz", "password": "Kökşetau-2026!"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/learn/"
    assert TITLES["kk"] in response.content.decode()
    assignment = Assignment.objects.get(servant__email="kk@gov.kz")
    assert assignment.cycle == cycle and assignment.due_on == expected_due


def test_a_retried_task_or_the_sweep_sends_nothing_twice(
    tmp_path, courses, cycle, unit, django_capture_on_commit_callbacks, frozen_time
):
    import_file(tmp_path, [person(1), person(2)], capture=django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    ids = list(User.objects.values_list("pk", flat=True))
    assert send_invitations.apply(args=[ids]).get() == 0  # the broker delivers it again
    frozen_time.shift(datetime.timedelta(hours=1))
    assert invitations_send_pending() == 0
    assert len(mail.outbox) == 2
    assert set(Invitation.objects.values_list("count", flat=True)) == {1}


def test_an_invitation_lost_with_the_broker_is_sent_by_the_sweep(
    tmp_path, courses, cycle, unit, django_capture_on_commit_callbacks, frozen_time
):
    # The commit callbacks (the queued task) never run: the broker was down.
    from lms.imports import servants_import

    path = write_csv(tmp_path / "staff.csv", [person(1)], header=COLUMNS)
    servants_import(organisation=OrganisationFactory(), file=path, filename="staff.csv")
    assert mail.outbox == []
    assert invitations_send_pending() == 0  # too fresh: its own task may still come
    frozen_time.shift(datetime.timedelta(minutes=10))
    assert invitations_send_pending() == 1
    assert invitations_send_pending() == 0
    assert len(mail.outbox) == 1


def test_existing_people_are_not_invited_again_and_keep_their_language(
    tmp_path, courses, cycle, unit, django_capture_on_commit_callbacks
):
    import_file(tmp_path, [person(1, language="kk")], capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()
    import_file(
        tmp_path,
        [person(1, language="", last_name="Renamed"), person(2, language="")],
        capture=django_capture_on_commit_callbacks,
    )
    assert [m.to[0] for m in mail.outbox] == ["servant2@gov.kz"]
    assert User.objects.get(email="servant1@gov.kz").preferred_language == "kk"
    # A new person without a language gets the organisation's default.
    assert User.objects.get(email="servant2@gov.kz").preferred_language == "ru"
    import_file(tmp_path, [person(1, language="en")], capture=django_capture_on_commit_callbacks)
    assert User.objects.get(email="servant1@gov.kz").preferred_language == "en"


def test_the_link_expires_after_the_configured_days(
    tmp_path, client, settings, courses, cycle, unit, django_capture_on_commit_callbacks,
    frozen_time,
):  # fmt: skip
    settings.ADAL_INVITATION_DAYS = 3
    import_file(tmp_path, [person(1)], capture=django_capture_on_commit_callbacks)
    path = link_path(mail.outbox[0])
    assert "3" in mail.outbox[0].body
    frozen_time.shift(datetime.timedelta(days=2, hours=23))
    response = client.get(path, follow=True)
    assert not response.context.get("token_fail")
    client.logout()
    frozen_time.shift(datetime.timedelta(hours=2))
    assert client.get(path, follow=True).context.get("token_fail")


def test_an_ordinary_reset_key_keeps_djangos_shorter_timeout(settings, frozen_time, client):
    from allauth.account.forms import default_token_generator

    user = UserFactory()
    settings.PASSWORD_RESET_TIMEOUT = 3600
    settings.ADAL_INVITATION_DAYS = 14
    key = default_token_generator.make_token(user)
    assert default_token_generator.check_token(user, key)
    frozen_time.shift(datetime.timedelta(hours=2))
    assert not default_token_generator.check_token(user, key)


def test_the_invitation_reads_well_in_every_language(courses, cycle, unit):
    for language in ("kk", "ru", "en"):
        profile = ServantProfileFactory(unit=unit, user__preferred_language=language)
        Assignment.objects.create(
            servant=profile.user, cycle=cycle, course=courses, due_on=cycle.due_on
        )
        rendered = invitation_render(profile.user)
        assert TITLES[language] in rendered.text and TITLES[language] in rendered.html
        assert f'lang="{language}"' in rendered.html
        assert "Adal" in rendered.subject
        # The layout every notice shares (email/base.html), with its footer.
        assert "border-bottom:4px solid #c9a227" in rendered.html
        assert "srcdoc" not in rendered.html and rendered.html.count("<html") == 1
        assert "/accounts/password/reset/key/" in rendered.html


def test_hr_resends_to_a_servant_in_scope_and_gets_404_outside(
    client, tree, django_capture_on_commit_callbacks
):
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    client.force_login(officer)
    inside = ServantProfileFactory(unit=tree["team"]).user
    outside = ServantProfileFactory(unit=tree["other"]).user

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/hr/servants/{inside.pk}/invite/")
    assert response.status_code == 302
    assert [m.to[0] for m in mail.outbox] == [inside.email]
    assert AuditEvent.objects.filter(action="invitation.requested", object_id=str(inside.pk))
    assert Invitation.objects.get(user=inside).sent_by == officer

    assert client.post(f"/hr/servants/{outside.pk}/invite/").status_code == 404
    assert client.get(f"/hr/servants/{inside.pk}/invite/").status_code == 405
    assert len(mail.outbox) == 1
    page = client.get(f"/hr/servants/{inside.pk}/").content.decode()
    assert "Send a new invitation" in page
    assert "Has never signed in." in page


def test_hr_resends_in_bulk_to_those_who_never_signed_in(
    client, tree, cycle, course, django_capture_on_commit_callbacks
):
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    client.force_login(officer)
    never = [ServantProfileFactory(unit=tree["team"]).user for _ in range(2)]
    signed_in = ServantProfileFactory(unit=tree["dept"]).user
    User.objects.filter(pk=signed_in.pk).update(last_login=datetime.datetime.now(datetime.UTC))
    ServantProfileFactory(unit=tree["other"])  # outside the scope
    for user in (*never, signed_in):
        Assignment.objects.create(servant=user, cycle=cycle, course=course, due_on=cycle.due_on)

    dashboard = client.get("/hr/").content.decode()
    assert "2 servants in your scope have never signed in" in dashboard
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/hr/units/{tree['dept'].pk}/invite/", {"next": "dashboard"})
    assert response.status_code == 302 and response.url == "/hr/"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in never)
    assert AuditEvent.objects.filter(action="invitations.requested").count() == 1
    assert client.post(f"/hr/units/{tree['other'].pk}/invite/").status_code == 404
    assert len(mail.outbox) == 2


def test_a_servant_created_in_the_admin_is_assigned_and_invited(
    client, courses, cycle, unit, django_capture_on_commit_callbacks
):
    admin = UserFactory(email="admin@example.com", is_staff=True, is_superuser=True)
    client.force_login(admin)
    user = UserFactory(email="new@gov.kz", preferred_language="kk")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/django-admin/lms/servantprofile/add/",
            {"user": user.pk, "unit": unit.pk, "position": "", "category": "administrative",
             "hired_on": "2020-01-10", "active": "on"},
        )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [m.to[0] for m in mail.outbox] == ["new@gov.kz"]
    assert Assignment.objects.filter(servant=user, cycle=cycle).exists()


def test_the_site_is_named_adal_at_site_url(db):
    site = Site.objects.get_current()
    assert site.name == "Adal"
    assert site.domain in settings.SITE_URL and site.domain != "example.com"


def test_password_reset_mail_names_adal_not_example_com(client):
    UserFactory(email="someone@gov.kz")
    client.post("/accounts/password/reset/", {"email": "someone@gov.kz"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Adal" in message.subject + message.body
    assert "example.com" not in message.subject + message.body
