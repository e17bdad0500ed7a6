from fractions import Fraction

import pytest

from quizzes.scoring import question_credit

OFFERED = {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("kind", "chosen", "credit"),
    [("single", {1}, 1), ("single", {2}, 0), ("single", set(), 0), ("true_false", {1}, 1)],
)
def test_single_choice_and_true_false_are_right_or_wrong(kind, chosen, credit):
    result = question_credit(
        kind=kind, scoring="all_or_nothing", chosen=chosen, correct={1}, offered=OFFERED
    )
    assert result == credit


@pytest.mark.parametrize(("chosen", "credit"), [({1, 2}, 1), ({1}, 0), ({1, 2, 3}, 0), (set(), 0)])
def test_multiple_all_or_nothing_needs_exactly_the_right_set(chosen, credit):
    result = question_credit(
        kind="multiple", scoring="all_or_nothing", chosen=chosen, correct={1, 2}, offered=OFFERED
    )
    assert result == credit


@pytest.mark.parametrize(
    ("chosen", "credit"),
    [
        ({1, 2}, Fraction(1)),
        ({1}, Fraction(1, 2)),
        ({1, 3}, Fraction(0)),  # 1/2 right - 1/2 wrong
        ({1, 2, 3}, Fraction(1, 2)),
        ({3, 4}, Fraction(0)),  # never below zero
    ],
)
def test_multiple_partial_credit(chosen, credit):
    result = question_credit(
        kind="multiple", scoring="partial", chosen=chosen, correct={1, 2}, offered=OFFERED
    )
    assert result == credit
