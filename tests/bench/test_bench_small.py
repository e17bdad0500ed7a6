"""The benchmark suite at 2,000 servants, so that it cannot rot: every in-process part runs
end to end on PostgreSQL and the HR pages keep their query budget. No timing is asserted."""

import pytest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SERVANTS = 2_000


@pytest.fixture
def bench_urls(settings):
    settings.ROOT_URLCONF = "bench.urls"


def test_seed_scale_makes_a_realistic_mix(course):
    from django.core.management import call_command

    from demo.scale import ORGANISATION_PREFIX
    from lms.models import Assignment, OrgUnit

    call_command("seed_scale", servants=SERVANTS, verbosity=0)
    assert OrgUnit.objects.filter(organisation__code__startswith=ORGANISATION_PREFIX).count() == 500
    statuses = set(Assignment.objects.values_list("status", flat=True))
    assert statuses == {"not_started", "in_progress", "completed", "exempt"}
    call_command("seed_scale", servants=SERVANTS, verbosity=0)  # additive: nothing more
    assert Assignment.objects.count() < SERVANTS


def test_dashboard_part_runs_within_the_query_budget(course, bench_urls):
    from bench import dashboard

    result = dashboard.run(small=SERVANTS // 10, full=SERVANTS, requests=3)
    for size in ("small", "full"):
        assert result[size]["root"]["queries"] <= 12
        assert result[size]["unit"]["queries"] <= 12
    assert result["targets"]["queries<=12"]


def test_export_import_and_open_cycle_parts_run(course):
    from bench import export, open_cycle, staff_import

    exported = export.run(servants=SERVANTS)
    assert exported["rows"] > SERVANTS * 0.9
    imported = staff_import.run(servants=SERVANTS, rows=500)
    assert imported["rows"] == 500 and imported["seconds_import"] > 0
    opened = open_cycle.run(servants=SERVANTS)
    assert opened["assigned"] > SERVANTS * 0.9
