from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, TranslatableMixin


class Topic(TranslatableMixin, models.Model):
    key = models.SlugField(_("key"), max_length=64, help_text=_("Stable identifier, e.g. gifts."))
    title = models.CharField(_("title"), max_length=255)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="topic_key_locale_unique")
        ]

    def __str__(self):
        return self.title


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


class Question(TranslatableMixin, ClusterableModel):
    key = models.SlugField(
        _("key"), max_length=64, help_text=_("Stable identifier used by imports and statistics.")
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    text = models.TextField(_("question"))
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown after the test is submitted.")
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="question_key_locale_unique")
        ]

    def __str__(self):
        return self.text[:80]


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("answer"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text


class Quiz(models.Model):
    title = models.CharField(_("title"), max_length=255)
    topics = models.ManyToManyField(
        Topic, related_name="quizzes", help_text=_("Questions are drawn from each of these topics.")
    )
    questions_per_topic = models.PositiveSmallIntegerField(_("questions per topic"), default=2)
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), default=30)
    pass_mark_percent = models.PositiveSmallIntegerField(_("pass mark (%)"), default=80)
    attempts_per_cycle = models.PositiveSmallIntegerField(_("attempts per cycle"), default=3)

    class Meta:
        verbose_name = _("test")
        verbose_name_plural = _("tests")

    def __str__(self):
        return self.title


class Attempt(models.Model):
    """One sitting of a test. The drawn questions and their choice order are frozen in `items`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    assignment = models.ForeignKey(
        "lms.Assignment",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quiz_attempts",
    )
    language = models.CharField(max_length=8)
    items = models.JSONField(default=list, help_text="[{question: id, choices: [id, ...]}]")
    answers = models.JSONField(default=dict, help_text="{question id: [choice id, ...]}")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    correct_count = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="attempt_one_open_per_user_quiz",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None
