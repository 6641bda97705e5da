"""Plain records passed between the stages.

Every stage takes and returns these frozen dataclasses, never loose dicts, so the
contract between stages can be read here in one place. Offsets (`start`, `end`)
are character offsets into `Article.text`, the article exactly as read (date
header included), so `article.text[start:end] == record.text` always holds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Optional, Tuple

# Product label set: every model's labels are mapped onto these (see pipeline.nlp).
ENTITY_LABELS = ("PER", "ORG", "LOC", "EVENT", "MISC")
MEDALS = ("gold", "silver", "bronze")
GRANULARITIES = ("day", "week", "month", "year")

STATUS_OK = "ok"
STATUS_ERROR = "error"
STATUS_SKIPPED = "skipped"


@lru_cache(maxsize=None)
def _field_values(cls) -> Callable:
    """A function giving a record's field values, in field order, as a tuple."""
    return attrgetter(*(f.name for f in dataclasses.fields(cls)))


def _reduce_positional(self):
    """Pickle a record as its class and field values, rebuilt by calling the class.

    A frozen dataclass with slots pickles through the `__getstate__` / `__setstate__` that
    dataclasses gives it, which read the class's fields on every call: the cache and the worker
    processes pickle every record of every article, and this is about twice as fast both ways.
    (Pickles written the old way still load: `__setstate__` is still there.)"""
    return type(self), _field_values(type(self))(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. `text` is the decoded content; the body starts at `body_start`."""

    doc_id: str
    text: str
    published: Optional[date] = None
    path: str = ""
    body_start: int = 0
    status: str = STATUS_OK
    error: str = ""
    language: str = "nl"

    __reduce__ = _reduce_positional

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def ok(self) -> bool:
        return self.status == STATUS_OK


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text; the base of every extracted record."""

    start: int
    end: int
    text: str

    __reduce__ = _reduce_positional

    def shifted(self, offset: int):
        """The same record with offsets moved by `offset` (body-relative -> article-relative)."""
        # Positional rebuild: `dataclasses.replace` reads the class's fields on every call, and
        # every record of every article passes here once. start and end are the first fields.
        values = _field_values(type(self))(self)
        return type(self)(values[0] + offset, values[1] + offset, *values[2:])


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A named entity mention. `entity_id` is filled in by reconciliation."""

    label: str = "MISC"
    canonical: str = ""  # fullest form of this name in the same article ("Leerdam" -> "Jutta Leerdam")
    entity_id: str = ""  # cross-document identity, set by reconciliation

    def resolved(self, entity_id: str, label: str) -> "Mention":
        """This mention with its cross-document entity and the label reconciliation decided.
        (Built directly: `dataclasses.replace` reads the class's fields on every call, and every
        mention of a run passes here once.)"""
        return Mention(self.start, self.end, self.text, label, self.canonical, entity_id)


@dataclass(frozen=True, slots=True)
class EventMention(Span):
    """A distance or discipline: '500 meter' -> event '500m', meters 500."""

    event: str = ""
    meters: Optional[int] = None
    crew: bool = False  # raced by a boat of more than one: "de K2 1000 meter"


@dataclass(frozen=True, slots=True)
class RaceTime(Span):
    """A race time in seconds, linked to who rode it and on which event."""

    seconds: float = 0.0
    athlete: str = ""
    event: str = ""
    competition: str = ""  # named competition it belongs to ("Olympische Winterspelen")
    date: str = ""  # day of the race when the article says or implies it, YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Medal(Span):
    """A medal or podium place won (never one missed)."""

    medal: str = ""  # gold / silver / bronze
    rank: Optional[int] = None
    athlete: str = ""
    event: str = ""
    team: bool = False
    competition: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class RecordMention(Span):
    """A record set or mentioned: olympisch record, wereldrecord, baanrecord..."""

    record: str = ""  # olympic / world / track / national / european / personal
    athlete: str = ""
    event: str = ""
    competition: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class Age(Span):
    """An age: 'De 25-jarige Kok' -> years 25, person 'Femke Kok'."""

    years: int = 0
    person: str = ""


@dataclass(frozen=True, slots=True)
class DateMention(Span):
    """A date expression normalized against the article's publication date."""

    value: str = ""  # YYYY-MM-DD (day; for a week its Monday), YYYY-MM or YYYY
    granularity: str = "day"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article; the unit that is cached and exported."""

    article: Article
    mentions: Tuple[Mention, ...] = ()
    events: Tuple[EventMention, ...] = ()
    times: Tuple[RaceTime, ...] = ()
    medals: Tuple[Medal, ...] = ()
    records: Tuple[RecordMention, ...] = ()
    ages: Tuple[Age, ...] = ()
    dates: Tuple[DateMention, ...] = ()
    warnings: Tuple[str, ...] = field(default=())
