"""Date expressions in article text, resolved to ISO dates of year, month or day precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Any capitalised word of month length; _mention keeps only real month names (faster than an alternation).
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# In priority order. The patterns open with a character class rather than \b, which lets the
# regex engine skip ahead quickly; find_dates checks the left word boundary itself.
DATE_PATTERNS = [
    re.compile(r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"(?P<day>\d\d?)\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),  # \d\d? (not \d{1,2}) opens with a plain class
    re.compile(rf"{_MONTH}(?:[-–]\w+)?,?\s+{_YEAR}\b"),
    re.compile(rf"{_YEAR}\b(?!\s*(?:kilomet|km|miles|troops|soldiers|people))"),
]
# Weekdays, today and yesterday.
DAY_PATTERNS = [
    re.compile(r"\b(?:on|this|last|next)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I),
    re.compile(r"\b(?P<relative>today|yesterday)\b", re.I),
]
# A date of DATE_PATTERNS has an ASCII digit, one of DAY_PATTERNS ends in "day", and no match reaches further
# than _REACH from it: the patterns run only near these anchors, much faster than over the whole text.
# Opening with one character class lets the engine skip ahead (an alternation of digits and "day" is 4x
# slower).
_ANCHOR = re.compile(r"[0-9Dd](?:(?<=[0-9])[0-9]*|[Aa][Yy])")
_REACH = 40


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def latest_day(self) -> date | None:
        """The last day the mention can stand for (used to order mentions in time)."""
        if self.year is None:
            return None
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            next_month = date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return next_month - timedelta(days=1)
        return _safe_date(self.year, self.month, self.day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, reference: date | None = None, *, after: bool = False) -> list[DateMention]:
    """Date mentions in ``text``, non-overlapping, in order.

    A month and day without a year resolve against ``reference``: the most recent such date
    on or before it (the article's date), or with ``after`` the first one after it (a bound
    inferred from the events the article reports). Weekdays and today/yesterday resolve
    against the article's date only; otherwise they stay unresolved (year None).
    """
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)
    near_digits, near_days = _near_anchors(text)
    runs = [(pattern, near_digits) for pattern in DATE_PATTERNS] + [(pattern, near_days) for pattern in DAY_PATTERNS]
    for pattern, windows in runs:
        for m in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
            if taken[m.start()] or taken[m.end() - 1]:
                continue
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            mention = _mention(m, reference, after)
            if mention is not None:
                found.append(mention)
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(found, key=lambda d: d.start)


def _near_anchors(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of ``text`` within reach of a digit, and of a "day", each merged where they overlap."""
    near_digits: list[tuple[int, int]] = []
    near_days: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        windows = near_digits if anchor.group()[0].isdigit() else near_days
        lo, hi = max(0, anchor.start() - _REACH), anchor.end() + _REACH
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return near_digits, near_days


def _mention(m: re.Match[str], reference: date | None, after: bool) -> DateMention | None:
    groups = m.groupdict()
    if groups.get("iso"):
        y, mo, d = (int(x) for x in groups["iso"].split("-"))
        return DateMention(m.start(), m.end(), y, mo, d) if _safe_date(y, mo, d) else None
    if groups.get("weekday"):
        if reference is None or after:
            return DateMention(m.start(), m.end(), None)
        target = WEEKDAYS.index(groups["weekday"].lower())
        back = (reference.weekday() - target) % 7
        day = reference - timedelta(days=back)
        return DateMention(m.start(), m.end(), day.year, day.month, day.day)
    if groups.get("relative"):
        if reference is None or after:
            return DateMention(m.start(), m.end(), None)
        day = reference - timedelta(days=1 if groups["relative"].lower() == "yesterday" else 0)
        return DateMention(m.start(), m.end(), day.year, day.month, day.day)
    year = int(groups["year"]) if groups.get("year") else None
    month_name = groups.get("month")
    if month_name and month_name.lower() not in MONTHS:
        return None
    month = MONTHS[month_name.lower()] if month_name else None
    day_text = groups.get("day")
    day_number = int(day_text) if day_text else None
    if day_number is not None and not 1 <= day_number <= 31:
        return None
    if month == 5 and day_number is None and year is None:
        return None  # the verb "may"
    if year is None and month is not None and day_number is not None:
        if reference is not None and after:
            year = resolve_after(month, day_number, reference)
        else:
            year = _year_for(month, day_number, reference)
    return DateMention(m.start(), m.end(), year, month, day_number)


def _year_for(month: int, day: int, reference: date | None) -> int | None:
    """The year of the most recent (month, day) on or before the reference date."""
    if reference is None:
        return None
    candidate = _safe_date(reference.year, month, day)
    if candidate is None:
        return None
    return reference.year if candidate <= reference else reference.year - 1


def resolve(mentions: list[DateMention], reference: date | None, *, after: bool) -> list[DateMention]:
    """Give a year to month-day mentions found without a reference (see :func:`find_dates`)."""
    if reference is None:
        return mentions
    out = []
    for d in mentions:
        if d.year is None and d.month is not None and d.day is not None:
            year = resolve_after(d.month, d.day, reference) if after else _year_for(d.month, d.day, reference)
            d = DateMention(d.start, d.end, year, d.month, d.day)
        out.append(d)
    return out


def latest_dated(mentions: list[DateMention]) -> date | None:
    """The latest day any dated mention can stand for."""
    return max((d.latest_day for d in mentions if d.latest_day is not None), default=None)


def resolve_after(month: int, day: int, bound: date) -> int:
    """The year of the first (month, day) on or after ``bound``."""
    candidate = _safe_date(bound.year, month, day)
    return bound.year if candidate is not None and candidate >= bound else bound.year + 1


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO string of day precision (longer timestamps are cut)."""
    if not value:
        return None
    match = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value.strip())
    return _safe_date(*(int(g) for g in match.groups())) if match else None
