from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin


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


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit")


class Question(DraftStateMixin, RevisionMixin, TranslatableMixin, ClusterableModel):
    """A question of the bank. Only published (live) and active questions are drawn."""

    key = models.SlugField(
        _("key"), max_length=64, help_text=_("Stable identifier used by imports and statistics.")
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    text = models.TextField(_("question"))
    scoring = models.CharField(
        _("scoring"),
        max_length=20,
        choices=Scoring.choices,
        default=Scoring.ALL_OR_NOTHING,
        help_text=_(
            "Multiple choice only. Partial credit: each right choice earns a share, "
            "each wrong choice takes one away; never below zero."
        ),
    )
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown after the test is submitted.")
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive questions are never drawn.")
    )
    legal_articles = ParentalManyToManyField(
        "legal.LegalArticle",
        blank=True,
        related_name="questions",
        verbose_name=_("articles tested"),
        help_text=_(
            "The articles of the legal register this question tests. When one is amended the "
            "question is held back from new attempts until an editor reviews it."
        ),
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="question")

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


class Feedback(models.TextChoices):
    AFTER_LAST_ATTEMPT = (
        "after_last_attempt",
        _("Correct answers once the servant has passed or has no attempt left"),
    )
    AFTER_EACH_ATTEMPT = "after_each_attempt", _("Correct answers after every attempt")
    NEVER = "never", _("Never show the correct answers (explanations only)")


class Quiz(ClusterableModel):
    title = models.CharField(_("title"), max_length=255)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), default=30, help_text=_("Kept by the server.")
    )
    pass_mark_percent = models.PositiveSmallIntegerField(_("pass mark (%)"), default=80)
    attempts_per_cycle = models.PositiveSmallIntegerField(_("attempts per cycle"), default=3)
    wait_minutes_between_attempts = models.PositiveSmallIntegerField(
        _("wait between attempts (minutes)"), default=0
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle answers"), default=True)
    questions_per_page = models.PositiveSmallIntegerField(
        _("questions per page"),
        default=4,
        help_text=_("Without JavaScript, answers are saved each time a page is sent."),
    )
    feedback = models.CharField(
        _("feedback"),
        max_length=30,
        choices=Feedback.choices,
        default=Feedback.AFTER_LAST_ATTEMPT,
        help_text=_("Explanations are always shown after submission."),
    )
    min_time_share_percent = models.PositiveSmallIntegerField(
        _("too fast below (percent of the time limit)"),
        default=20,
        help_text=_("Attempts submitted faster than this are flagged for HR review, not blocked."),
    )

    class Meta:
        verbose_name = _("test")
        verbose_name_plural = _("tests")

    def __str__(self):
        return self.title

    @property
    def question_count(self) -> int:
        return sum(rule.count for rule in self.draw_rules.all())


class DrawRule(Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draw_rules")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveSmallIntegerField(_("questions to draw"), default=2)

    class Meta(Orderable.Meta):
        verbose_name = _("draw rule")
        verbose_name_plural = _("draw rules")
        constraints = [
            models.UniqueConstraint(fields=["quiz", "topic"], name="drawrule_topic_once")
        ]

    def __str__(self):
        return f"{self.count} × {self.topic}"


class ReviewDecision(models.TextChoices):
    CLEARED = "cleared", _("Cleared")
    REVOKED = "revoked", _("Certificate revoked")


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
    sequence = models.PositiveIntegerField(
        default=0, help_text="Raised by every accepted save; a request with an older one is stale."
    )
    saved_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    finalised_automatically = models.BooleanField(default=False)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    correct_count = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    integrity_checked_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the integrity check ran. Empty on a submitted attempt: its task was lost "
        "(the broker was down) and the periodic sweep runs the check.",
    )
    review_decision = models.CharField(
        _("review decision"), max_length=20, choices=ReviewDecision.choices, blank=True
    )
    review_note = models.TextField(_("review note"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="attempt_one_open_per_user_quiz",
            ),
            models.CheckConstraint(
                condition=Q(review_decision="", reviewed_at__isnull=True)
                | (~Q(review_decision="") & Q(reviewed_at__isnull=False)),
                name="attempt_review_decided_with_time",
            ),
        ]
        indexes = [
            # The integrity sweep: submitted attempts whose check never ran (a handful).
            models.Index(
                fields=["submitted_at"],
                condition=Q(submitted_at__isnull=False, integrity_checked_at__isnull=True),
                name="attempt_integrity_unchecked",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class FlagKind(models.TextChoices):
    TOO_FAST = "too_fast", _("Submitted unusually fast")
    SAME_ANSWERS = "same_answers", _("Same answers as another servant of the organisation")


class AttemptFlag(models.Model):
    """An integrity signal for HR to review; it never blocks or changes a result."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField(_("kind"), max_length=20, choices=FlagKind.choices)
    detail = models.JSONField(default=dict, blank=True)
    related_attempt = models.ForeignKey(
        Attempt, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attempt flag")
        verbose_name_plural = _("attempt flags")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "kind", "related_attempt"], name="attemptflag_unique"
            ),
            # The one above lets NULLs differ: without this, two checks of one attempt running
            # at once (its task and the sweep) could both write its "too fast" flag.
            models.UniqueConstraint(
                fields=["attempt", "kind"],
                condition=Q(related_attempt__isnull=True),
                name="attemptflag_unique_unrelated",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.attempt}"
