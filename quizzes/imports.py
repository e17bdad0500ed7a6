"""Importing the question bank from CSV or XLSX: all or nothing, keyed by (key, language).

Columns: key, language, topic, kind, scoring, text, explanation, choice_1 … choice_8, correct,
active. `correct` lists the numbers of the right choices (`2`, or `1;3`). Re-importing the
same file changes nothing; a changed row updates its question and records a revision.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from typing import BinaryIO

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from lms.models import User
from lms.services import audit_log
from lms.tabular import (
    ImportFileError,
    ImportRowError,
    cell_text,
    header_positions,
    is_blank,
    read_records,
)
from quizzes.models import Choice, Question, QuestionKind, Scoring, Topic

MAX_CHOICES = 8
CHOICE_COLUMNS = tuple(f"choice_{n}" for n in range(1, MAX_CHOICES + 1))
COLUMNS = (
    "key", "language", "topic", "kind", "scoring", "text", "explanation",
    *CHOICE_COLUMNS, "correct", "active",
)  # fmt: skip
REQUIRED_COLUMNS = ("key", "language", "topic", "kind", "text", "choice_1", "choice_2", "correct")
LANGUAGES = ("kk", "ru", "en")
KEY_NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4b8e-9d59-1a2b3c4d5e6f")
_KEY = re.compile(r"^[-a-zA-Z0-9_]+$")
_TRUE = {"", "1", "yes", "true", "да", "иә"}
_FALSE = {"0", "no", "false", "нет", "жоқ"}


@dataclass
class QuestionRow:
    row: int
    key: str
    language: str
    topic: str
    kind: str
    text: str
    choices: list[str]
    correct: set[int]  # 1-based choice numbers
    scoring: str = Scoring.ALL_OR_NOTHING
    explanation: str = ""
    active: bool = True


@dataclass
class QuestionImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[ImportRowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def translation_key_for(key: str) -> uuid.UUID:
    """Every language version of a question shares one translation key, derived from its key."""
    return uuid.uuid5(KEY_NAMESPACE, f"question:{key}")


def questions_import_parse(
    *, file: BinaryIO | str | os.PathLike, filename: str
) -> tuple[list[QuestionRow], list[ImportRowError]]:
    records = read_records(file=file, filename=filename)
    try:
        header = next(records, None)
        if header is None:
            raise ImportFileError(_("The file is empty."))
        positions, errors = header_positions(header[1], columns=COLUMNS, required=REQUIRED_COLUMNS)
        rows = []
        for number, record in records:
            if all(is_blank(v) for v in record):
                continue
            if errors and number > 1 and any(e.row == 1 for e in errors):
                continue
            cells = {
                name: cell_text(record[index] if index < len(record) else None)
                for name, index in positions.items()
            }
            row = _check_row(number, cells, errors)
            if row is not None:
                rows.append(row)
    finally:
        records.close()
    if not rows and not errors:
        raise ImportFileError(_("The file is empty: it has no rows below the header."))
    return rows, errors


def _check_row(number: int, cells: dict[str, str], errors: list) -> QuestionRow | None:
    found = len(errors)

    def error(column, message, **params):
        errors.append(ImportRowError(number, column, message, **params))

    key = cells.get("key", "")
    if not key:
        error("key", _("required"))
    elif not _KEY.match(key) or len(key) > 64:
        error("key", _("use up to 64 letters, digits, hyphens or underscores"))
    language = cells.get("language", "").lower()
    if language not in LANGUAGES:
        error("language", _("must be one of kk, ru, en"))
    kind = cells.get("kind", "").lower()
    if kind not in QuestionKind.values:
        error("kind", _("must be one of single, multiple, true_false"))
    scoring = cells.get("scoring", "").lower() or Scoring.ALL_OR_NOTHING
    if scoring not in Scoring.values:
        error("scoring", _("must be all_or_nothing or partial"))
    text = cells.get("text", "")
    if not text:
        error("text", _("required"))
    if not cells.get("topic"):
        error("topic", _("required"))
    choices = [cells.get(column, "") for column in CHOICE_COLUMNS]
    while choices and not choices[-1]:
        choices.pop()
    for number_of_choice, choice in enumerate(choices, start=1):
        if not choice:
            error(f"choice_{number_of_choice}", _("empty answer between filled ones"))
        elif len(choice) > 500:
            error(f"choice_{number_of_choice}", _("longer than 500 characters"))
    if len(choices) < 2:
        error("choice_2", _("a question needs at least two answers"))
    if kind == QuestionKind.TRUE_FALSE and len(choices) != 2:
        error("choice_3", _("a true/false question has exactly two answers"))
    correct: set[int] = set()
    raw = cells.get("correct", "")
    try:
        correct = {int(part) for part in re.split(r"[;,\s]+", raw) if part}
    except ValueError:
        error("correct", _("list the numbers of the right answers, e.g. 2 or 1;3"))
    else:
        if not correct:
            error("correct", _("required"))
        elif not correct <= set(range(1, len(choices) + 1)):
            error("correct", _("refers to an answer that is not filled in"))
        elif kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and len(correct) != 1:
            error("correct", _("this kind of question has exactly one right answer"))
    active_text = cells.get("active", "").lower()
    if active_text not in _TRUE | _FALSE:
        error("active", _("use yes or no"))
    if len(errors) > found:
        return None
    return QuestionRow(
        row=number,
        key=key,
        language=language,
        topic=cells["topic"],
        kind=kind,
        scoring=scoring,
        text=text,
        explanation=cells.get("explanation", ""),
        choices=choices,
        correct=correct,
        active=active_text not in _FALSE,
    )


def _cross_check(rows: list[QuestionRow]) -> tuple[list[ImportRowError], dict]:
    errors = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        earlier = seen.setdefault((row.key, row.language), row.row)
        if earlier != row.row:
            errors.append(
                ImportRowError(
                    row.row,
                    "key",
                    _("the same key and language as row %(other)d"),
                    other=earlier,
                )  # fmt: skip
            )
    topics = {
        (t.key, t.locale.language_code): t
        for t in Topic.objects.filter(key__in={r.topic for r in rows}).select_related("locale")
    }
    for row in rows:
        if (row.topic, row.language) not in topics:
            errors.append(
                ImportRowError(
                    row.row,
                    "topic",
                    _("no topic “%(topic)s” in language %(language)s"),
                    topic=row.topic,
                    language=row.language,
                )  # fmt: skip
            )
    return errors, topics


def _unchanged(question: Question, row: QuestionRow, topic: Topic) -> bool:
    fields_same = (
        question.topic_id == topic.pk
        and question.kind == row.kind
        and question.scoring == row.scoring
        and question.text == row.text
        and question.explanation == row.explanation
        and question.active == row.active
        and question.live
    )
    choices = [(c.text, c.is_correct) for c in question.choices.all()]
    wanted = [(text, n in row.correct) for n, text in enumerate(row.choices, start=1)]
    return fields_same and choices == wanted


def questions_import(
    *,
    rows: list[QuestionRow],
    errors: list[ImportRowError] | None = None,
    dry_run: bool = False,
    actor: User | None = None,
) -> QuestionImportResult:
    result = QuestionImportResult(errors=list(errors or []))
    cross_errors, topics = _cross_check(rows)
    result.errors.extend(cross_errors)
    if result.errors:
        result.errors.sort(key=lambda e: e.sort_key(COLUMNS))
        return result
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    existing = {
        (q.key, q.locale.language_code): q
        for q in Question.objects.filter(key__in={r.key for r in rows})
        .select_related("locale")
        .prefetch_related("choices")
    }
    with transaction.atomic():
        for row in rows:
            topic = topics[(row.topic, row.language)]
            question = existing.get((row.key, row.language))
            if question is not None and _unchanged(question, row, topic):
                result.unchanged += 1
                continue
            if question is None:
                result.created += 1
                question = Question(
                    key=row.key,
                    locale=locales.get(row.language)
                    or Locale.objects.create(language_code=row.language),
                    translation_key=translation_key_for(row.key),
                )
            else:
                result.updated += 1
            if dry_run:
                continue
            question.topic = topic
            question.kind = row.kind
            question.scoring = row.scoring
            question.text = row.text
            question.explanation = row.explanation
            question.active = row.active
            question.choices = [
                Choice(text=text, is_correct=n in row.correct, sort_order=n)
                for n, text in enumerate(row.choices, start=1)
            ]
            question.save()
            question.save_revision(user=actor).publish(user=actor)
        if not dry_run and (result.created or result.updated):
            audit_log(
                actor=actor,
                action="questions.imported",
                obj=Question.objects.filter(key=rows[0].key).first(),
                data={"created": result.created, "updated": result.updated},
            )
    return result
