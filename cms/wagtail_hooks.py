from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from cms import notice_preview, views
from cms.models import SeminarPage
from cms.services import can_mark_attendance


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
