"""Item statistics of a test, computed from submitted attempts.

Facility index: the share of attempts that drew the question and answered it fully right.
Discrimination index: among the attempts that drew the question, ranked by total score, the
facility of the top 27% minus the facility of the bottom 27% (at least one attempt each).
Questions whose facility falls outside 20–95% are flagged for the editors.
"""

from __future__ import annotations

import statistics as stats
from collections import Counter
from dataclasses import dataclass, field

from quizzes.models import Attempt, Choice, Question, Quiz

FACILITY_LOW = 20.0
FACILITY_HIGH = 95.0
GROUP_SHARE = 0.27


@dataclass
class ChoiceRow:
    choice: Choice
    chosen: int


@dataclass
class QuestionStats:
    question: Question
    attempts: int
    facility: float | None
    discrimination: float | None
    choices: list[ChoiceRow] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.facility is not None and not (FACILITY_LOW <= self.facility <= FACILITY_HIGH)


@dataclass
class QuizSummary:
    attempts: int
    mean: float | None
    median: float | None
    pass_rate: float | None


def _submitted(quiz: Quiz):
    return list(
        Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False).only(
            "pk", "items", "answers", "score_percent", "passed"
        )
    )


def quiz_summary(*, quiz: Quiz) -> QuizSummary:
    scores = list(
        Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False).values_list(
            "score_percent", "passed"
        )
    )
    if not scores:
        return QuizSummary(attempts=0, mean=None, median=None, pass_rate=None)
    values = [s for s, _ in scores]
    return QuizSummary(
        attempts=len(values),
        mean=round(stats.fmean(values), 1),
        median=float(stats.median(values)),
        pass_rate=round(100 * sum(1 for _, p in scores if p) / len(values), 1),
    )


def question_statistics(*, quiz: Quiz) -> list[QuestionStats]:
    attempts = _submitted(quiz)
    by_question: dict[int, list[Attempt]] = {}
    for attempt in attempts:
        for item in attempt.items:
            by_question.setdefault(item["question"], []).append(attempt)
    questions = Question.objects.filter(pk__in=by_question).select_related("topic", "locale")
    choices: dict[int, list[Choice]] = {}
    correct: dict[int, set[int]] = {}
    for choice in Choice.objects.filter(question_id__in=by_question).order_by("sort_order", "pk"):
        choices.setdefault(choice.question_id, []).append(choice)
        if choice.is_correct:
            correct.setdefault(choice.question_id, set()).add(choice.pk)

    rows = []
    for question in questions:
        taken = by_question[question.pk]
        key = str(question.pk)
        right = {
            a.pk: set(a.answers.get(key, [])) == correct.get(question.pk, set()) for a in taken
        }
        facility = 100 * sum(right.values()) / len(taken)
        ranked = sorted(taken, key=lambda a: (a.score_percent, a.pk))
        size = max(1, round(GROUP_SHARE * len(ranked)))
        lower, upper = ranked[:size], ranked[-size:]
        discrimination = (
            sum(right[a.pk] for a in upper) / size - sum(right[a.pk] for a in lower) / size
            if len(ranked) >= 2
            else None
        )
        counts = Counter(c for a in taken for c in a.answers.get(key, []))
        rows.append(
            QuestionStats(
                question=question,
                attempts=len(taken),
                facility=round(facility, 1),
                discrimination=round(discrimination, 2) if discrimination is not None else None,
                choices=[ChoiceRow(choice=c, chosen=counts[c.pk]) for c in choices[question.pk]],
            )
        )
    rows.sort(key=lambda r: (r.question.topic.key, r.question.key, r.question.locale_id))
    return rows
