from __future__ import annotations

from dataclasses import dataclass

from quizzes.models import Attempt, Choice, Question


@dataclass
class AttemptQuestion:
    number: int
    question: Question
    choices: list[Choice]
    selected: set[int]
    correct: bool | None = None  # only filled in for submitted attempts


def attempt_questions(*, attempt: Attempt) -> list[AttemptQuestion]:
    """The attempt's questions and choices in their frozen order, with the saved answers."""
    question_ids = [item["question"] for item in attempt.items]
    questions = Question.objects.in_bulk(question_ids)
    choices = Choice.objects.in_bulk([cid for item in attempt.items for cid in item["choices"]])
    rows = []
    for number, item in enumerate(attempt.items, start=1):
        selected = set(attempt.answers.get(str(item["question"]), []))
        row = AttemptQuestion(
            number=number,
            question=questions[item["question"]],
            choices=[choices[cid] for cid in item["choices"] if cid in choices],
            selected=selected,
        )
        if attempt.submitted_at is not None:
            row.correct = selected == {c.pk for c in row.choices if c.is_correct}
        rows.append(row)
    return rows
