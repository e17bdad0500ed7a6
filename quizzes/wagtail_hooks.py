from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from quizzes import admin_views
from quizzes.models import Question, Quiz, Topic
from quizzes.selectors import (
    articles_tested_by_final_test,
    final_test_states,
    questions_citing,
)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["title", "key", "locale"]
    panels = [FieldPanel("key"), FieldPanel("title")]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["text", "topic", "kind", "locale", "active"]
    list_filter = ["kind", "active", "locale", "topic"]
    list_export = ["key", "topic", "kind", "scoring", "text", "explanation", "locale", "active"]
    export_filename = "questions"
    search_fields = ["text", "key"]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("topic")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("scoring")]),
        FieldPanel("text"),
        InlinePanel("choices", label=_("Answers"), min_num=2),
        FieldPanel(
            "explanation",
            help_text=_(
                "Shown with the correct answers, when the test's feedback rule allows them."
            ),
        ),
        FieldPanel("legal_articles"),
        FieldPanel("active"),
    ]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    list_display = ["title", "time_limit_minutes", "pass_mark_percent", "attempts_per_cycle"]
    panels = [
        FieldPanel("title"),
        InlinePanel("draw_rules", label=_("Draw rules: how many questions from each topic")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("pass_mark_percent")]),
                FieldRowPanel(
                    [FieldPanel("attempts_per_cycle"), FieldPanel("wait_minutes_between_attempts")]
                ),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldPanel("questions_per_page"),
            ],
            heading=_("Taking the test"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "feedback",
                    help_text=_(
                        "Explanations name the correct answers, so they are shown only when "
                        "the correct answers are."
                    ),
                ),
                FieldPanel("min_time_share_percent"),
            ],
            heading=_("Feedback and integrity"),
        ),
    ]


class TestsGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet, TopicViewSet)
    menu_icon = "tasks"
    menu_label = _("Tests")
    menu_name = "tests"


register_snippet(TestsGroup)


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [
        path("test-statistics/", admin_views.statistics_index, name="quizzes_statistics"),
        path(
            "test-statistics/<int:quiz_id>/",
            admin_views.statistics_detail,
            name="quizzes_statistics_detail",
        ),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("quizzes.change_question")


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Test statistics"), reverse("quizzes_statistics"), icon_name="table", order=700
    )


# Pages of the apps below (the course page, /learn/) tell the servant's standing with the test
# through lms.selectors.assignment_test_states, which asks here.
hooks.register("final_test_states", final_test_states)


# The legal register asks which questions test an amended article (legal.selectors.citations_of).
hooks.register("legal_citations", questions_citing)

# A certificate records the versions of the articles its course taught
# (legal.selectors.articles_taught).
hooks.register("legal_course_articles", articles_tested_by_final_test)
