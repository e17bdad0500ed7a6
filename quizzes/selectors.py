from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone
from wagtail.models import Page

from lms.models import AssignmentStatus
from quizzes.choice_values import choice_value
from quizzes.models import Attempt, Choice, DrawRule, Feedback, Question, QuestionKind, Quiz


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

    @property
    def chosen(self) -> list[Choice]:
        """The servant's own answer, in the order the choices were shown."""
        return [choice for choice in self.choices if choice.pk in self.selected]

    @property
    def mark_names_answer(self) -> bool:
        """Whether "not answered correctly" alone would name the right answer: a question of
        two choices, one right (true or false)."""
        return self.question.kind != QuestionKind.MULTIPLE and len(self.choices) <= 2


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


# --- A servant's standing with the final test of an assignment ------------------------------


@dataclass
class AttemptScore:
    number: int
    score_percent: int | None
    passed: bool | None


@dataclass
class FinalTestState:
    """Where a servant stands with the final test of one assignment: every submitted attempt
    with its score, the attempts left, and when the next may start. One reading for the
    result page, the course page and /learn/, so that they always say the same thing."""

    quiz: Quiz
    scores: list[AttemptScore]
    allowed: int
    open_attempt_id: int | None = None
    next_at: datetime | None = None  # a wait between attempts not yet over
    completed: bool = False

    @property
    def used(self) -> int:
        return len(self.scores) + (self.open_attempt_id is not None)

    @property
    def left(self) -> int:
        return max(self.allowed - self.used, 0)

    @property
    def passed(self) -> bool:
        return self.completed or any(score.passed for score in self.scores)

    @property
    def exhausted(self) -> bool:
        """Every attempt used without a pass: only HR can allow another."""
        return not self.passed and self.open_attempt_id is None and self.left == 0

    @property
    def failed_last(self) -> bool:
        return bool(self.scores) and not self.scores[-1].passed

    @property
    def extra_allowed(self) -> bool:
        """The attempt left is the one HR allowed on top of the test's own (none once used)."""
        return (
            not self.passed
            and self.allowed > self.quiz.attempts_per_cycle
            and self.used >= self.quiz.attempts_per_cycle
            and self.left > 0
        )


def final_test_states(*, assignments) -> dict[int, FinalTestState]:
    """`FinalTestState` of each assignment whose course has a final test, by assignment id.
    A few queries (the courses, their tests, the attempts), however many assignments."""
    assignments = [a for a in assignments if a is not None]
    if not assignments:
        return {}
    course_ids = {a.course_id for a in assignments}
    # A course names its test by a string foreign key (courses and quizzes stay independent).
    quiz_ids = {
        page.pk: getattr(page, "final_quiz_id", None)
        for page in Page.objects.filter(pk__in=course_ids).specific()
    }
    quizzes = Quiz.objects.in_bulk([pk for pk in quiz_ids.values() if pk])
    quiz_by_course = {course: quizzes[pk] for course, pk in quiz_ids.items() if pk in quizzes}
    by_assignment: dict[int, list[Attempt]] = {}
    for attempt in Attempt.objects.filter(
        assignment__in=[a.pk for a in assignments],
        quiz__in=[q.pk for q in quiz_by_course.values()],
    ).order_by("started_at", "pk"):
        by_assignment.setdefault(attempt.assignment_id, []).append(attempt)
    now = timezone.now()
    states = {}
    for assignment in assignments:
        quiz = quiz_by_course.get(assignment.course_id)
        if quiz is None:
            continue
        attempts = [a for a in by_assignment.get(assignment.pk, []) if a.quiz_id == quiz.pk]
        submitted = [a for a in attempts if a.submitted_at is not None]
        state = FinalTestState(
            quiz=quiz,
            scores=[
                AttemptScore(number=n, score_percent=a.score_percent, passed=a.passed)
                for n, a in enumerate(submitted, start=1)
            ],
            allowed=quiz.attempts_per_cycle + assignment.extra_attempts,
            open_attempt_id=next((a.pk for a in attempts if a.submitted_at is None), None),
            completed=assignment.status == AssignmentStatus.COMPLETED,
        )
        if submitted and quiz.wait_minutes_between_attempts and state.left and not state.passed:
            ready_at = max(a.submitted_at for a in submitted) + timedelta(
                minutes=quiz.wait_minutes_between_attempts
            )
            if ready_at > now:
                state.next_at = ready_at
        states[assignment.pk] = state
    return states


def questions_citing(article_ids: set[int]) -> list[Question]:
    """Every question, in every language, that tests one of the articles of the legal
    register."""
    return list(Question.objects.filter(legal_articles__in=article_ids).distinct().order_by("pk"))


def articles_tested_by_final_test(*, assignment) -> set[int]:
    """For the legal register (legal.selectors.articles_taught): the register articles tested
    by the questions the assignment's final test draws from (live and active, any language)."""
    # A course names its test by a string foreign key (courses and quizzes stay independent).
    course = Page.objects.filter(pk=assignment.course_id).specific().first()
    quiz_id = getattr(course, "final_quiz_id", None)
    if quiz_id is None:
        return set()
    topic_keys = DrawRule.objects.filter(quiz_id=quiz_id).values("topic__translation_key")
    return set(
        Question.legal_articles.through.objects.filter(
            question__topic__translation_key__in=topic_keys,
            question__live=True,
            question__active=True,
        ).values_list("legalarticle_id", flat=True)
    )
