import pytest

from certificates.models import Certificate
from lms.services import assignment_update_progress


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete an assignment and run what waits for the commit (the PDF render)."""

    def _complete(assignment) -> Certificate:
        with django_capture_on_commit_callbacks(execute=True):
            assignment_update_progress(assignment=assignment, final_test_passed=True)
        return Certificate.objects.get(assignment=assignment)

    return _complete
