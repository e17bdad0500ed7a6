from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from legal import admin_views
from legal.models import LegalAct, LegalArticle


class LegalActViewSet(SnippetViewSet):
    model = LegalAct
    icon = "doc-full"
    list_display = ["number", "title", "kind", "in_force_from", "in_force_to"]
    list_filter = ["kind"]
    list_export = ["number", "kind", "title", "title_ru", "title_kk", "url", "in_force_from"]
    export_filename = "legal-acts"
    search_fields = ["number", "title", "title_ru", "title_kk"]
    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("title_ru"), FieldPanel("title_kk")],
            heading=_("Title"),
        ),
        MultiFieldPanel(
            [FieldPanel("url"), FieldPanel("url_ru"), FieldPanel("url_kk")],
            heading=_("Official text"),
        ),
        FieldRowPanel([FieldPanel("in_force_from"), FieldPanel("in_force_to")]),
    ]


class LegalArticleViewSet(SnippetViewSet):
    model = LegalArticle
    icon = "openquote"
    list_display = ["number", "act", "valid_from"]
    list_filter = ["act"]
    list_export = ["act", "number", "text", "text_ru", "text_kk", "valid_from"]
    export_filename = "legal-articles"
    search_fields = ["number", "text", "text_ru", "text_kk"]
    panels = [
        FieldRowPanel([FieldPanel("act"), FieldPanel("number"), FieldPanel("valid_from")]),
        MultiFieldPanel(
            [FieldPanel("heading"), FieldPanel("heading_ru"), FieldPanel("heading_kk")],
            heading=_("Heading (for documents without numbered articles)"),
        ),
        FieldPanel("text"),
        FieldPanel("text_ru"),
        FieldPanel("text_kk"),
    ]


class LegalRegisterGroup(SnippetViewSetGroup):
    items = (LegalActViewSet, LegalArticleViewSet)
    menu_icon = "doc-full"
    menu_label = _("Legal register")
    menu_name = "legal-register"


register_snippet(LegalRegisterGroup)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("law-reviews/", admin_views.review_queue, name="legal_review_queue"),
        path(
            "law-reviews/<int:review_id>/decide/",
            admin_views.review_decide,
            name="legal_review_decide",
        ),
    ]


class ReviewQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("legal.change_citationreview")


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewQueueMenuItem(
        _("Law changes to review"), reverse("legal_review_queue"), icon_name="warning", order=350
    )
