"""The demo is built from its content pack (`demo/content/`): the same site as when its text
lived in Python — the same pages in each language, the same blocks in each lesson, the same
question bank, loaded through the importer an editor uses — and no course text is left in the
Python source."""

import csv
import io
import json
import re
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from demo import pack
from tests.demo.signature import SIGNATURE_FILE, demo_signature


@pytest.mark.django_db
def test_the_demo_has_the_pages_blocks_and_questions_of_its_signature(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    expected = json.loads(SIGNATURE_FILE.read_text(encoding="utf-8"))
    assert demo_signature() == expected

    # The pack's question bank is a file `import_questions` takes as it is: already imported.
    out = io.StringIO()
    call_command("import_questions", str(pack.QUESTIONS_FILE), stdout=out)
    assert "0 questions were created, 0 updated, 192 unchanged" in out.getvalue()


@pytest.mark.django_db
def test_the_course_page_states_its_length_once_and_from_its_lessons(client):
    """It used to say "About 90 minutes · 8 lessons" under an introduction promising "8 lessons,
    about 10 minutes each"."""
    call_command("load_demo", stdout=io.StringIO())
    course = pack.read_course()
    minutes = sum(lesson.data["reading_minutes"] for lesson in course.lessons)
    assert minutes == 80

    for code in pack.LANGUAGES:
        html = client.get(f"/{code}/courses/{course.slug}/").content.decode()
        with translation.override(code):
            assert translation.gettext("About %(minutes)s minutes") % {"minutes": minutes} in html
        intro = re.search(r'<div class="lead">(.*?)</div>', html, re.S)[1]
        assert not re.search(r"\d+\s*(minute|минут|мин)", intro), (code, intro)


def _pack_texts() -> list[str]:
    course = pack.read_course()
    texts = [course.item[code]["title"] for code in pack.LANGUAGES]
    for lesson in course.lessons:
        texts += [lesson[code][name] for code in pack.LANGUAGES for name in ("title", "summary")]
    with pack.QUESTIONS_FILE.open(encoding="utf-8", newline="") as questions:
        texts += [row["text"] for row in csv.DictReader(questions)]
    for item in pack.read_news() + pack.read_seminars() + pack.read_materials():
        texts += [item[code]["title"] for code in pack.LANGUAGES]
    return texts


def test_no_course_text_is_left_in_python_source():
    skipped = {".venv", "node_modules", "tests", "var", "media", "staticfiles"}
    sources = [
        path.read_text(encoding="utf-8")
        for folder in settings.BASE_DIR.iterdir()
        if folder.is_dir() and not folder.is_symlink() and folder.name not in skipped
        for path in folder.rglob("*.py")
    ]
    # Sentences, not a two-word title that a block's preview may share.
    texts = [text for text in _pack_texts() if len(text) >= 30]
    assert len(texts) > 200
    assert [text for text in texts if any(text in source for source in sources)] == []


def test_a_missing_translation_stops_the_load_with_the_file_it_needs(tmp_path):
    lessons = shutil.copytree(pack.CONTENT / "course" / "lessons", tmp_path / "lessons")
    (lessons / "02-corruption-and-subjects.kk.md").unlink()

    with pytest.raises(
        pack.ContentPackError, match=r"02-corruption-and-subjects\.kk\.md is missing"
    ):
        pack.read_folder(lessons)


def test_text_written_over_several_lines_is_stored_as_the_editor_stores_it(tmp_path):
    body = "<p>First</p>\n<ul>\n  <li>one;</li>\n  <li>two.</li>\n</ul>\n\n<p>A second\nblock</p>\n"

    assert pack.parse_body(body, tmp_path / "x.en.md") == [
        ("paragraph", "<p>First</p><ul><li>one;</li><li>two.</li></ul>"),
        ("paragraph", "<p>A second block</p>"),
    ]


@pytest.mark.django_db
def test_the_demo_amendment_shows_the_gift_rule_before_and_after_in_each_language():
    """The register holds today's Article 12; the review queue's "before" side is the pack's
    summary of the 10-MCI allowance the 2020 amendment abolished, not today's text twice."""
    from legal.models import Amendment

    call_command("load_demo", stdout=io.StringIO())
    amendment = Amendment.objects.get(act__number="410-V", effective_on="2020-10-18")
    (article,) = amendment.articles.all()
    before = amendment.previous_texts[str(article.pk)]
    now = article.texts()
    for code, allowance in {"en": "10 monthly", "ru": "10 месячных", "kk": "10 айлық"}.items():
        assert allowance in before[code]
        assert before[code] != now[code] and now[code]
