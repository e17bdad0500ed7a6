"""The load process of the quiz part (a second process): simulated takers, one thread each,
start a test, answer page by page with think time, and submit. Reads its plan as JSON on
standard input; writes every request's latency and the errors as JSON on standard output."""

from __future__ import annotations

import http.client
import json
import random
import re
import sys
import threading
import time
from urllib.parse import urlencode, urlsplit

SHOWN = re.compile(r'name="shown" value="(\d+)"')
CHOICE = re.compile(r'name="q-(\d+)" value="([0-9a-f]+)"')
SEQUENCE = re.compile(r'name="seq" value="(\d+)"')
PAGE = re.compile(r'name="page" value="(\d+)"')


class Taker(threading.Thread):
    def __init__(self, plan: dict, taker: dict, results: list, errors: list):
        super().__init__(daemon=True)
        self.plan, self.taker, self.results, self.errors = plan, taker, results, errors
        self.host = urlsplit(plan["base"]).netloc
        self.connection = http.client.HTTPConnection(self.host, timeout=60)
        self.rng = random.Random(taker["assignment"])

    def think(self) -> None:
        low, high = self.plan["think"]
        time.sleep(self.rng.uniform(low, high) / self.plan["compression"])

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, str]:
        # A new connection per request, as a browser makes after its thinking outlasted the
        # server's keep-alive: reusing an idle one that the server has closed fails the write.
        headers = {"Cookie": self.taker["cookie"], "Accept-Language": "en", "Connection": "close"}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": self.taker["csrf"]}, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        self.connection.close()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, timeout=60)
            self.errors.append(f"{method} {path}: {error}")
            return 0, "", ""
        self.results.append(time.perf_counter() - started)
        if response.status >= 400:
            self.errors.append(f"{method} {path}: {response.status}")
        return response.status, response.getheader("Location", ""), text

    def run(self) -> None:
        time.sleep(self.rng.uniform(0, self.plan["think"][1]) / self.plan["compression"])
        status, location, _ = self.request("POST", f"/quiz/start/{self.taker['assignment']}/", {})
        if status != 302 or "/quiz/attempts/" not in location:
            self.errors.append(f"start: {status} {location}")
            return
        attempt = urlsplit(location).path
        page = self.request("GET", attempt)[2]
        for _ in range(50):
            shown = SHOWN.findall(page)
            if not shown:
                self.errors.append(f"no questions on {attempt}")
                return
            choices: dict[str, list[str]] = {}
            for question, choice in CHOICE.findall(page):
                choices.setdefault(question, []).append(choice)
            last = 'value="submit"' in page
            form = {
                "shown": shown,
                "seq": SEQUENCE.search(page).group(1),
                "page": PAGE.search(page).group(1),
                "go": "submit" if last else "next",
            }
            for question in shown:
                form[f"q-{question}"] = self.rng.choice(choices[question])
            self.think()
            status, location, _ = self.request("POST", f"{attempt}save/", form)
            if status != 302:
                return
            page = self.request(
                "GET",
                urlsplit(location).path
                + (f"?{urlsplit(location).query}" if urlsplit(location).query else ""),
            )[2]
            if last:
                return


def main() -> int:
    plan = json.load(sys.stdin)
    results: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    takers = [Taker(plan, taker, results, errors) for taker in plan["takers"]]
    for taker in takers:
        taker.start()
    for taker in takers:
        taker.join()
    json.dump(
        {"latencies": results, "errors": errors, "seconds": time.perf_counter() - started},
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
