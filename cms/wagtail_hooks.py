from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem

from cms import notice_preview, views
from cms.models import SeminarPage
from cms.selectors import lesson_missing_languages, pages_citing, untranslated_lessons
from cms.services import can_mark_attendance
from courses.models import LessonPage

TRANSLATE_PERMISSION = "simple_translation.submit_translation"


@hooks.register("register_admin_urls")
def register_attendance_urls():
    return [
        path("seminars/attendance/", views.attendance_index, name="cms_attendance_index"),
        path(
            "seminars/<int:page_id>/attendance/",
            views.seminar_attendance,
            name="cms_seminar_attendance",
        ),
    ]


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_admin_menu_item")
def register_attendance_menu_item():
    return AttendanceMenuItem(
        _("Seminar attendance"),
        reverse("cms_attendance_index"),
        icon_name="group",
        order=250,
    )


class AttendanceButton(PageMenuItem):
    label = _("Attendance")
    icon_name = "group"
    url_name = "cms_seminar_attendance"

    def is_shown(self, user):
        return can_mark_attendance(seminar=self.page, user=user)


def _seminar_buttons(page, user):
    if isinstance(page.specific_deferred, SeminarPage):
        yield AttendanceButton(page=page, priority=15)


@hooks.register("register_page_listing_more_buttons")
def seminar_listing_buttons(page, user, next_url=None):
    yield from _seminar_buttons(page, user)


@hooks.register("register_page_header_buttons")
def seminar_header_buttons(page, user, view_name, next_url=None):
    yield from _seminar_buttons(page, user)


@hooks.register("register_admin_urls")
def register_notice_preview_urls():
    return [path("notices/", notice_preview.notice_preview, name="cms_notice_preview")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_notice_preview_menu_item():
    return StaffMenuItem(_("Notices"), reverse("cms_notice_preview"), icon_name="mail", order=260)


# --- Lessons not every servant sees ---------------------------------------------------------
# A lesson published in one language only is missing from the course for the servants who
# read it in the others (courses: `course_required_lessons`); nothing else tells the editor.


@hooks.register("before_edit_page")
def warn_lesson_missing_in_languages(request, page):
    if request.method != "GET" or not isinstance(page.specific_deferred, LessonPage):
        return None
    missing = lesson_missing_languages(lesson=page)
    if not missing:
        return None
    buttons = [
        messages.button(
            reverse("wagtailadmin_pages:edit", args=[language.translation.pk]),
            gettext("Edit the %(language)s version") % {"language": language.name},
        )
        for language in missing
        if language.translation is not None
    ]
    if any(language.translation is None for language in missing) and request.user.has_perm(
        TRANSLATE_PERMISSION
    ):
        buttons.append(
            messages.button(
                reverse("simple_translation:submit_page_translation", args=[page.pk]),
                gettext("Translate"),
            )
        )
    messages.warning(
        request,
        gettext(
            "No published version in: %(languages)s. Servants who read the course in these "
            "languages do not see this lesson and are not asked to read it."
        )
        % {"languages": ", ".join(language.name for language in missing)},
        buttons=buttons,
    )
    return None


class UntranslatedLessonsPanel(Component):
    name = "untranslated_lessons"
    template_name = "cms/admin/untranslated_lessons_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = untranslated_lessons()
        context["can_translate"] = parent_context["request"].user.has_perm(TRANSLATE_PERMISSION)
        return context


@hooks.register("construct_homepage_panels")
def add_untranslated_lessons_panel(request, panels):
    panels.append(UntranslatedLessonsPanel())


# The legal register asks which public pages cite an amended article
# (legal.selectors.citations_of): they are flagged for review like lessons.
hooks.register("legal_citations", pages_citing)
