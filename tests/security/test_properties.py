"""Properties that hold for every input, checked on random ones: the IIN validator, the staff
import reader and the scoring of the final test."""

import csv
import datetime
import io
from fractions import Fraction

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from lms.imports import COLUMNS, ServantImportError, servants_import_plan
from lms.validators import iin_build, validate_iin
from quizzes.models import Attempt, Choice, QuestionKind, Scoring
from quizzes.scoring import question_credit
from quizzes.services import attempt_submit

# --- IIN --------------------------------------------------------------------------------------


def _reference_iin_ok(value) -> bool:
    """The published rule, written out independently of lms.validators."""
    if not isinstance(value, str) or len(value) != 12:
        return False
    if any(c not in "0123456789" for c in value):
        return False
    digits = [ord(c) - 48 for c in value]
    check = sum(d * (i + 1) for i, d in enumerate(digits[:11])) % 11
    if check == 10:
        check = sum(d * ((i + 2) % 11 + 1) for i, d in enumerate(digits[:11])) % 11
    return check != 10 and check == digits[11]


@given(
    born=st.dates(datetime.date(1800, 1, 1), datetime.date(2099, 12, 31)),
    serial=st.integers(0, 9979),
    female=st.booleans(),
)
@settings(max_examples=300)
def test_every_iin_the_builder_makes_is_valid(born, serial, female):
    iin = iin_build(born=born, serial=serial, female=female)
    validate_iin(iin)
    assert _reference_iin_ok(iin)


IIN_LIKE = st.one_of(
    st.text(max_size=20),
    st.text(alphabet="0123456789", min_size=10, max_size=14),
    # Unicode digits (Arabic-Indic, superscripts, full-width) look like digits to str.isdigit().
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩²³¹０１２", min_size=12, max_size=12),
    st.builds(lambda n: f"{n:012d}", st.integers(0, 10**12 - 1)),
    st.none(),
    st.integers(),
)


@given(value=IIN_LIKE)
@example("¹²³⁴⁵⁶⁷⁸⁹⁰¹²")
@example("٨٨٠٤١٢٣٠٠٠١٠")  # Arabic-Indic digits of a valid IIN
@settings(max_examples=500)
def test_validator_accepts_exactly_the_valid_iins_and_raises_nothing_else(value):
    try:
        validate_iin(value)
    except ValidationError:
        accepted = False
    else:
        accepted = True
    assert accepted == _reference_iin_ok(value), value


# --- staff import -----------------------------------------------------------------------------

FILENAMES = st.sampled_from(["staff.csv", "staff.xlsx", "staff.txt", "staff", "staff.xls", "s.CSV"])

CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "880412300010", "1988-04-12", "12.04.1988", "administrative",
                     "a@example.com", "root", "=cmd()", "\ufeffiin"]),
    st.builds(lambda d: d.isoformat(), st.dates()),
)  # fmt: skip


@st.composite
def csv_files(draw) -> bytes:
    header = draw(st.lists(st.sampled_from([*COLUMNS, "extra", "", "IIN"]), max_size=12))
    rows = draw(st.lists(st.lists(CELL, max_size=12), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
    return buffer.getvalue().encode(encoding, errors="replace")


@st.composite
def xlsx_files(draw) -> bytes:
    workbook = Workbook()
    workbook.properties.created = workbook.properties.modified = datetime.datetime(2026, 1, 1)
    sheet = workbook.active
    sheet.append(draw(st.lists(st.sampled_from([*COLUMNS, "x", None]), max_size=10)))
    value = st.one_of(
        CELL.filter(lambda s: not s.startswith("=") and not ILLEGAL_CHARACTERS_RE.search(s)),
        st.integers(-(10**15), 10**15),
        st.floats(allow_nan=False, allow_infinity=False),
        st.none(),
        st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2100, 1, 1)),
    )
    for row in draw(st.lists(st.lists(value, max_size=10), max_size=4)):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if draw(st.booleans()):  # a damaged archive
        cut = int(len(data) * draw(st.floats(0, 1)))
        data = data[:cut] + draw(st.binary(max_size=20))
    return data


@pytest.fixture
def organisation(db):
    from tests.factories import OrganisationFactory, make_unit

    organisation = OrganisationFactory(code="fuzz-org")
    make_unit("root", organisation=organisation)
    return organisation


def _plan_or_import_error(organisation, data: bytes, filename: str):
    try:
        plan = servants_import_plan(
            organisation=organisation, file=io.BytesIO(data), filename=filename
        )
    except ServantImportError:
        return None
    # A file that is read has a verdict: row problems listed, or a plan.
    assert plan.ok or plan.errors
    return plan


@pytest.mark.django_db
@given(data=st.binary(max_size=2000), filename=FILENAMES)
@settings(max_examples=150)
def test_random_bytes_never_break_the_staff_import(organisation, data, filename):
    _plan_or_import_error(organisation, data, filename)


@pytest.mark.django_db
@given(data=csv_files(), filename=FILENAMES)
@settings(max_examples=150)
def test_random_csv_never_breaks_the_staff_import(organisation, data, filename):
    _plan_or_import_error(organisation, data, filename)


@pytest.mark.django_db
@given(data=xlsx_files())
@settings(max_examples=40)
def test_random_xlsx_never_breaks_the_staff_import(organisation, data):
    _plan_or_import_error(organisation, data, "staff.xlsx")


# --- scoring ----------------------------------------------------------------------------------


@st.composite
def questions(draw):
    offered = draw(st.sets(st.integers(1, 12), min_size=1, max_size=8))
    correct = draw(st.sets(st.sampled_from(sorted(offered)), max_size=len(offered)))
    chosen = draw(st.sets(st.integers(0, 13), max_size=10))
    kind = draw(st.sampled_from(QuestionKind.values))
    scoring = draw(st.sampled_from(Scoring.values))
    return kind, scoring, offered, correct, chosen


@given(question=questions())
@settings(max_examples=500)
def test_question_credit_is_between_nothing_and_full(question):
    kind, scoring, offered, correct, chosen = question
    credit = question_credit(
        kind=kind, scoring=scoring, chosen=chosen, correct=correct, offered=offered
    )
    assert Fraction(0) <= credit <= Fraction(1)
    full = question_credit(
        kind=kind, scoring=scoring, chosen=set(correct), correct=correct, offered=offered
    )
    assert full == (1 if correct else 0)


@pytest.mark.django_db
@given(picks=st.lists(st.lists(st.integers(0, 3), max_size=4), min_size=4, max_size=4),
       all_right=st.booleans())  # fmt: skip
@settings(max_examples=30)
def test_attempt_score_is_between_0_and_100_and_all_right_is_100(mixed_quiz, picks, all_right):
    user, quiz = mixed_quiz
    items = [
        {"question": q.pk, "choices": list(q.choices.values_list("pk", flat=True))}
        for q in quiz.questions
    ]
    attempt = Attempt.objects.create(
        user=user, quiz=quiz, language="en", items=items, started_at=timezone.now(),
        deadline=timezone.now() + datetime.timedelta(minutes=30),
    )  # fmt: skip
    answers = {}
    for item, question, pick in zip(items, quiz.questions, picks, strict=True):
        if all_right:
            chosen = list(question.choices.filter(is_correct=True).values_list("pk", flat=True))
        else:
            chosen = sorted({item["choices"][i] for i in pick})
            if question.kind != QuestionKind.MULTIPLE:
                chosen = chosen[:1]
        answers[str(item["question"])] = chosen
    attempt = attempt_submit(attempt=attempt, answers=answers, sequence=1).attempt
    assert 0 <= attempt.score_percent <= 100
    assert 0 <= attempt.correct_count <= len(items)
    if all_right:
        assert attempt.score_percent == 100 and attempt.passed


@pytest.fixture
def mixed_quiz(db, locales):
    """One question of each kind and scoring rule, four choices each."""
    from quizzes.models import DrawRule, Question, Quiz, Topic
    from tests.factories import UserFactory

    quiz = Quiz.objects.create(title="Mixed", time_limit_minutes=30, pass_mark_percent=75)
    topic = Topic.objects.create(key="mixed", title="Mixed", locale=locales["en"])
    DrawRule.objects.create(quiz=quiz, topic=topic, count=4)
    specs = [
        (QuestionKind.SINGLE, Scoring.ALL_OR_NOTHING, {0}),
        (QuestionKind.TRUE_FALSE, Scoring.ALL_OR_NOTHING, {1}),
        (QuestionKind.MULTIPLE, Scoring.ALL_OR_NOTHING, {0, 2}),
        (QuestionKind.MULTIPLE, Scoring.PARTIAL, {1, 2, 3}),
    ]
    quiz.questions = []
    for n, (kind, scoring, right) in enumerate(specs):
        question = Question.objects.create(
            key=f"mixed-{n}", topic=topic, text=f"Q{n}", kind=kind, scoring=scoring,
            locale=locales["en"],
        )  # fmt: skip
        for c in range(4):
            Choice.objects.create(question=question, text=f"{c}", is_correct=c in right,
                                  sort_order=c)  # fmt: skip
        quiz.questions.append(question)
    return UserFactory(), quiz
