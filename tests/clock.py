"""The one "now" every test runs at.

Tests never read the real date: the whole run travels to `NOW` when pytest starts, and each
test starts again at exactly `NOW` (the clock ticks on from there, so timeouts and waits still
work). `ADAL_TEST_NOW` moves it (`2026-12-31` is 10:00 in the service's time zone on that day;
a full ISO date-time is taken as written): `make test-dates` runs the date-sensitive folders at
the first and last day of the year, mid-year and the day the project was last walked through.
Tests whose other processes read the real clock (a Celery worker, a gunicorn server) are marked
`real_clock` and build their data from the real day instead.
"""

import datetime
import os
import zoneinfo

SERVICE_ZONE = zoneinfo.ZoneInfo("Asia/Almaty")
DEFAULT_NOW = "2026-11-21T15:00:00+05:00"


def parse_now(text: str) -> datetime.datetime:
    if len(text) == 10:  # a date alone
        return datetime.datetime.combine(
            datetime.date.fromisoformat(text), datetime.time(10, 0), tzinfo=SERVICE_ZONE
        )
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=SERVICE_ZONE)


NOW = parse_now(os.environ.get("ADAL_TEST_NOW") or DEFAULT_NOW)
TODAY = NOW.astimezone(SERVICE_ZONE).date()
YEAR = TODAY.year
