from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.exceptions import LessonNotOpened, LessonReadTooQuickly
from courses.models import LessonPage
from courses.services import lesson_complete
from lms.models import Assignment


@login_required
@require_POST
def lesson_complete_view(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        lesson_complete(user=request.user, lesson=lesson)
    except (LessonNotOpened, LessonReadTooQuickly) as error:
        messages.warning(request, error.message)
        return redirect(lesson.url + "#lesson-end")
    messages.success(request, _("Lesson marked as read."))
    course = lesson.get_parent().specific
    return redirect(_next_step_url(course.outline_for(request.user), course, after=lesson))


def _next_step_url(outline, course, after: LessonPage | None = None) -> str:
    """The next lesson still to read (the first after `after` in course order, else the first
    of them), or the course's final test when all are read."""
    unread = outline.unread
    if not unread:
        return course.url + "#final-test"
    later = [page for page in unread if after is not None and page.path > after.path]
    return (later or unread)[0].url


@login_required
def course_continue_view(request, assignment_id: int):
    """Continue the course: straight to the next lesson still to read, in the reader's
    language where the course has it; when all are read, to the final test."""
    assignment = get_object_or_404(Assignment, pk=assignment_id, servant=request.user)
    course = assignment.course.specific.localized
    return redirect(_next_step_url(course.outline_for(request.user), course))
