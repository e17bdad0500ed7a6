"""Pure scoring rules: what a set of chosen answers is worth for one question."""

from __future__ import annotations

from fractions import Fraction

from quizzes.models import QuestionKind, Scoring


def question_credit(
    *, kind: str, scoring: str, chosen: set[int], correct: set[int], offered: set[int]
) -> Fraction:
    """Credit between 0 and 1.

    Single choice and true/false: 1 for the right answer, else 0. Multiple choice, all or
    nothing: 1 only for exactly the right set. Multiple choice, partial: each right choice
    earns 1/|right|, each wrong choice takes 1/|wrong offered| away, never below 0.
    """
    if not correct:
        return Fraction(0)
    if kind != QuestionKind.MULTIPLE or scoring == Scoring.ALL_OR_NOTHING:
        return Fraction(1) if chosen == correct else Fraction(0)
    wrong_offered = offered - correct
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    credit = Fraction(right, len(correct))
    if wrong_offered:
        credit -= Fraction(wrong, len(wrong_offered))
    return max(credit, Fraction(0))
