"""Completions racing on PostgreSQL: one certificate per assignment, serials never repeat."""

import threading

import pytest
from django.db import connection

from certificates.models import Certificate
from certificates.services import assignment_complete
from lms.models import Assignment
from tests.clock import YEAR
from tests.factories import AssignmentFactory, ServantProfileFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(count: int, work) -> list[BaseException]:
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def worker(index):
        try:
            barrier.wait()
            work(index)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_fifty_concurrent_completions_of_one_assignment_issue_one_certificate(assignment):
    def complete(_):
        assignment_complete(assignment=Assignment.objects.get(pk=assignment.pk))

    assert run_together(50, complete) == []
    certificates = Certificate.objects.filter(assignment=assignment)
    assert certificates.count() == 1
    assert certificates.get().serial == f"AC-{YEAR}-000001"


def test_fifty_concurrent_completions_of_different_assignments_get_distinct_serials(
    assignment, course
):
    assignments = [assignment] + [
        AssignmentFactory(
            servant=ServantProfileFactory().user, cycle=assignment.cycle, course=course
        )
        for _ in range(49)
    ]

    def complete(index):
        assignment_complete(assignment=assignments[index])

    assert run_together(50, complete) == []
    serials = list(Certificate.objects.values_list("serial", flat=True))
    assert len(serials) == 50
    assert sorted(serials) == [f"AC-{YEAR}-{n:06d}" for n in range(1, 51)]
