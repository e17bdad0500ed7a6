from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from quizzes.models import Question, Quiz, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["title", "key", "locale"]
    panels = [FieldPanel("key"), FieldPanel("title")]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["text", "topic", "kind", "locale", "active"]
    list_filter = ["kind", "active", "locale"]
    list_export = ["key", "topic", "kind", "text", "explanation", "locale", "active"]
    search_fields = ["text", "key"]
    panels = [
        FieldPanel("key"),
        FieldPanel("topic"),
        FieldPanel("kind"),
        FieldPanel("text"),
        InlinePanel("choices", label=_("Answers"), min_num=2),
        FieldPanel("explanation"),
        FieldPanel("active"),
    ]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    list_display = ["title", "questions_per_topic", "time_limit_minutes", "pass_mark_percent"]


class TestsGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet, TopicViewSet)
    menu_icon = "tasks"
    menu_label = _("Tests")
    menu_name = "tests"


register_snippet(TestsGroup)
