"""Dates and times as people read them: in the service's time zone (`TIME_ZONE`, Asia/Almaty),
whatever zone the process or request has active. One event shows the same date on the page, in
the PDF, in the JSON, in the ZIP manifest and in the exports."""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings


def service_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def service_date(moment: datetime.datetime) -> datetime.date:
    """The calendar day `moment` falls on in the service's time zone."""
    return moment.astimezone(service_zone()).date()


def service_timestamp(moment: datetime.datetime | None) -> str | None:
    """ISO 8601 with the service zone's offset, to the second: `2026-12-04T04:30:00+05:00`."""
    if moment is None:
        return None
    return moment.astimezone(service_zone()).isoformat(timespec="seconds")
