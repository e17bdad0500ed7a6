from __future__ import annotations

import math
from dataclasses import dataclass

from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice, Feedback, Question


@dataclass
class AttemptOption:
    """A choice as the test page shows it: its text and opaque value, nothing that tells a
    right answer from a wrong one."""

    value: str
    text: str
    checked: bool


@dataclass
class AttemptQuestion:
    number: int
    question: Question
    choices: list[Choice]  # for the result page only: they know which answers are right
    options: list[AttemptOption]
    selected: set[int]
    correct: bool | None = None  # only filled in for submitted attempts
    page: int = 1

    @property
    def answered(self) -> bool:
        return bool(self.selected)


def attempt_questions(*, attempt: Attempt) -> list[AttemptQuestion]:
    """The attempt's questions and choices in their frozen order, with the saved answers.
    Whether an answer is right is computed only once the attempt is submitted."""
    question_ids = [item["question"] for item in attempt.items]
    questions = Question.objects.in_bulk(question_ids)
    choices = Choice.objects.in_bulk([cid for item in attempt.items for cid in item["choices"]])
    rows = []
    for number, item in enumerate(attempt.items, start=1):
        selected = set(attempt.answers.get(str(item["question"]), []))
        row_choices = [choices[cid] for cid in item["choices"] if cid in choices]
        row = AttemptQuestion(
            number=number,
            question=questions[item["question"]],
            choices=row_choices,
            options=[
                AttemptOption(
                    value=choice_value(
                        attempt_id=attempt.pk, question_id=item["question"], choice_id=choice.pk
                    ),
                    text=choice.text,
                    checked=choice.pk in selected,
                )
                for choice in row_choices
            ],
            selected=selected,
        )
        if attempt.submitted_at is not None:
            row.correct = selected == {c.pk for c in row.choices if c.is_correct}
        rows.append(row)
    return rows


@dataclass
class AttemptPage:
    number: int
    count: int
    questions: list[AttemptQuestion]
    all_questions: list[AttemptQuestion]
    per_page: int

    @property
    def is_last(self) -> bool:
        return self.number >= self.count

    @property
    def answered_count(self) -> int:
        return sum(1 for q in self.all_questions if q.answered)


def attempt_page(*, attempt: Attempt, number: int) -> AttemptPage:
    rows = attempt_questions(attempt=attempt)
    per_page = max(attempt.quiz.questions_per_page, 1)
    count = max(math.ceil(len(rows) / per_page), 1)
    number = min(max(number, 1), count)
    for row in rows:
        row.page = (row.number - 1) // per_page + 1
    return AttemptPage(
        number=number,
        count=count,
        questions=rows[(number - 1) * per_page : number * per_page],
        all_questions=rows,
        per_page=per_page,
    )


def attempt_shows_correct_answers(*, attempt: Attempt, attempts_left: int) -> bool:
    """Whether the result page may name the right answers, and so the explanations (which
    name them too). Never after a failed attempt with tries left, unless the test's feedback
    rule says "after every attempt"."""
    feedback = attempt.quiz.feedback
    if feedback == Feedback.AFTER_EACH_ATTEMPT:
        return True
    if feedback == Feedback.AFTER_LAST_ATTEMPT:
        return bool(attempt.passed) or attempts_left == 0
    return False
