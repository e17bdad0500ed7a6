"""The shape of the demo site that `load_demo` builds, as counts and block types: what a reader
could tell apart, without ids or dates, so that it stays the same from one build to the next.

`tests/demo/demo_signature.json` holds the signature of the demo as it was before its content
moved into the content pack (`demo/content/`); `test_content_pack.py` compares a fresh build
with it. To write it again after a deliberate change (and say why in the commit):

    DJANGO_SETTINGS_MODULE=lms.settings.dev DATABASE_URL=sqlite:////tmp/demo-signature.sqlite3 \\
        .venv/bin/python -m tests.demo.signature > tests/demo/demo_signature.json

(a fresh database file: the script migrates it and loads the demo into it).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

SIGNATURE_FILE = Path(__file__).with_name("demo_signature.json")


def _nested(counter: Counter) -> dict:
    """{(a, b, c): n} → {a: {b: {c: n}}}, keys sorted."""
    tree: dict = {}
    for keys, count in sorted(counter.items()):
        node = tree
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = count
    return tree


def demo_signature() -> dict:
    from wagtail.documents.models import Document
    from wagtail.models import Page, Site

    from cms.models import Material, NewsPage, SeminarMaterial, SeminarPage, SiteSettings
    from courses.models import CoursePage, LessonPage
    from quizzes.models import Choice, DrawRule, Question, Quiz, Topic

    pages = Counter(
        (f"{page.content_type.app_label}.{page.content_type.model}", page.locale.language_code)
        for page in Page.objects.filter(depth__gt=1).select_related("content_type", "locale")
    )
    lessons: dict = defaultdict(dict)
    for lesson in LessonPage.objects.select_related("locale").order_by("path"):
        lessons[lesson.slug][lesson.locale.language_code] = [b.block_type for b in lesson.body]
    lesson_order = {
        course.locale.language_code: [lesson.slug for lesson in course.lessons()]
        for course in CoursePage.objects.select_related("locale")
    }
    courses = {
        course.locale.language_code: {
            "estimated_minutes": course.estimated_minutes,
            "outcomes": len(course.outcomes),
            "has_final_test": course.final_quiz_id is not None,
        }
        for course in CoursePage.objects.select_related("locale")
    }
    streams: dict = defaultdict(dict)
    for model in (NewsPage, SeminarPage):
        for page in model.objects.select_related("locale"):
            entry = {"body": [b.block_type for b in page.body]}
            if model is SeminarPage:
                entry |= {
                    "speakers": len(page.speakers),
                    "programme": len(page.programme),
                    "materials": page.materials.count(),
                    "seat_limit": page.seat_limit,
                    "online": bool(page.online_url),
                }
            streams[f"{model._meta.label_lower} {page.slug}"][page.locale.language_code] = entry
    questions = Counter(
        (q.topic.key, q.locale.language_code, q.kind)
        for q in Question.objects.select_related("topic", "locale")
    )
    choices = Counter(
        (c.question.locale.language_code, "correct" if c.is_correct else "wrong")
        for c in Choice.objects.select_related("question__locale")
    )
    quizzes = {
        quiz.title: {
            "time_limit_minutes": quiz.time_limit_minutes,
            "pass_mark_percent": quiz.pass_mark_percent,
            "attempts_per_cycle": quiz.attempts_per_cycle,
            "draw": {
                rule.topic.key: rule.count
                for rule in DrawRule.objects.filter(quiz=quiz).select_related("topic")
            },
        }
        for quiz in Quiz.objects.all()
    }
    materials = Counter(
        (m.page.locale.language_code, m.language) for m in Material.objects.select_related("page")
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    return {
        "pages": _nested(pages),
        "course": courses,
        "lesson_order": lesson_order,
        "lessons": dict(sorted(lessons.items())),
        "news_and_seminars": dict(sorted(streams.items())),
        "topics": _nested(Counter((t.key, t.locale.language_code) for t in Topic.objects.all())),
        "questions": _nested(questions),
        "choices": _nested(choices),
        "quizzes": quizzes,
        "documents": Document.objects.count(),
        "library_materials": _nested(materials),
        "seminar_materials": SeminarMaterial.objects.count(),
        "seminars": SeminarPage.objects.count(),
        "navigation_links": settings.navigation_links.count(),
    }


def dumps(signature: dict) -> str:
    text = json.dumps(signature, indent=1, ensure_ascii=False, sort_keys=True)
    # A list of names on one line: a lesson's blocks read as one row of the diff.
    text = re.sub(
        r"\[\n\s*((?:\"[^\"\n]*\",\n\s*)*\"[^\"\n]*\")\n\s*\]",
        lambda match: "[" + ", ".join(re.split(r",\n\s*", match.group(1))) + "]",
        text,
    )
    return text + "\n"


def main() -> None:
    import io
    import sys

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    sys.stdout.write(dumps(demo_signature()))


if __name__ == "__main__":
    main()
