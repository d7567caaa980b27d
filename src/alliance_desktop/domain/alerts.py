"""The alert engine: what in a patient's check-ins says the alliance may be weakening.

Qt-free and database-free. Rules and thresholds come from the check-in instrument's definition
(the defaults follow the outcome-monitoring research: a total at or under the concern line, a
drop since the last visit or from the patient's own baseline, any low item, long runs of
perfect scores, a patient-practitioner gap, missed check-ins, stalled goals while agreement
falls). Each finding says in plain words what it saw, why it matters and what to try.

The findings' sentences are stored in English with the alert (they are marked for translation
with ``QT_TRANSLATE_NOOP``); :func:`shown` puts a stored sentence in the language in use when
it is displayed.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from alliance_desktop.domain.instruments import AlertRules
from alliance_desktop.domain.text import (
    MONTHS,
    QT_TRANSLATE_NOOP,
    day,
    english_day,
    number,
    translate,
)

SUBSCALE_WORDS = {
    "goal": QT_TRANSLATE_NOOP("Alerts", "goals"),
    "task": QT_TRANSLATE_NOOP("Alerts", "the way of working"),
    "bond": QT_TRANSLATE_NOOP("Alerts", "bond"),
    "trust": QT_TRANSLATE_NOOP("Alerts", "trust"),
}
ITEM_WORDS = {
    "goal": QT_TRANSLATE_NOOP("Alerts", "working on what matters"),
    "task": QT_TRANSLATE_NOOP("Alerts", "the way of working"),
    "bond": QT_TRANSLATE_NOOP("Alerts", "feeling heard"),
    "trust": QT_TRANSLATE_NOOP("Alerts", "trust"),
    "respect": QT_TRANSLATE_NOOP("Alerts", "feeling respected"),
    "touch": QT_TRANSLATE_NOOP("Alerts", "comfort with touch"),
    "overall": QT_TRANSLATE_NOOP("Alerts", "overall"),
}


class AlertKind(StrEnum):
    CONCERN = "concern"
    DROP_SINCE_LAST = "drop_since_last"
    DROP_FROM_BASELINE = "drop_from_baseline"
    LOW_ITEM = "low_item"
    PERFECT_STREAK = "perfect_streak"
    RATING_GAP = "rating_gap"
    MISSED_CHECKIN = "missed_checkin"
    STALLED_GOAL = "stalled_goal"

    @property
    def label(self) -> str:
        """The kind's name in the language in use."""
        return translate("Alerts", _KIND_LABELS[self.value])


_KIND_LABELS = {
    "concern": QT_TRANSLATE_NOOP("Alerts", "Low alliance score"),
    "drop_since_last": QT_TRANSLATE_NOOP("Alerts", "Drop since last visit"),
    "drop_from_baseline": QT_TRANSLATE_NOOP("Alerts", "Below the patient's usual"),
    "low_item": QT_TRANSLATE_NOOP("Alerts", "A low answer"),
    "perfect_streak": QT_TRANSLATE_NOOP("Alerts", "Always top marks"),
    "rating_gap": QT_TRANSLATE_NOOP("Alerts", "You and the patient see it differently"),
    "missed_checkin": QT_TRANSLATE_NOOP("Alerts", "No check-in"),
    "stalled_goal": QT_TRANSLATE_NOOP("Alerts", "Goal stalled, agreement falling"),
}


class Severity(StrEnum):
    ATTENTION = "attention"  # counts in the badge
    INFO = "info"  # a prompt, not a problem


@dataclass(frozen=True, slots=True)
class CheckinObs:
    """One scored patient check-in."""

    total: float | None
    items: Mapping[str, float | None]
    item_max: float
    total_max: float


@dataclass(frozen=True, slots=True)
class VisitObs:
    """What the engine knows about one visit of an episode."""

    visit_id: int
    at: dt.datetime
    checkin: CheckinObs | None = None
    patient_subscales: Mapping[str, float | None] = field(default_factory=dict)
    practitioner_subscales: Mapping[str, float | None] = field(default_factory=dict)
    goal_progress: Mapping[int, int] = field(default_factory=dict)
    goal_words: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    """One alert: what was seen, why it matters, what to try."""

    kind: AlertKind
    visit_id: int
    key: str
    severity: Severity
    what: str
    why: str
    suggestion: str
    recovered_visit_id: int | None = None


NAME_IT = QT_TRANSLATE_NOOP(
    "Alerts",
    'Name it gently ("I noticed…"), ask openly what would make the visits work better, and '
    "listen without defending. Then renegotiate the goal or the approach together.",
)

# The sentences saying what was seen, stored in English with their values filled in.
MISSED = QT_TRANSLATE_NOOP("Alerts", "No check-in at the visit of {date}.")
CONCERN = QT_TRANSLATE_NOOP(
    "Alerts", "The check-in total was {total} of {maximum}, at or under {threshold}."
)
DROP = QT_TRANSLATE_NOOP(
    "Alerts", "The check-in total fell from {before} to {total} since the visit of {date}."
)
BELOW_BASELINE = QT_TRANSLATE_NOOP(
    "Alerts",
    "The check-in total ({total}) is below the patient's own starting level ({baseline}).",
)
LOW_ANSWER = QT_TRANSLATE_NOOP(
    "Alerts", "A lower answer at the check-in: {answers} (under {threshold} of {maximum})."
)
PERFECT = QT_TRANSLATE_NOOP(
    "Alerts", "{count} check-ins in a row with top marks on every question."
)
GAP = QT_TRANSLATE_NOOP("Alerts", "You rated {subscale} {mine}, the patient {theirs}.")
STALLED = QT_TRANSLATE_NOOP(
    "Alerts",
    'No progress on "{goal}" over {count} visits, while agreement on what you are working on '
    "fell from {before} to {after}.",
)
_NUMBER = r"-?\d+(?:\.\d+)?"
_NUMBERS = ("total", "maximum", "threshold", "before", "after", "baseline", "mine", "theirs")
_VALUES = dict.fromkeys(_NUMBERS, _NUMBER) | {"count": r"\d+"}  # the rest: any text
_SENTENCES = (MISSED, CONCERN, DROP, BELOW_BASELINE, LOW_ANSWER, PERFECT, GAP, STALLED)
_PATTERNS = tuple(
    (
        sentence,
        re.compile(
            "".join(
                f"(?P<{part}>{_VALUES.get(part, '.+?')})" if index % 2 else re.escape(part)
                for index, part in enumerate(re.split(r"\{(\w+)\}", sentence))
            ),
            re.DOTALL,
        ),
    )
    for sentence in _SENTENCES
)
_WORDS = set(SUBSCALE_WORDS.values()) | set(ITEM_WORDS.values())

# Dates are stored as English writes them ("03 Nov 2026", "03 Nov" in a drop since the last
# visit), whatever the computer's locale, so that :func:`shown` can read them back.
_MONTHS = tuple(month[:3] for month in MONTHS)
_STORED_DAY = re.compile(r"(\d{2}) (" + "|".join(_MONTHS) + r")(?: (\d{4}))?")


def _stored_day(value: dt.date, *, year: bool = True) -> str:
    """``value`` as an alert sentence stores it: ``03 Nov 2026`` (``03 Nov`` without year)."""
    return english_day(value, year=year)


def _shown_day(text: str) -> str:
    """A stored day (``03 Nov 2026`` or ``03 Nov``) written in the language in use."""
    match = _STORED_DAY.fullmatch(text)
    if match is None:
        return text  # written by an older version, or on another locale: shown as stored
    month = _MONTHS.index(match[2]) + 1
    if match[3] is not None:
        try:
            return day(dt.date(int(match[3]), month, int(match[1])))
        except ValueError:
            return text
    # No year stored: write a day of a leap year and leave its year out. The month is written
    # in full once it is translated ("03 novembre", not "03 nov." before the sentence's full
    # stop); while the short form is the stored one (English), the text stays as stored.
    try:
        leap = dt.date(2000, month, int(match[1]))
    except ValueError:
        return text
    if day(leap) == f"{text} 2000":
        return text
    written = day(leap, long=True)
    return written.removesuffix(" 2000") if written.endswith(" 2000") else text


def _shown_number(text: str) -> str:
    """A stored number ("4.5", "53") written in the language in use ("4,5" in French)."""
    try:
        return number(int(text)) if text.lstrip("-").isdigit() else number(float(text))
    except ValueError:
        return text


def shown(text: str) -> str:
    """A stored alert sentence (English, values filled in) in the language in use.

    Sentences with values are matched against their English pattern and rebuilt from the
    translated one; fixed sentences are looked up as they are; anything else (an older wording)
    is returned unchanged.
    """
    for sentence, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = match.groupdict()
        for name in (*_NUMBERS, "count"):
            if name in values:
                values[name] = _shown_number(values[name])
        if "date" in values:
            values["date"] = _shown_day(values["date"])
        if values.get("subscale") in _WORDS:
            values["subscale"] = translate("Alerts", values["subscale"])
        if "answers" in values:
            values["answers"] = ", ".join(map(_answer, values["answers"].split(", ")))
        return translate("Alerts", sentence).format(**values)
    return translate("Alerts", text)


def _answer(answer: str) -> str:
    words, _, value = answer.rpartition(" ")
    if words not in _WORDS:
        return answer
    return f"{translate('Alerts', words)} {_shown_number(value)}"


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def evaluate(rules: AlertRules, visits: Sequence[VisitObs], *, today: dt.date) -> list[Finding]:
    """All findings for one episode's visits (in time order)."""
    visits = sorted(visits, key=lambda v: v.at)
    found: list[Finding] = []
    rated = [v for v in visits if v.checkin is not None and v.checkin.total is not None]
    baseline_visits = rated[: rules.baseline_checkins]
    baseline = (
        sum(v.checkin.total for v in baseline_visits if v.checkin and v.checkin.total is not None)
        / len(baseline_visits)
        if len(baseline_visits) == rules.baseline_checkins
        else None
    )
    streak = 0
    for index, visit in enumerate(visits):
        c = visit.checkin
        if c is None:
            if visit.at.date() < today:
                found.append(
                    Finding(
                        AlertKind.MISSED_CHECKIN,
                        visit.visit_id,
                        "missed",
                        Severity.INFO,
                        MISSED.format(date=_stored_day(visit.at.date())),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "Without the patient's own rating the chart has a gap, and a strain "
                            "can go unnoticed.",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "Hand the laptop over at the end of the next visit, or key in a paper "
                            "check-in if there was one.",
                        ),
                    )
                )
            streak = 0
            continue
        later = [v for v in rated if v.at > visit.at]
        total = c.total
        if (
            total is not None
            and rules.concern_at_or_below is not None
            and (total <= rules.concern_at_or_below)
        ):
            found.append(
                Finding(
                    AlertKind.CONCERN,
                    visit.visit_id,
                    "concern",
                    Severity.ATTENTION,
                    CONCERN.format(
                        total=_fmt(total),
                        maximum=_fmt(c.total_max),
                        threshold=_fmt(rules.concern_at_or_below),
                    ),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "Most patients give high scores, so a total this low usually means "
                        "something in the way you work together is not right for them.",
                    ),
                    NAME_IT,
                    _recovery(later, partial(operator.lt, rules.concern_at_or_below)),
                )
            )
        previous = next(
            (v for v in reversed(rated) if v.at < visit.at and v.checkin is not None), None
        )
        if total is not None and previous is not None and previous.checkin is not None:
            before = previous.checkin.total
            if before is not None and before - total >= rules.drop_since_last:
                found.append(
                    Finding(
                        AlertKind.DROP_SINCE_LAST,
                        visit.visit_id,
                        "drop",
                        Severity.ATTENTION,
                        DROP.format(
                            before=_fmt(before),
                            total=_fmt(total),
                            date=_stored_day(previous.at.date(), year=False),
                        ),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "A drop from the patient's own last score says more than the score "
                            "itself; high scores that start falling are linked with patients "
                            "stopping care.",
                        ),
                        NAME_IT,
                        _recovery(later, partial(operator.le, before)),
                    )
                )
        if (
            total is not None
            and baseline is not None
            and visit not in baseline_visits
            and baseline - total >= rules.drop_from_baseline
        ):
            found.append(
                Finding(
                    AlertKind.DROP_FROM_BASELINE,
                    visit.visit_id,
                    "baseline",
                    Severity.ATTENTION,
                    BELOW_BASELINE.format(total=_fmt(total), baseline=_fmt(baseline)),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "Compared with how this patient rated the first visits, the alliance has "
                        "weakened.",
                    ),
                    NAME_IT,
                    _recovery(later, partial(operator.le, baseline)),
                )
            )
        if rules.low_item_below is not None:
            low = {k: v for k, v in c.items.items() if v is not None and v < rules.low_item_below}
            if low:
                words = ", ".join(f"{ITEM_WORDS.get(k, k)} {_fmt(v)}" for k, v in low.items())
                found.append(
                    Finding(
                        AlertKind.LOW_ITEM,
                        visit.visit_id,
                        "low:" + ",".join(sorted(low)),
                        Severity.ATTENTION,
                        LOW_ANSWER.format(
                            answers=words,
                            threshold=_fmt(rules.low_item_below),
                            maximum=_fmt(c.item_max),
                        ),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "Because most answers sit at the top of the scale, a single lower "
                            "answer is often the patient's way of saying something.",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            'Ask about that one thing, openly: "You gave this one a bit lower; '
                            'what would make it better?"',
                        ),
                        _recovery_items(later, set(low), rules.low_item_below),
                    )
                )
        perfect = all(v is not None and v >= c.item_max for v in c.items.values())
        streak = streak + 1 if perfect else 0
        if streak == rules.perfect_streak:
            found.append(
                Finding(
                    AlertKind.PERFECT_STREAK,
                    visit.visit_id,
                    "perfect",
                    Severity.INFO,
                    PERFECT.format(count=streak),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "Long runs of perfect scores can mean the patient does not feel free to "
                        "criticise.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        'Invite candour: "If there were one thing I could do differently, what '
                        'would it be?"',
                    ),
                )
            )
        for name, mine in visit.practitioner_subscales.items():
            theirs = visit.patient_subscales.get(name)
            if mine is not None and theirs is not None and abs(mine - theirs) >= rules.gap_points:
                found.append(
                    Finding(
                        AlertKind.RATING_GAP,
                        visit.visit_id,
                        f"gap:{name}",
                        Severity.ATTENTION,
                        GAP.format(
                            subscale=SUBSCALE_WORDS.get(name, name),
                            mine=_fmt(mine),
                            theirs=_fmt(theirs),
                        ),
                        QT_TRANSLATE_NOOP(
                            "Alerts",
                            "Practitioners and patients often see the alliance differently; the "
                            "gap itself is worth understanding.",
                        ),
                        QT_TRANSLATE_NOOP("Alerts", "Share your impression and ask for theirs.")
                        if mine < theirs
                        else QT_TRANSLATE_NOOP(
                            "Alerts",
                            "Check what the patient experiences that you may not be seeing.",
                        ),
                    )
                )
        if index + 1 >= rules.stalled_visits:
            found.extend(_stalled(rules, visits[index + 1 - rules.stalled_visits : index + 1]))
    return found


def _stalled(rules: AlertRules, window: Sequence[VisitObs]) -> list[Finding]:
    agreement = [v.checkin.items.get("goal") if v.checkin else None for v in window]
    first, last_agreement = agreement[0], agreement[-1]
    if any(a is None for a in agreement) or first is None or last_agreement is None:
        return []
    if not last_agreement < first:
        return []
    findings = []
    last = window[-1]
    for goal_id, words in last.goal_words.items():
        ratings = [v.goal_progress.get(goal_id) for v in window]
        start, end = ratings[0], ratings[-1]
        if any(r is None for r in ratings) or start is None or end is None:
            continue
        if end <= start:
            findings.append(
                Finding(
                    AlertKind.STALLED_GOAL,
                    last.visit_id,
                    f"stalled:{goal_id}",
                    Severity.ATTENTION,
                    STALLED.format(
                        goal=words,
                        count=len(window),
                        before=_fmt(first),
                        after=_fmt(last_agreement),
                    ),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "A goal that stops moving while agreement slips may no longer be the "
                        "patient's goal.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Alerts",
                        "Revisit the goal in the patient's own words; revise or drop it together.",
                    ),
                )
            )
    return findings


def _recovery(later: Sequence[VisitObs], ok: Callable[[float], bool]) -> int | None:
    """The first later visit whose check-in total shows the alliance recovered."""
    for v in later:
        if v.checkin is not None and v.checkin.total is not None and ok(v.checkin.total):
            return v.visit_id
    return None


def _recovery_items(later: Sequence[VisitObs], items: set[str], threshold: float) -> int | None:
    for v in later:
        if v.checkin is None:
            continue
        values = [v.checkin.items.get(i) for i in items]
        if all(x is not None and x >= threshold for x in values):
            return v.visit_id
    return None
