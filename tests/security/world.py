"""One small but complete installation for the security tests: two organisations, a servant
part-way through the course with an open and a finished test attempt and a certificate, a
colleague in a sibling department with a certificate of their own, a servant of the other
organisation, HR officers of the whole organisation, of each of its two departments and of
the other organisation, an editor, a moderator, a superuser, an API key per organisation, a
seminar and a document."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db.models import F
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page

from certificates.models import BundleStatus, Certificate, CertificateBundle
from certificates.services import assignment_complete
from cms.models import SeminarIndexPage
from hr.models import ExportJob, ExportStatus
from lms.models import Assignment, HRScope, User
from lms.services import api_key_create
from quizzes.models import Attempt, Quiz
from quizzes.services import attempt_start, attempt_submit
from tests.factories import (
    AssignmentFactory,
    OrganisationFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_course,
    make_home,
    make_quiz,
    make_seminar,
    make_unit,
)

# A PDF is a PDF for the download view: rendering a real one is the certificate tests' job.
PDF_BYTES = b"%PDF-1.4\n% security test placeholder\n%%EOF\n"


@dataclass
class World:
    users: dict[str, User | None]
    api_keys: dict[str, str]
    objects: dict[str, object] = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None


def _pages(quiz: Quiz) -> dict[str, Page]:
    home = make_home()
    course = make_course(
        home,
        quiz,
        title="Standards",
        slug="standards",
        lessons=[{"title": "Lesson 1", "slug": "lesson-1", "min_reading_seconds": 60}],
    )
    lesson = course.get_children().specific().get()
    seminars = home.add_child(instance=SeminarIndexPage(title="Seminars", slug="seminars"))
    seminar = make_seminar(seminars, title="Seminar")
    return {"home": home, "course": course, "lesson": lesson, "seminar": seminar}


def _staff(group: str, email: str) -> User:
    user = UserFactory(email=email, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def build_world() -> World:
    for code in ("en", "ru", "kk"):
        Locale.objects.get_or_create(language_code=code)
    quiz = make_quiz(prefix="sec-", topics=2, questions=3, choices=3, draw=2)
    pages = _pages(quiz)
    course = pages["course"]

    org_a = OrganisationFactory(code="sec-a", name="Agency A")
    a_root = make_unit("sec-a", organisation=org_a)
    a_dept = make_unit("sec-a-dept", parent=a_root, organisation=org_a)
    a_side = make_unit("sec-a-side", parent=a_root, organisation=org_a)
    org_b = OrganisationFactory(code="sec-b", name="Agency B")
    b_root = make_unit("sec-b", organisation=org_b)
    cycle = TrainingCycleFactory()

    servant = ServantProfileFactory(unit=a_dept, user__email="holder@example.com").user
    teammate = ServantProfileFactory(unit=a_dept, user__email="teammate@example.com").user
    colleague = ServantProfileFactory(unit=a_side, user__email="colleague@example.com").user
    certified = ServantProfileFactory(unit=a_side, user__email="certified@example.com").user
    other = ServantProfileFactory(unit=b_root, user__email="stranger@example.com").user
    assignment = AssignmentFactory(servant=servant, cycle=cycle, course=course)
    # Open assignments, one in each department, for the exemptions to change.
    teammate_assignment = AssignmentFactory(servant=teammate, cycle=cycle, course=course)
    colleague_assignment = AssignmentFactory(servant=colleague, cycle=cycle, course=course)
    other_assignment = AssignmentFactory(servant=other, cycle=cycle, course=course)
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()

    finished = attempt_start(user=servant, quiz=quiz, assignment=assignment, language="en")
    attempt_submit(attempt=finished)  # no answers: scored 0, failed
    open_attempt = attempt_start(user=servant, quiz=quiz, assignment=assignment, language="en")

    # Completing the assignment issues the certificate (its PDF would follow the commit).
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get(assignment=assignment)
    certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(PDF_BYTES), save=True)
    # A certificate in the sibling department, for the revocations to change.
    certified_assignment = AssignmentFactory(servant=certified, cycle=cycle, course=course)
    assignment_complete(assignment=certified_assignment)
    sibling_certificate = Certificate.objects.get(assignment=certified_assignment)

    hr_in = UserFactory(email="hr-in@example.com")
    HRScope.objects.create(user=hr_in, unit=a_root)
    hr_department = UserFactory(email="hr-department@example.com")
    HRScope.objects.create(user=hr_department, unit=a_dept)
    hr_sibling = UserFactory(email="hr-sibling@example.com")
    HRScope.objects.create(user=hr_sibling, unit=a_side)
    hr_out = UserFactory(email="hr-out@example.com")
    HRScope.objects.create(user=hr_out, unit=b_root)

    bundle = CertificateBundle.objects.create(
        requested_by=hr_in,
        unit=a_dept,
        year=cycle.year,
        status=BundleStatus.READY,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    bundle.file.save("bundle.zip", ContentFile(b"PK\x05\x06" + bytes(18)), save=True)
    export_job = ExportJob.objects.create(
        requested_by=hr_in,
        unit=a_dept,
        cycle=cycle,
        language="en",
        status=ExportStatus.READY,
        total=1,
        done=1,
        expires_at=timezone.now() + datetime.timedelta(days=1),
    )
    export_job.file.save("compliance.xlsx", ContentFile(b"PK\x05\x06" + bytes(18)), save=True)
    # Transactional tests of other folders empty the tables, migrations' root collection too.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    document = get_document_model().objects.create(
        title="Handout", file=ContentFile(b"Seminar handout\n", name="handout.txt")
    )
    _, key_a = api_key_create(organisation=org_a, name="HRIS A")
    _, key_b = api_key_create(organisation=org_b, name="HRIS B")
    return World(
        users={
            "anonymous": None,
            "servant": servant,
            "other_servant": other,
            "hr_in_scope": hr_in,
            "hr_department": hr_department,
            "hr_sibling_department": hr_sibling,
            "hr_out_of_scope": hr_out,
            "editor": _staff("Editors", "editor@example.com"),
            "moderator": _staff("Moderators", "moderator@example.com"),
            "api_key_other_org": None,
            "api_key_own_org": None,
            "superuser": UserFactory(email="root@example.com", is_staff=True, is_superuser=True),
        },
        api_keys={"api_key_other_org": key_b, "api_key_own_org": key_a},
        objects={
            **pages,
            "quiz": quiz,
            "cycle": cycle,
            "org_a": org_a,
            "a_root": a_root,
            "a_dept": a_dept,
            "a_side": a_side,
            "b_root": b_root,
            "assignment": assignment,
            "teammate_assignment": teammate_assignment,
            "colleague": colleague,
            "colleague_assignment": colleague_assignment,
            "sibling_certificate": sibling_certificate,
            "other_assignment": other_assignment,
            "open_attempt": open_attempt,
            "finished_attempt": Attempt.objects.get(pk=finished.pk),
            "certificate": certificate,
            "bundle": bundle,
            "export_job": export_job,
            "servant_iin": servant.iin,
            "servant_email": servant.email,
            "document": document,
        },
    )
