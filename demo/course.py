"""The demo course, read from the content pack: the course page and its lessons in three
languages, the final test's topics, and the question bank, imported from the pack's CSV through
the same service as `manage.py import_questions`."""

from __future__ import annotations

import uuid

from wagtail.models import Locale, Page

from courses.models import CourseIndexPage, CoursePage, LessonPage
from demo import pack
from demo.legal import build_register, link_blocks, link_questions
from demo.pages import publish, upsert_child, upsert_translation
from lms.tabular import ImportFileError
from quizzes.imports import questions_import, questions_import_parse
from quizzes.models import DrawRule, Quiz, Topic

TOPIC_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4b8e-9d59-1a2b3c4d5e6f")


def _course_fields(course: pack.Course, code: str) -> dict:
    text = course.item[code]
    return {
        "title": text["title"],
        "intro": text.rich_text,
        "learning_outcomes": "\n".join(text["outcomes"]),
        "estimated_minutes": course.estimated_minutes,
    }


def _lesson_fields(lesson: pack.Item, code: str) -> dict:
    text = lesson[code]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "body": link_blocks(text.blocks, code),
        "min_reading_seconds": lesson.data["min_reading_seconds"],
    }


def build_course(home: Page, locales: dict[str, Locale]) -> CoursePage:
    """The course index, the course, its lessons and its final test, in every language."""
    course_pack = pack.read_course()
    build_register()
    index_item = pack.page("courses")
    index_title = {code: {"title": index_item[code]["title"]} for code in pack.LANGUAGES}
    index = upsert_child(home, CourseIndexPage, index_item.slug, index_title["en"])
    course = upsert_child(index, CoursePage, course_pack.slug, _course_fields(course_pack, "en"))
    for code in ("ru", "kk"):
        upsert_translation(index, locales[code], index_title[code])
        upsert_translation(course, locales[code], _course_fields(course_pack, code))
    for lesson in course_pack.lessons:
        source = upsert_child(course, LessonPage, lesson.slug, _lesson_fields(lesson, "en"))
        for code in ("ru", "kk"):
            upsert_translation(source, locales[code], _lesson_fields(lesson, code))
    quiz = build_question_bank(course_pack, locales)
    link_questions()
    if course.final_quiz_id != quiz.pk:
        course.final_quiz = quiz
        publish(course)
    for code in ("ru", "kk"):
        translated = course.get_translation(locales[code]).specific
        if translated.final_quiz_id != quiz.pk:
            translated.final_quiz = quiz
            publish(translated)
    return course


def build_question_bank(course: pack.Course, locales: dict[str, Locale]) -> Quiz:
    """The topics (one per lesson), the questions of `course/questions.csv` and the final test
    that draws from every topic."""
    topics = []
    for key in course.topics:
        translation_key = uuid.uuid5(TOPIC_NAMESPACE, f"topic:{key}")
        for code in pack.LANGUAGES:
            topic, _ = Topic.objects.update_or_create(
                key=key,
                locale=locales[code],
                defaults={
                    "title": course.item[code]["topics"][key],
                    "translation_key": translation_key,
                },
            )
            if code == "en":
                topics.append(topic)
    path = pack.QUESTIONS_FILE
    try:
        rows, errors = questions_import_parse(file=path, filename=path.name)
    except ImportFileError as error:
        raise pack.ContentPackError(f"{path.name}: {error}") from error
    result = questions_import(rows=rows, errors=errors)
    if not result.ok:
        problems = "; ".join(str(error) for error in result.errors)
        raise pack.ContentPackError(f"{path.name}: {problems}")
    final_test = course.item.data["final_test"]
    quiz, _ = Quiz.objects.get_or_create(
        title=final_test["title"],
        defaults={
            "time_limit_minutes": final_test["time_limit_minutes"],
            "pass_mark_percent": final_test["pass_mark_percent"],
            "attempts_per_cycle": final_test["attempts_per_cycle"],
        },
    )
    for order, topic in enumerate(topics):
        DrawRule.objects.update_or_create(
            quiz=quiz,
            topic=topic,
            defaults={"count": final_test["questions_per_topic"], "sort_order": order},
        )
    return quiz
