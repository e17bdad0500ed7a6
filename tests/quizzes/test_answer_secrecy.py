"""Nothing about correctness reaches the browser while a test is open.

The test is taken through its pages, as a servant takes it, on the demo's real question bank,
whose right answers the test looks up by the text of each choice. An open attempt's pages and
JSON answers must not carry a database choice id, must not order their values by how the bank
was written, and must not mark a right choice differently from a wrong one. The result page of
a failed attempt with tries left says which questions were wrong, never what was right.
"""

import json
import re
import uuid
from collections import Counter
from html.parser import HTMLParser
from itertools import combinations

import pytest
from django.db import connection
from django.utils.html import escape

from demo import pack
from lms.models import Assignment
from quizzes.choice_values import choice_value
from quizzes.imports import questions_import_parse, translation_key_for
from quizzes.models import Attempt, Choice, DrawRule, Feedback, Question, QuestionKind, Topic
from quizzes.selectors import attempt_questions
from tests.factories import AssignmentFactory, QuizFactory, ServantProfileFactory
from tests.helpers import read_all_lessons

# --- the bank: where its authors put the right answers -------------------------------------

# χ² with 3 degrees of freedom (four positions): the value exceeded with probability 0.01.
CHI2_CRITICAL_3DF_P01 = 11.34


def chi_square_uniform(counts: list[int]) -> float:
    expected = sum(counts) / len(counts)
    return sum((count - expected) ** 2 / expected for count in counts)


def bank_rows(path=pack.QUESTIONS_FILE) -> dict:
    """{key: the rows of every language} from the file as the importer reads it."""
    rows, errors = questions_import_parse(file=path, filename=path.name)
    assert not errors
    by_key: dict = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    for versions in by_key.values():  # every language lists its answers in one order
        assert len({frozenset(row.correct) for row in versions}) == 1, versions[0].key
    return {key: versions[0] for key, versions in by_key.items()}


def test_right_answers_of_single_choice_questions_sit_evenly_in_the_four_positions():
    """Counts, per question (the languages share their order), in which of its four authored
    positions the right answer of a single-choice question sits, and tests them against a
    uniform spread: χ² goodness of fit, 3 degrees of freedom, p = 0.01 → the statistic must
    be below 11.34. The bank before it was rebalanced (9/18/11/1 of 39) gave 15.1."""
    positions = Counter(
        next(iter(row.correct))
        for row in bank_rows().values()
        if row.kind == QuestionKind.SINGLE and len(row.choices) == 4
    )
    counts = [positions[n] for n in (1, 2, 3, 4)]
    assert sum(counts) >= 30
    assert chi_square_uniform(counts) < CHI2_CRITICAL_3DF_P01, counts


def test_the_bound_rejects_a_bank_that_favours_the_second_answer():
    assert chi_square_uniform([9, 18, 11, 1]) >= CHI2_CRITICAL_3DF_P01  # the old demo bank


def test_multiple_choice_questions_do_not_share_one_pattern_of_right_answers():
    patterns = Counter(
        tuple(sorted(row.correct))
        for row in bank_rows().values()
        if row.kind == QuestionKind.MULTIPLE
    )
    assert sum(patterns.values()) >= 4
    assert max(patterns.values()) <= sum(patterns.values()) / 2, patterns


# --- the test's pages, read as a browser reads them ----------------------------------------


class TestPage(HTMLParser):
    """Every element's attributes, and each answer of the form: the label, its input and the
    text the servant reads."""

    __test__ = False  # not a pytest class

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.options: list[dict] = []
        self._open: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "label" and "choice" in (attributes.get("class") or "").split():
            self._open = {"label": attributes, "parts": [], "text": ""}
        elif self._open is not None:
            self._open["parts"].append((tag, attributes))

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "label" and self._open is not None:
            inputs = [a for t, a in self._open["parts"] if t == "input"]
            assert len(inputs) == 1
            self._open["input"] = inputs[0]
            self._open["text"] = " ".join(self._open["text"].split())
            self.options.append(self._open)
            self._open = None


@pytest.fixture
def quiz(db, locales):
    """The demo's question bank as its file holds it, in every language, drawn 2 per topic
    like the demo's final test. (Made directly, not through the importer's revisions, which
    would take a quarter of a minute per test; the importer's own tests cover it.) Choice ids
    follow the file's order, as the importer's do, and start far from every other number on
    the page (question ids, page numbers), so an id that leaks cannot pass for one of them."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval(pg_get_serial_sequence('quizzes_choice', 'id'), 70000000)")
    rows, errors = questions_import_parse(
        file=pack.QUESTIONS_FILE, filename=pack.QUESTIONS_FILE.name
    )
    assert not errors
    topics = {}
    for row in rows:
        if (row.topic, row.language) not in topics:
            topics[row.topic, row.language] = Topic.objects.create(
                key=row.topic,
                title=row.topic,
                locale=locales[row.language],
                translation_key=uuid.uuid5(uuid.NAMESPACE_URL, f"topic:{row.topic}"),
            )
    questions = Question.objects.bulk_create(
        Question(
            key=row.key,
            topic=topics[row.topic, row.language],
            locale=locales[row.language],
            translation_key=translation_key_for(row.key),
            kind=row.kind,
            scoring=row.scoring,
            text=row.text,
            explanation=row.explanation,
            live=True,
        )
        for row in rows
    )
    Choice.objects.bulk_create(
        Choice(question=question, text=text, is_correct=n in row.correct, sort_order=n)
        for question, row in zip(questions, rows, strict=True)
        for n, text in enumerate(row.choices, start=1)
    )
    quiz = QuizFactory(questions_per_page=4, pass_mark_percent=80)
    for order, (key, _language) in enumerate(k for k in topics if k[1] == "en"):
        DrawRule.objects.create(quiz=quiz, topic=topics[key, "en"], count=2, sort_order=order)
    return quiz


def ready_servant(client, assignment, traveller, *, new_servant: bool = False) -> Assignment:
    if new_servant:
        assignment = AssignmentFactory(
            servant=ServantProfileFactory().user, cycle=assignment.cycle, course=assignment.course
        )
    client.force_login(assignment.servant)
    read_all_lessons(client, assignment.course.specific, traveller)
    return assignment


def start(client, assignment) -> Attempt:
    response = client.post(f"/quiz/start/{assignment.pk}/")
    assert response.status_code == 302, response.content
    return Attempt.objects.get(user=assignment.servant, submitted_at__isnull=True)


def page_count(attempt) -> int:
    per_page = attempt.quiz.questions_per_page
    return -(-len(attempt.items) // per_page)


def read_page(client, attempt, number: int) -> tuple[str, TestPage]:
    response = client.get(f"/quiz/attempts/{attempt.pk}/?page={number}")
    assert response.status_code == 200
    html = response.content.decode()
    return html, TestPage(html)


def identify(attempt, page: TestPage) -> list[tuple[dict, Choice]]:
    """Each answer on the page with the choice it shows, found by question and text."""
    offered = {str(item["question"]): item["choices"] for item in attempt.items}
    found = []
    for option in page.options:
        choices = Choice.objects.filter(
            pk__in=offered[option["input"]["name"].removeprefix("q-")], text=option["text"]
        )
        assert len(choices) == 1, (option, list(choices.values()))
        found.append((option, choices[0]))
    return found


def choice_ids_of(attempt) -> set[str]:
    return {str(cid) for item in attempt.items for cid in item["choices"]}


def assert_no_choice_id(attempt, body: str):
    # Whole numbers only: a digit run inside a 16-hex answer value is not an id.
    numbers = re.findall(r"(?<![0-9A-Za-z])\d+(?![0-9A-Za-z])", body)
    leaked = set(numbers) & choice_ids_of(attempt)
    assert not leaked, f"choice ids {leaked} reach the browser"


def kendall_tau(order: list[int]) -> float:
    """Rank correlation of a sequence with its own sorted order: 1 when sorted, -1 reversed."""
    pairs = list(combinations(order, 2))
    return sum(1 if a < b else -1 for a, b in pairs) / len(pairs)


def signature(option: dict) -> tuple:
    """What a page says about an answer besides its text and its value."""
    label = tuple(sorted(option["label"].items()))
    parts = tuple(
        (tag, tuple(sorted((k, v) for k, v in attrs.items() if k != "value")))
        for tag, attrs in option["parts"]
    )
    return label, parts


# --- (a) an open attempt's pages and answers --------------------------------------------


def test_open_attempt_pages_carry_no_choice_id_no_authoring_order_and_no_mark_of_the_right_one(
    client, assignment, frozen_time
):
    display_taus, value_taus, id_taus = [], [], []
    right_signatures: set = set()
    wrong_signatures: set = set()
    for n in range(4):
        ready = ready_servant(client, assignment, frozen_time, new_servant=n > 0)
        attempt = start(client, ready)
        seen = 0
        for number in range(1, page_count(attempt) + 1):
            html, page = read_page(client, attempt, number)
            assert_no_choice_id(attempt, html)
            by_question: dict[str, list[tuple[dict, Choice]]] = {}
            for option, choice in identify(attempt, page):
                value = option["input"]["value"]
                assert re.fullmatch(r"[0-9a-f]{16}", value), value
                # Random hex can be all digits (p ≈ 0.05% a value); it just must not be an id.
                assert value not in choice_ids_of(attempt)
                by_question.setdefault(option["input"]["name"], []).append((option, choice))
                # The same name on every answer of a question: drop it to compare questions.
                generic = dict(
                    option,
                    parts=[
                        (t, a | ({"name": "q"} if "name" in a else {})) for t, a in option["parts"]
                    ],
                )
                (right_signatures if choice.is_correct else wrong_signatures).add(
                    signature(generic)
                )
            for shown in by_question.values():
                seen += 1
                display_taus.append(kendall_tau([c.sort_order for _, c in shown]))
                by_value = sorted(shown, key=lambda pair: pair[0]["input"]["value"])
                value_taus.append(kendall_tau([c.sort_order for _, c in by_value]))
                id_taus.append(kendall_tau([c.pk for _, c in by_value]))
        assert seen == len(attempt.items)
        # An open attempt has no result page to read: it leads back to the questions.
        result = client.get(f"/quiz/attempts/{attempt.pk}/result/")
        assert result.status_code == 302
        assert result["Location"] == f"/quiz/attempts/{attempt.pk}/"

        # The autosave answers the same whichever answer is given, right or wrong.
        item = attempt.items[0]
        right = Choice.objects.filter(pk__in=item["choices"], is_correct=True).first()
        wrong = Choice.objects.filter(pk__in=item["choices"], is_correct=False).first()
        replies = []
        for sequence, choice in enumerate((wrong, right), start=1):
            value = choice_value(
                attempt_id=attempt.pk, question_id=item["question"], choice_id=choice.pk
            )
            response = client.post(
                f"/quiz/attempts/{attempt.pk}/autosave/",
                json.dumps({"answers": {str(item["question"]): [value]}, "sequence": sequence}),
                content_type="application/json",
            )
            assert response.status_code == 200
            assert_no_choice_id(attempt, response.content.decode())
            data = response.json()
            assert data.pop("sequence") == sequence and data.pop("saved_at")
            replies.append(data)
        assert replies[0] == replies[1] == {"saved": True, "answered": 1}
        html, page = read_page(client, attempt, 1)
        assert_no_choice_id(attempt, html)
        checked = [c for option, c in identify(attempt, page) if "checked" in option["input"]]
        assert checked == [right]

    assert right_signatures and right_signatures == wrong_signatures
    for taus in (display_taus, value_taus, id_taus):
        assert len(taus) >= 60
        # Independent orders average 0 (standard error here about 0.08); the old page's
        # values, database ids in authoring order, gave exactly 1.
        assert abs(sum(taus) / len(taus)) < 0.4, taus


def test_values_differ_from_one_attempt_to_the_next(client, assignment, frozen_time):
    first = start(client, ready_servant(client, assignment, frozen_time))
    second = start(client, ready_servant(client, assignment, frozen_time, new_servant=True))
    Attempt.objects.filter(pk=second.pk).update(items=first.items)  # the same questions
    second.refresh_from_db()
    _, one = read_page(client, second, 1)
    client.force_login(first.user)
    _, other = read_page(client, first, 1)
    assert {o["input"]["value"] for o in one.options}.isdisjoint(
        {o["input"]["value"] for o in other.options}
    )


# --- (b) the values are what is scored, and only they are accepted --------------------------


def take(client, attempt, *, right: bool):
    """Answer every question on every page, right or wrong, with the values the pages show;
    the last page is submitted. Returns the result page."""
    count = page_count(attempt)
    for number in range(1, count + 1):
        _, page = read_page(client, attempt, number)
        data = {"page": str(number), "go": "submit" if number == count else "next", "shown": []}
        data["seq"] = str(Attempt.objects.get(pk=attempt.pk).sequence + 1)
        chosen: dict[str, list[str]] = {}
        for option, choice in identify(attempt, page):
            name = option["input"]["name"]
            chosen.setdefault(name, [])
            if choice.is_correct == right and (right or not chosen[name]):
                chosen[name].append(option["input"]["value"])
        for name, values in chosen.items():
            data["shown"].append(name.removeprefix("q-"))
            data[name] = values
        response = client.post(f"/quiz/attempts/{attempt.pk}/save/", data)
        assert response.status_code == 302, response.content.decode()
    return client.get(response["Location"])


def test_the_values_on_the_pages_score_right_answers_as_a_pass(client, assignment, frozen_time):
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    body = take(client, attempt, right=True).content.decode()
    attempt.refresh_from_db()
    assert (attempt.score_percent, attempt.passed) == (100, True)
    assert f"100% ({len(attempt.items)} of {len(attempt.items)} correct)" in body


def test_wrong_answers_by_their_values_fail(client, assignment, frozen_time):
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    take(client, attempt, right=False)
    attempt.refresh_from_db()
    assert (attempt.score_percent, attempt.passed) == (0, False)


def forged_values(attempt) -> dict[str, str]:
    item = attempt.items[0]
    return {
        "database id": str(item["choices"][0]),
        "another attempt's value": choice_value(
            attempt_id=attempt.pk + 1, question_id=item["question"], choice_id=item["choices"][0]
        ),
        "another question's value": choice_value(
            attempt_id=attempt.pk,
            question_id=attempt.items[1]["question"],
            choice_id=attempt.items[1]["choices"][0],
        ),
        "made up": "0123456789abcdef",
    }


@pytest.mark.parametrize("go", ["next", "submit"])
def test_a_forged_value_is_refused_and_leaves_the_attempt_as_it_was(
    client, assignment, frozen_time, go
):
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    item = attempt.items[0]
    right = Choice.objects.filter(pk__in=item["choices"], is_correct=True).first()
    saved = choice_value(attempt_id=attempt.pk, question_id=item["question"], choice_id=right.pk)
    client.post(
        f"/quiz/attempts/{attempt.pk}/save/",
        {
            "page": "1",
            "go": "next",
            "seq": "1",
            "shown": [item["question"]],
            f"q-{item['question']}": [saved],
        },
    )
    attempt.refresh_from_db()
    before = (attempt.answers, attempt.sequence)
    for forged in forged_values(attempt).values():
        response = client.post(
            f"/quiz/attempts/{attempt.pk}/save/",
            {
                "page": "1",
                "go": go,
                "seq": str(attempt.sequence + 1),
                "shown": [item["question"]],
                f"q-{item['question']}": [forged],
            },
        )
        assert response.status_code == 400
        assert "do not belong to this test" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.submitted_at is None
        assert (attempt.answers, attempt.sequence) == before

        response = client.post(
            f"/quiz/attempts/{attempt.pk}/autosave/",
            json.dumps({"answers": {str(item["question"]): [forged]}, "sequence": 9}),
            content_type="application/json",
        )
        assert response.status_code == 400
        assert response.json()["code"] == "InvalidAnswers"
        attempt.refresh_from_db()
        assert (attempt.answers, attempt.sequence) == before


# --- (d) the result page: explanations only with the right answers --------------------------


def explanations(attempt) -> list[str]:
    """The explanations of the attempt's questions, as the page would write them."""
    questions = Question.objects.filter(pk__in=[i["question"] for i in attempt.items])
    texts = [escape(q.explanation) for q in questions if q.explanation]
    assert texts
    return texts


def test_failed_attempt_with_tries_left_shows_which_questions_were_wrong_and_no_explanation(
    client, assignment, frozen_time
):
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    body = take(client, attempt, right=False).content.decode()
    assert "2 attempts left" in body
    attempt.refresh_from_db()
    rows = attempt_questions(attempt=attempt)
    two_way = [row for row in rows if row.mark_names_answer]
    assert two_way, "the demo bank's draw holds true-or-false questions"
    # "Not answered correctly." under a true-or-false answer would name the right one.
    assert body.count("Not answered correctly.") == len(rows) - len(two_way)
    for row in rows:
        assert f"Your answer: <strong>{escape(row.chosen[0].text)}</strong>" in body
    for text in explanations(attempt):
        assert text not in body
    assert "the correct answer" not in body


def test_after_the_last_attempt_the_explanations_are_shown(client, assignment, frozen_time):
    ready = ready_servant(client, assignment, frozen_time)
    for _ in range(3):
        attempt = start(client, ready)
        body = take(client, attempt, right=False).content.decode()
    assert "You have used every attempt allowed for this year." in body
    assert body.count("Not answered correctly.") == len(attempt.items)
    for text in explanations(attempt):
        assert text in body


def test_after_a_pass_the_explanations_are_shown(client, assignment, frozen_time):
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    body = take(client, attempt, right=True).content.decode()
    for text in explanations(attempt):
        assert text in body


@pytest.mark.parametrize(
    ("feedback", "shown_after_failing"),
    [(Feedback.AFTER_EACH_ATTEMPT, True), (Feedback.NEVER, False)],
)
def test_the_feedback_rule_decides_the_explanations(
    client, assignment, frozen_time, quiz, feedback, shown_after_failing
):
    quiz.feedback = feedback
    quiz.save()
    attempt = start(client, ready_servant(client, assignment, frozen_time))
    body = take(client, attempt, right=False).content.decode()
    for text in explanations(attempt):
        assert (text in body) is shown_after_failing
