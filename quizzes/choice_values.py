"""What the browser is told about a choice: an opaque value, never its database id.

Choice ids follow the order the bank was written in, and authors tend to put the right answer
in the same places, so an id on the page carries that pattern to anyone who reads the source.
The value is a keyed hash of (attempt, question, choice): it says nothing about the choice,
differs from one attempt to the next, and only the server can map it back.
"""

from __future__ import annotations

from django.utils.crypto import salted_hmac

from quizzes.exceptions import InvalidAnswers
from quizzes.models import Attempt

_SALT = "quizzes.choice_value"
# 64 bits: a value cannot be guessed, and two choices of one question never share one.
VALUE_LENGTH = 16


def choice_value(*, attempt_id: int, question_id: int, choice_id: int) -> str:
    digest = salted_hmac(_SALT, f"{attempt_id}:{question_id}:{choice_id}", algorithm="sha256")
    return digest.hexdigest()[:VALUE_LENGTH]


def attempt_choice_values(*, attempt: Attempt) -> dict[str, dict[str, int]]:
    """{question id: {value: choice id}} for every choice the attempt offers."""
    return {
        str(item["question"]): {
            choice_value(attempt_id=attempt.pk, question_id=item["question"], choice_id=cid): cid
            for cid in item["choices"]
        }
        for item in attempt.items
    }


def answers_from_values(*, attempt: Attempt, answers: dict) -> dict[str, list[int]]:
    """Posted answers, {question id: [value, ...]}, as {question id: [choice id, ...]}.

    A question the attempt does not hold, or a value it did not offer for that question (a
    database id, another attempt's value, anything forged), is refused as InvalidAnswers."""
    offered = attempt_choice_values(attempt=attempt)
    decoded: dict[str, list[int]] = {}
    for question_id, values in answers.items():
        by_value = offered.get(str(question_id))
        if by_value is None or not isinstance(values, list | tuple):
            raise InvalidAnswers()
        chosen = []
        for value in values:
            if not isinstance(value, str) or value not in by_value:
                raise InvalidAnswers()
            chosen.append(by_value[value])
        decoded[str(question_id)] = chosen
    return decoded
