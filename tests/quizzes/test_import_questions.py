import csv
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from quizzes.models import Question, Topic

pytestmark = pytest.mark.django_db

HEADER = ["key", "language", "topic", "kind", "text", "explanation", "choice_1", "choice_2",
          "choice_3", "correct"]  # fmt: skip


@pytest.fixture
def topics(locales):
    for code in ("en", "ru"):
        Topic.objects.create(key="gifts", title=f"Gifts {code}", locale=locales[code])


def row(**overrides):
    values = {
        "key": "gifts-01", "language": "en", "topic": "gifts", "kind": "single",
        "text": "May a servant accept a gift for an official act?", "explanation": "Art. 12.",
        "choice_1": "No", "choice_2": "Yes", "choice_3": "Only below 2 MCI", "correct": "1",
    }  # fmt: skip
    values.update(overrides)
    return [values[name] for name in HEADER]


def write_csv(tmp_path, rows, *, encoding="utf-8", delimiter=",", name="questions.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(HEADER)
    writer.writerows(rows)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_questions", str(path), *args, stdout=out, stderr=err)
    except CommandError as error:
        return 1, out.getvalue(), err.getvalue() + str(error)
    return 0, out.getvalue(), err.getvalue()


def test_valid_file_creates_questions_in_each_language_sharing_a_translation_key(tmp_path, topics):
    path = write_csv(
        tmp_path,
        [row(), row(language="ru", text="Можно ли принять подарок?", choice_1="Нет",
                    choice_2="Да", choice_3="Только до 2 МРП")],
    )  # fmt: skip
    status, out, _ = run(path)
    assert status == 0 and "2 questions were created" in out
    en, ru = Question.objects.order_by("locale__language_code")
    assert en.translation_key == ru.translation_key
    assert [(c.text, c.is_correct) for c in ru.choices.all()] == [
        ("Нет", True), ("Да", False), ("Только до 2 МРП", False),
    ]  # fmt: skip
    assert en.live and en.revisions.count() == 1


def test_reimporting_the_same_file_changes_nothing(tmp_path, topics):
    path = write_csv(tmp_path, [row()])
    run(path)
    status, out, _ = run(path)
    assert "0 questions were created, 0 updated, 1 unchanged" in out
    assert Question.objects.get().revisions.count() == 1


def test_changed_row_updates_the_question_and_records_a_revision(tmp_path, topics):
    run(write_csv(tmp_path, [row()]))
    status, out, _ = run(write_csv(tmp_path, [row(correct="2", choice_2="Never")], name="b.csv"))
    assert "1 updated" in out
    question = Question.objects.get()
    assert [c.text for c in question.choices.filter(is_correct=True)] == ["Never"]
    assert question.revisions.count() == 2


def test_windows_1251_with_semicolons_and_xlsx_are_read(tmp_path, topics):
    path = write_csv(
        tmp_path, [row(language="ru", text="Вопрос?", choice_1="Да", choice_2="Нет")],
        encoding="cp1251", delimiter=";",
    )  # fmt: skip
    assert run(path)[0] == 0
    workbook = Workbook()
    workbook.active.append(HEADER)
    workbook.active.append(row(key="gifts-02"))
    xlsx = tmp_path / "questions.xlsx"
    workbook.save(xlsx)
    assert run(xlsx)[0] == 0
    assert Question.objects.count() == 2


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"language": "de"}, "row 2, column language: must be one of kk, ru, en"),
        ({"kind": "essay"}, "row 2, column kind: must be one of single, multiple, true_false"),
        ({"topic": "nowhere"}, "row 2, column topic: no topic “nowhere” in language en"),
        ({"correct": "4"}, "row 2, column correct: refers to an answer that is not filled in"),
        ({"correct": "1;2"}, "row 2, column correct: this kind of question has exactly one"),
        ({"correct": "first"}, "row 2, column correct: list the numbers of the right answers"),
        ({"text": ""}, "row 2, column text: required"),
        ({"key": "bad key!"}, "row 2, column key: use up to 64 letters"),
        ({"choice_2": "", "choice_3": "x"}, "row 2, column choice_2: empty answer between"),
        ({"kind": "true_false"}, "row 2, column choice_3: a true/false question has exactly two"),
    ],
)
def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(
    tmp_path, topics, overrides, message
):
    good = row(key="gifts-09")
    status, _, err = run(write_csv(tmp_path, [row(**overrides), good]))
    assert status == 1
    assert message in err
    assert "nothing was imported" in err
    assert not Question.objects.exists()


def test_duplicate_key_and_language_in_one_file(tmp_path, topics):
    status, _, err = run(write_csv(tmp_path, [row(), row()]))
    assert status == 1
    assert "row 3, column key: the same key and language as row 2" in err


def test_missing_column_and_empty_file(tmp_path, topics):
    path = tmp_path / "q.csv"
    path.write_text("key,language,topic\ngifts-01,en,gifts\n")
    status, _, err = run(path)
    assert status == 1 and "row 1, column kind: missing column" in err
    path.write_text("")
    status, _, err = run(path)
    assert status == 1 and "The file is empty" in err


def test_dry_run_writes_nothing(tmp_path, topics):
    status, out, _ = run(write_csv(tmp_path, [row()]), "--dry-run")
    assert status == 0 and "1 questions would be created" in out
    assert not Question.objects.exists()
