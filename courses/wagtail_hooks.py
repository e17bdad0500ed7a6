"""A servant's reading is recorded as the course's pages are served. A Wagtail hook is the
view layer of a page: here the services are called without the page models importing them
(the services import the models)."""

from wagtail import hooks

from courses.models import CoursePage, LessonPage
from courses.selectors import articles_taught_by_lessons, lessons_citing
from courses.services import course_sync_progress, lesson_record_view


# Order 1: inside Wagtail's own on_serve_page hook (order 0) that checks the page's view
# restrictions, so that nothing is recorded for a page the visitor may not see.
@hooks.register("on_serve_page", order=1)
def record_reading(serve_page):
    def serve(page, request, args, kwargs):
        if request.user.is_authenticated:
            if isinstance(page, LessonPage):
                # Read again by get_context: whether the servant has read the lesson.
                page.viewer_progress = lesson_record_view(user=request.user, lesson=page)
            elif isinstance(page, CoursePage):
                outline = page.outline_for(request.user)
                if outline.assignment_is_stale:
                    # The servant changed language or lessons were published since their last
                    # reading: the stored counts (which open the final test) follow what they
                    # see.
                    outline.assignment = course_sync_progress(user=request.user, course=page)
                page.viewer_outline = outline
        return serve_page(page, request, args, kwargs)

    return serve


# The legal register asks which lessons cite an amended article (legal.selectors.citations_of).
hooks.register("legal_citations", lessons_citing)
# A certificate records the versions of the articles its course taught
# (legal.selectors.articles_taught).
hooks.register("legal_course_articles", articles_taught_by_lessons)
