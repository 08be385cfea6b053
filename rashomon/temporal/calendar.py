"""TimeML values as calendar dates: parse, shift and format at day, month or year precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Point:
    """A calendar point with the precision it is known to: "day", "month" or "year"."""

    day: date
    precision: str

    @property
    def value(self) -> str:
        """The point as a TimeML value."""
        if self.precision == "year":
            return f"{self.day.year:04d}"
        if self.precision == "month":
            return f"{self.day.year:04d}-{self.day.month:02d}"
        return self.day.isoformat()


def parse_value(value: str | None) -> Point | None:
    """Return the calendar point a TimeML value names, or None for non-calendar values."""
    match = VALUE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    precision = "day" if day else "month" if month else "year"
    return Point(date(int(year), int(month or 1), int(day or 1)), precision)


def shift(point: Point, unit: str, amount: int) -> Point:
    """Move a point by `amount` days, weeks, months or years, at the precision the unit implies."""
    if unit == "day":
        return Point(point.day + timedelta(days=amount), "day")
    if unit == "week":
        return Point(point.day + timedelta(weeks=amount), "day")
    if unit == "month":
        return Point(point.day + relativedelta(months=amount), "month")
    return Point(point.day + relativedelta(years=amount), "year")


def week_value(day: date) -> str:
    """Return the ISO week of a day as a TimeML value (1997-W16)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"
