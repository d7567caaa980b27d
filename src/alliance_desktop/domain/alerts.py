"""The alert engine: what in a patient's check-ins says the alliance may be weakening.

Qt-free and database-free. Rules and thresholds come from the check-in instrument's definition
(the defaults follow the outcome-monitoring research: a total at or under the concern line, a
drop since the last visit or from the patient's own baseline, any low item, long runs of
perfect scores, a patient-practitioner gap, missed check-ins, stalled goals while agreement
falls). Each finding says in plain words what it saw, why it matters and what to try.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from alliance_desktop.domain.instruments import AlertRules

SUBSCALE_WORDS = {"goal": "goals", "task": "the way of working", "bond": "bond", "trust": "trust"}
ITEM_WORDS = {
    "goal": "working on what matters",
    "task": "the way of working",
    "bond": "feeling heard",
    "trust": "trust",
    "respect": "feeling respected",
    "touch": "comfort with touch",
    "overall": "overall",
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
        return {
            "concern": "Low alliance score",
            "drop_since_last": "Drop since last visit",
            "drop_from_baseline": "Below the patient's usual",
            "low_item": "A low answer",
            "perfect_streak": "Always top marks",
            "rating_gap": "You and the patient see it differently",
            "missed_checkin": "No check-in",
            "stalled_goal": "Goal stalled, agreement falling",
        }[self.value]


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


NAME_IT = (
    'Name it gently ("I noticed…"), ask openly what would make the visits work better, and '
    "listen without defending. Then renegotiate the goal or the approach together."
)


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
                        f"No check-in at the visit of {visit.at:%d %b %Y}.",
                        "Without the patient's own rating the chart has a gap, and a strain can go "
                        "unnoticed.",
                        "Hand the laptop over at the end of the next visit, or key in a paper "
                        "check-in if there was one.",
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
                    f"The check-in total was {_fmt(total)} of {_fmt(c.total_max)}, at or under "
                    f"{_fmt(rules.concern_at_or_below)}.",
                    "Most patients give high scores, so a total this low usually means "
                    "something in the way you work together is not right for them.",
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
                        f"The check-in total fell from {_fmt(before)} to {_fmt(total)} since the "
                        f"visit of {previous.at:%d %b}.",
                        "A drop from the patient's own last score says more than the score itself; "
                        "high scores that start falling are linked with patients stopping care.",
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
                    f"The check-in total ({_fmt(total)}) is below the patient's own starting level "
                    f"({_fmt(baseline)}).",
                    "Compared with how this patient rated the first visits, the alliance has "
                    "weakened.",
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
                        f"A lower answer at the check-in: {words} "
                        f"(under {_fmt(rules.low_item_below)} of {_fmt(c.item_max)}).",
                        "Because most answers sit at the top of the scale, a single lower "
                        "answer is often the patient's way of saying something.",
                        'Ask about that one thing, openly: "You gave this one a bit lower; what '
                        'would make it better?"',
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
                    f"{streak} check-ins in a row with top marks on every question.",
                    "Long runs of perfect scores can mean the patient does not feel free to "
                    "criticise.",
                    'Invite candour: "If there were one thing I could do differently, what would '
                    'it be?"',
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
                        f"You rated {SUBSCALE_WORDS.get(name, name)} {_fmt(mine)}, the patient "
                        f"{_fmt(theirs)}.",
                        "Practitioners and patients often see the alliance differently; the gap "
                        "itself is worth understanding.",
                        "Share your impression and ask for theirs."
                        if mine < theirs
                        else "Check what the patient experiences that you may not be seeing.",
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
                    f'No progress on "{words}" over {len(window)} visits, while agreement on what '
                    f"you are working on fell from {_fmt(first)} to {_fmt(last_agreement)}.",
                    "A goal that stops moving while agreement slips may no longer be the patient's "
                    "goal.",
                    "Revisit the goal in the patient's own words; revise or drop it together.",
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
