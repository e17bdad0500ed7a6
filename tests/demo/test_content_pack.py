"""The demo built from the content pack is the demo as it was when its text lived in Python:
the same pages in each language, the same blocks in each lesson, the same question bank."""

import io
import json

import pytest
from django.core.management import call_command

from tests.demo.signature import SIGNATURE_FILE, demo_signature

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_pages_blocks_and_questions_of_its_signature(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    expected = json.loads(SIGNATURE_FILE.read_text(encoding="utf-8"))
    assert demo_signature() == expected
