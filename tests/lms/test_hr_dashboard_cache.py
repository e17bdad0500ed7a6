"""The dashboard's unit table is cached as rendered HTML, keyed by everything it shows: a
change of counts or of a unit's name shows on the next visit."""

import pytest

from certificates.services import assignment_complete
from lms.models import HRScope, OrgUnit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def table(html: str) -> str:
    start = html.index('<table class="table compliance">')
    return html[start : html.index("</table>", start)]


def test_changed_counts_and_names_show_on_the_next_visit(client, assignment, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    unit = assignment.servant.servant_profile.unit
    officer = UserFactory()
    HRScope.objects.create(user=officer, unit=unit)
    client.force_login(officer)

    first = client.get("/hr/").content.decode()
    assert "Unit root" in first
    assert table(client.get("/hr/").content.decode()) == table(first)  # the cached fragment

    OrgUnit.objects.filter(pk=unit.pk).update(name="Legal Department")
    renamed = client.get("/hr/").content.decode()
    assert "Legal Department" in renamed and "Unit root" not in renamed

    assignment_complete(assignment=assignment)
    completed = client.get("/hr/").content.decode()
    assert "100%" in table(completed) and "100%" not in table(renamed)
