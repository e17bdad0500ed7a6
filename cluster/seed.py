"""Run on a web host after `migrate`: `seed demo` loads the demo site (course, lessons, final
test); `seed COUNT` then adds COUNT new servants made the way HR's arrivals are (accounts,
profiles, then `servants_assign_on_arrival`) and prints the driver's plan as JSON: each
servant's e-mail and assignment, and the course's lessons. `seed certificates TOTAL` adds
servants who completed the course until TOTAL certificates exist (the demo's count), each issued
by the completion service; the PDFs are left to `regenerate_certificates` (the render tasks the
issues queued are purged)."""

from __future__ import annotations

import datetime
import json
import sys


def servants_arrive(count: int) -> list:
    """COUNT new servants in one unit, each assigned the open cycle's course."""
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from lms.models import OrgUnit, ServantCategory, ServantProfile, User
    from lms.services import servants_assign_on_arrival
    from lms.validators import iin_build

    unit = OrgUnit.objects.get(code="aak-flight-ops")
    password = make_password(settings.ADAL_DEMO_PASSWORD)  # one hash for all: seeding stays fast
    with transaction.atomic():
        users = User.objects.bulk_create(
            User(
                email=f"cluster.{n:04d}@example.com", password=password,
                first_name="Servant", last_name=f"Cluster {n:04d}", preferred_language="en",
                iin=iin_build(born=datetime.date(1985, 1, 1) + datetime.timedelta(days=n),
                              serial=3000 + n),
            )
            for n in range(count)
        )  # fmt: skip
        ServantProfile.objects.bulk_create(
            ServantProfile(user=user, unit=unit, category=ServantCategory.ADMINISTRATIVE,
                           position="Specialist")
            for user in users
        )  # fmt: skip
        created = servants_assign_on_arrival(user_ids=[user.pk for user in users])
    assert created == count, f"{created} assignments for {count} servants"
    return users


def certificates_issue(total: int) -> dict:
    """Certificates up to `total` in all (the demo's count), each issued to a new servant by the
    completion service."""
    from django.db import transaction

    from certificates.models import Certificate
    from certificates.services import assignment_complete
    from lms.celery_app import app
    from lms.models import Assignment

    users = servants_arrive(max(total - Certificate.objects.count(), 0))
    with transaction.atomic():
        for assignment in Assignment.objects.filter(servant__in=users).select_related("cycle"):
            assignment_complete(assignment=assignment)
    # Nothing renders before the measured runs: no worker is up yet, and the PDFs they would
    # have made are regenerate_certificates' work.
    purged = app.control.purge()
    return {"certificates": Certificate.objects.count(), "purged": purged}


def main() -> int:
    import django

    django.setup()
    from django.conf import settings

    from courses.models import CoursePage, LessonPage
    from lms.models import Assignment

    if sys.argv[1] == "demo":  # once, kept with the migrated schema
        from demo.scenario import load_demo

        load_demo()
        # The lessons' minimum reading time would hold every journey for minutes; the driver
        # reads at machine speed, so the live pages ask for none (otherwise the demo's course).
        LessonPage.objects.update(min_reading_seconds=0)
        return 0
    if sys.argv[1] == "certificates":
        json.dump(certificates_issue(int(sys.argv[2])), sys.stdout)
        return 0
    users = servants_arrive(int(sys.argv[1]))
    course = CoursePage.objects.get(locale__language_code="en")
    assignments = dict(Assignment.objects.filter(servant__in=users).values_list("servant_id", "pk"))
    plan = {
        "course_url": course.url,
        "lessons": [{"id": lesson.pk, "url": lesson.url} for lesson in course.specific.lessons()],
        "servants": [{"email": user.email, "assignment": assignments[user.pk]} for user in users],
        "password": settings.ADAL_DEMO_PASSWORD,
    }
    json.dump(plan, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
