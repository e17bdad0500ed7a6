"""The load driver, run on the client host: servants take the course through the balancer with
a real HTTP client (a cookie jar, the CSRF token from each form, the Referer a browser sends).
The right answers come from the database — the driver knows them, the servant does not have to.

`python -m cluster.driver journeys` reads its plan as JSON on standard input, prints
`done N` after each journey and `RESULT {...}` at the end. `python -m cluster.driver fetch`
downloads every servant's certificate from each given host and compares it with the database."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SHOWN = re.compile(r'name="shown" value="(\d+)"')
SEQUENCE = re.compile(r'name="seq" value="(\d+)"')
PAGE = re.compile(r'name="page" value="(\d+)"')


def django_setup() -> None:
    import django

    django.setup()


def right_answers(attempt_id: int) -> dict[str, list[str]]:
    from quizzes.choice_values import choice_value
    from quizzes.models import Attempt, Choice

    attempt = Attempt.objects.get(pk=attempt_id)
    answers = {}
    for item in attempt.items:
        correct = Choice.objects.filter(pk__in=item["choices"], is_correct=True)
        answers[str(item["question"])] = [
            choice_value(attempt_id=attempt.pk, question_id=item["question"], choice_id=pk)
            for pk in correct.values_list("pk", flat=True)
        ]
    return answers


def consistent(assignment_id: int) -> bool:
    """Nothing half-written: the assignment is completed exactly when a passed attempt and one
    certificate exist, and its lesson count is the readings'."""
    from django.db import close_old_connections

    from certificates.models import Certificate
    from courses.models import LessonProgress
    from lms.models import Assignment
    from quizzes.models import Attempt

    close_old_connections()
    assignment = Assignment.objects.get(pk=assignment_id)
    completed = assignment.status == "completed"
    certificates = Certificate.objects.filter(assignment=assignment).count()
    passed = Attempt.objects.filter(assignment=assignment, passed=True).count()
    read = LessonProgress.objects.filter(assignment=assignment, completed_at__isnull=False).count()
    return (
        certificates == (1 if completed else 0)
        and passed == (1 if completed else 0)
        and assignment.lessons_done == read
    )


class FromAddress(HTTPAdapter):
    """Connections from one of the client host's addresses: servants sit at different
    machines (sign-in is rate-limited per address)."""

    def __init__(self, source: str):
        self.source = source
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


class Journey:
    def __init__(self, plan: dict, servant: dict, log: list, lock: threading.Lock):
        self.plan, self.servant, self.log, self.lock = plan, servant, log, lock
        self.base = plan["base"]
        self.session = requests.Session()
        self.session.verify = plan["cafile"]
        self.session.headers["Accept-Language"] = "en"
        sources = plan["sources"]
        self.session.mount("https://", FromAddress(sources[servant["index"] % len(sources)]))
        self.post_failures: list[dict] = []

    def _record(self, method, label, status, started, retry=False):
        with self.lock:
            self.log.append([method, label, status, started, time.time(), retry])

    def get(self, path: str, label: str) -> requests.Response | None:
        """An idempotent GET, tried once more after a 5xx or a broken connection."""
        for retry in (False, True):
            started = time.time()
            try:
                response = self.session.get(urljoin(self.base, path), timeout=60)
            except requests.RequestException:
                self._record("GET", label, 0, started, retry)
                continue
            self._record("GET", label, response.status_code, started, retry)
            if response.status_code < 500:
                return response
        return None

    def post(self, path: str, label: str, form: dict, referer: str) -> requests.Response | None:
        """A POST is not repeated blindly: a failure is counted and followed by a state check;
        the caller then goes on from the state it reads back."""
        started = time.time()
        headers = {"Referer": referer, "Origin": self.base}
        try:
            response = self.session.post(
                urljoin(self.base, path), data=form, headers=headers, allow_redirects=False,
                timeout=60,
            )  # fmt: skip
        except requests.RequestException:
            response = None
        status = response.status_code if response is not None else 0
        self._record("POST", label, status, started)
        if response is not None and status < 500:
            return response
        self.get(urlsplit(referer).path, f"{label}:recheck")
        self.post_failures.append(
            {"post": label, "status": status, "consistent": consistent(self.servant["assignment"])}
        )
        return None

    def token(self, response) -> str:
        return TOKEN.search(response.text).group(1)

    def sign_in(self) -> None:
        for _ in range(3):
            page = self.get("/accounts/login/", "login-form")
            response = self.post(
                "/accounts/login/", "login",
                {"login": self.servant["email"], "password": self.plan["password"],
                 "csrfmiddlewaretoken": self.token(page)},
                page.url,
            )  # fmt: skip
            if response is not None and response.status_code == 429:
                # Throttled: a sign-in cut off on the killed host can leave the address's
                # sign-in limit locked in the cache (up to 10 s; a locked limit answers 429).
                # Wait as the page asks, then try again, as a person would. The 429 stays in
                # the figures' statuses.
                wait = response.headers.get("Retry-After", "")
                time.sleep(min(int(wait), 30) if wait.isdigit() else 5)
                continue
            if response is not None:
                assert response.status_code == 302, f"sign-in: {response.status_code}"
                return
        raise RuntimeError("could not sign in")

    def read_lessons(self) -> None:
        for lesson in self.plan["lessons"]:
            for _ in range(3):
                page = self.get(lesson["url"], "lesson")
                response = self.post(
                    f"/learn/lessons/{lesson['id']}/complete/", "lesson-complete",
                    {"csrfmiddlewaretoken": self.token(page)}, page.url,
                )  # fmt: skip
                if response is not None:
                    assert response.status_code == 302, f"lesson: {response.status_code}"
                    break

    def take_test(self) -> None:
        course = self.get(self.plan["course_url"], "course")
        attempt_path = None
        for _ in range(3):
            response = self.post(
                f"/quiz/start/{self.servant['assignment']}/", "quiz-start",
                {"csrfmiddlewaretoken": self.token(course)}, course.url,
            )  # fmt: skip
            if response is not None:
                attempt_path = urlsplit(response.headers["Location"]).path
                break
            course = self.get(self.plan["course_url"], "course")
        assert attempt_path and "/quiz/attempts/" in attempt_path, "the test did not start"
        attempt_id = int(attempt_path.rstrip("/").split("/")[-1])
        answers = right_answers(attempt_id)
        path = attempt_path
        for _ in range(60):
            page = self.get(path, "quiz-page")
            if "/result/" in urlsplit(page.url).path:
                return
            shown = SHOWN.findall(page.text)
            last = 'value="submit"' in page.text
            form = {
                "csrfmiddlewaretoken": self.token(page),
                "shown": shown,
                "seq": SEQUENCE.search(page.text).group(1),
                "page": PAGE.search(page.text).group(1),
                "go": "submit" if last else "next",
            }
            for question in shown:
                form[f"q-{question}"] = answers[question]
            response = self.post(f"{attempt_path}save/", "quiz-submit" if last else "quiz-save",
                                 form, page.url)  # fmt: skip
            if response is None:
                path = attempt_path  # read back where the attempt stands and go on from there
            elif response.status_code == 302:
                path = response.headers["Location"]
            else:
                raise AssertionError(f"quiz save: {response.status_code}")
        raise AssertionError("the test never ended")

    def run(self) -> dict:
        started = time.time()
        self.sign_in()
        self.read_lessons()
        self.take_test()
        result = self.get("/learn/", "dashboard")
        assert result is not None and result.status_code == 200
        return {
            "email": self.servant["email"],
            "assignment": self.servant["assignment"],
            "cookies": self.session.cookies.get_dict(),
            "seconds": time.time() - started,
            "post_failures": self.post_failures,
        }


def journeys(plan: dict) -> dict:
    log: list = []
    lock = threading.Lock()
    done = 0
    failures = []

    def one(servant):
        nonlocal done
        try:
            outcome = Journey(plan, servant, log, lock).run()
        except Exception as error:  # reported, and the harness fails the run
            outcome = {"email": servant["email"], "assignment": servant["assignment"],
                       "error": f"{type(error).__name__}: {error}"}  # fmt: skip
            failures.append(outcome)
        with lock:
            done += 1
            print(f"done {done}", flush=True)
        return outcome

    started = time.time()
    with ThreadPoolExecutor(max_workers=plan["concurrency"]) as pool:
        outcomes = list(pool.map(one, [{**s, "index": n} for n, s in enumerate(plan["servants"])]))
    return {"started": started, "ended": time.time(), "journeys": outcomes, "requests": log,
            "failures": failures}  # fmt: skip


def fetch(plan: dict) -> dict:
    """Every servant's certificate from each host in `targets`: the bytes must be the file the
    database names (its sha256)."""
    from django.conf import settings

    from certificates.models import Certificate

    expected = {
        c.assignment_id: (c.serial, c.sha256)
        for c in Certificate.objects.filter(
            assignment_id__in=[s["assignment"] for s in plan["servants"]]
        )
    }
    report = {}
    for target in plan["targets"]:
        counts = {"ok": 0, "wrong": 0, "missing": 0, "statuses": {}}
        session = requests.Session()
        session.verify = plan["cafile"]
        for servant in plan["servants"]:
            serial, sha256 = expected.get(servant["assignment"], (None, None))
            if serial is None:
                counts["missing"] += 1
                continue
            headers = {"Accept-Language": "en"}
            if target.get("direct"):  # straight to gunicorn, as nginx would forward it
                headers.update({"Host": plan["host"], "X-Forwarded-Proto": "https",
                                "X-Forwarded-For": plan["client"]})  # fmt: skip
            cookie = "; ".join(f"{k}={v}" for k, v in servant["cookies"].items()
                               if k == settings.SESSION_COOKIE_NAME)  # fmt: skip
            headers["Cookie"] = cookie
            response = session.get(f"{target['base']}/certificates/{serial}.pdf",
                                   headers=headers, timeout=60)  # fmt: skip
            key = str(response.status_code)
            counts["statuses"][key] = counts["statuses"].get(key, 0) + 1
            good = (
                response.status_code == 200
                and hashlib.sha256(response.content).hexdigest() == sha256
            )
            counts["ok" if good else "wrong"] += 1
        report[target["name"]] = counts
    return report


def check(plan: dict) -> dict:
    """What the database and the shared folder hold for the run's servants: assignments
    completed, certificates per assignment, PDFs rendered (one file per certificate, its sha256
    the one recorded)."""
    from django.db.models import Count

    from certificates.models import Certificate
    from lms.models import Assignment

    ids = [s["assignment"] for s in plan["servants"]]
    statuses = dict(
        Assignment.objects.filter(pk__in=ids).values_list("status").annotate(n=Count("pk"))
    )
    per_assignment = Certificate.objects.filter(assignment_id__in=ids).values("assignment_id")
    counts = [row["n"] for row in per_assignment.annotate(n=Count("pk"))]
    rendered = wrong = extra_files = 0
    for certificate in Certificate.objects.filter(assignment_id__in=ids):
        if not certificate.pdf or not certificate.sha256:
            continue
        rendered += 1
        storage = certificate.pdf.storage
        with storage.open(certificate.pdf.name) as file:
            if hashlib.sha256(file.read()).hexdigest() != certificate.sha256:
                wrong += 1
        folder = certificate.pdf.name.rsplit("/", 1)[0]
        extra_files += len(storage.listdir(folder)[1]) - 1
    return {
        "assignments": len(ids),
        "statuses": statuses,
        "with_one_certificate": counts.count(1),
        "with_several_certificates": sum(1 for n in counts if n > 1),
        "certificates": sum(counts),
        "rendered": rendered,
        "sha256_wrong": wrong,
        "extra_files": extra_files,
    }


def main() -> int:
    mode = sys.argv[1]
    plan = json.load(sys.stdin)
    django_setup()
    result = {"journeys": journeys, "fetch": fetch, "check": check}[mode](plan)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
