"""Reads about a servant's progress through a course beyond what its pages show (the pages'
own reads, the outline and a lesson's state, are their methods in courses.models)."""

from __future__ import annotations

from courses.models import LessonPage, LessonProgress
from lms.models import Assignment, User
from lms.selectors import course_required_lessons


def course_lesson_counts(*, assignment: Assignment, user: User) -> tuple[int, int]:
    """(lessons read, lessons required) of the assignment's course for its servant, `user`.

    Required: the live lessons of the course's version in the servant's language, or of the
    course as assigned where it has no such version (`lms.selectors.course_required_lessons`).
    Read: those of them the servant has confirmed for this assignment, in any language; a
    lesson counts once however many of its translations were read, readings of earlier years'
    assignments never count, and lessons outside the required set (written only in another
    language) are recorded but not counted. Three queries.
    """
    language = user.preferred_language
    required = course_required_lessons(course_page_id=assignment.course_id, languages=[language])
    keys = {lesson.translation_key for lesson in required[language]}
    return len(LessonProgress.read_keys(user=user, assignment=assignment, keys=keys)), len(keys)


def cited_article_ids(body) -> set[int]:
    """The register articles the law-article blocks of a stream cite."""
    return {
        block["value"]["legal_article"]
        for block in body.raw_data
        if block["type"] == "law_article" and block["value"].get("legal_article")
    }


def lessons_citing(article_ids: set[int]) -> list[LessonPage]:
    """For the legal register (legal.selectors.citations_of): every lesson page, in every
    locale, whose current content cites one of the articles. A course has tens of lessons:
    reading their streams is cheaper than keeping an index in step with every edit."""
    return [
        lesson
        for lesson in LessonPage.objects.order_by("path")
        if cited_article_ids(lesson.body) & article_ids
    ]


def articles_taught_by_lessons(*, assignment: Assignment) -> set[int]:
    """For the legal register (legal.selectors.articles_taught): the register articles the
    assignment's required lessons cite, in the servant's language as the course counts them."""
    language = assignment.servant.preferred_language
    required = course_required_lessons(course_page_id=assignment.course_id, languages=[language])
    cited: set[int] = set()
    for lesson in LessonPage.objects.filter(pk__in=[page.pk for page in required[language]]):
        cited |= cited_article_ids(lesson.body)
    return cited
