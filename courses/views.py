from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.exceptions import LessonNotOpened, LessonReadTooQuickly
from courses.models import LessonPage
from courses.services import lesson_complete


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
    state_next = lesson.get_next_siblings().live().first()
    return redirect(state_next.url if state_next else lesson.get_parent().url)
