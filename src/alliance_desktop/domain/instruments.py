"""Questionnaires as data: the definition model, its semantic checks, and the scoring engine.

A definition arrives as a dict (JSON). Its structure is checked against the shipped JSON schema
by the services; :func:`instrument_from_dict` then checks what a schema cannot (subscales that
name real items, labels in every language, ranges that make sense) and builds an
:class:`Instrument`. Every problem names the field path, e.g. ``items[2].scale.max``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.text import number, translate
from alliance_desktop.domain.validation import field_label

FORMAT = "alliance-instrument/1"
CHECKIN_ID = "alliance-checkin"
PRACTITIONER_ID = "alliance-practitioner"
PAIN_ID = "pain-nrs"
FUNCTION_ID = "function-psfs"
ALLIANCE_ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")
PRACTITIONER_ITEMS = ("goal", "task", "bond", "trust")
MAX_PATIENT_NAMED = 5


class DefinitionError(ValidationError):
    """A questionnaire definition that cannot be used; ``field`` is the path of the problem."""

    def __init__(self, path: str, problem: str) -> None:
        message = (
            translate("Instruments", "{path}: {problem}").format(path=path, problem=problem)
            if path
            else problem
        )
        super().__init__(message, field=path)
        self.path = path
        self.problem = problem


Text = Mapping[str, str]


def pick(text: Text, language: str, fallback: str = "en") -> str:
    """The text in ``language``, else the fallback language, else any."""
    return text.get(language) or text.get(fallback) or next(iter(text.values()), "")


@dataclass(frozen=True, slots=True)
class Option:
    value: float
    label: Text


@dataclass(frozen=True, slots=True)
class Scale:
    """How an item is answered."""

    kind: str  # slider | choice | yes_no
    minimum: float
    maximum: float
    step: float = 1
    min_label: Text = field(default_factory=dict)
    max_label: Text = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    allow_not_applicable: bool = False

    def check(self, value: float, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise ValidationError(
                translate("Instruments", "The answer to {item} must be a number.").format(
                    item=field_label(where)
                ),
                field=where,
            )
        if self.options and value not in {o.value for o in self.options}:
            allowed = ", ".join(number(o.value) for o in self.options)
            raise ValidationError(
                translate(
                    "Instruments", "The answer to {item} must be one of {allowed} (got {value})."
                ).format(item=field_label(where), allowed=allowed, value=_shown(value)),
                field=where,
            )
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                translate(
                    "Instruments",
                    "The answer to {item} must be from {minimum} to {maximum} (got {value}).",
                ).format(
                    item=field_label(where),
                    minimum=number(self.minimum),
                    maximum=number(self.maximum),
                    value=_shown(value),
                ),
                field=where,
            )
        return float(value)


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: Text
    scale: Scale
    reverse: bool = False
    optional: bool = False


@dataclass(frozen=True, slots=True)
class ScoreRule:
    """How a subscale or the total is computed from its items."""

    rule: str  # sum | mean
    items: tuple[str, ...]
    max_missing: int = 0
    impute: str = "mean_of_answered"


@dataclass(frozen=True, slots=True)
class Cutoff:
    score: str
    at_or_below: float
    label: Text


@dataclass(frozen=True, slots=True)
class AlertRules:
    """Thresholds of the alert engine, on the instrument's total (defaults from the research)."""

    concern_at_or_below: float | None = None
    drop_since_last: float = 1.0
    drop_from_baseline: float = 1.0
    baseline_checkins: int = 2
    low_item_below: float | None = None
    perfect_streak: int = 3
    gap_points: float = 3.0
    stalled_visits: int = 3


@dataclass(frozen=True, slots=True)
class Instrument:
    """A questionnaire definition, ready to show and to score."""

    id: str
    version: int
    respondent: str
    title: Text
    languages: tuple[str, ...]
    items: tuple[Item, ...]
    total: ScoreRule
    subscales: Mapping[str, ScoreRule]
    subscale_titles: Mapping[str, Text] = field(default_factory=dict)
    instructions: Text = field(default_factory=dict)
    cutoffs: tuple[Cutoff, ...] = ()
    alerts: AlertRules = field(default_factory=AlertRules)
    licence_note: str = ""
    licence_requires_confirmation: bool = False
    patient_named_items: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise ValidationError(
            translate(
                "Instruments", "The questionnaire '{questionnaire}' has no item '{item}'."
            ).format(questionnaire=self.id, item=item_id),
            field=item_id,
        )

    def check_answers(self, answers: Mapping[str, float | None]) -> dict[str, float | None]:
        """Each answer must name an item of this instrument and lie on its scale."""
        return {
            item_id: None if value is None else self.item(item_id).scale.check(value, item_id)
            for item_id, value in answers.items()
        }

    @property
    def item_maximum(self) -> float:
        return max(i.scale.maximum for i in self.items)

    def total_range(self) -> tuple[float, float]:
        """The lowest and highest total this instrument can give."""
        items = [self.item(i) for i in self.total.items]
        lows = [i.scale.minimum for i in items]
        highs = [i.scale.maximum for i in items]
        if self.total.rule == "mean":
            return (min(lows), max(highs))
        return (sum(lows), sum(highs))


def _shown(value: float) -> str:
    """A number for reading; 'inf' as ``:g`` writes it when it is not finite."""
    return number(value) if math.isfinite(value) else f"{value:g}"


# ---------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Score:
    """The scores of one response. None means "not scored" (too much missing)."""

    total: float | None
    subscales: Mapping[str, float | None]
    answered: int
    missing: int


def _apply(rule: ScoreRule, values: Mapping[str, float | None]) -> float | None:
    present = [values[i] for i in rule.items if values.get(i) is not None]
    missing = len(rule.items) - len(present)
    if not present or missing > rule.max_missing:
        return None
    numbers = [float(v) for v in present if v is not None]
    if missing and rule.impute == "mean_of_answered":
        numbers += [sum(numbers) / len(numbers)] * missing
    # impute "none": the score rests on the answered items only
    if rule.rule == "mean":
        return sum(numbers) / len(numbers)
    return sum(numbers)


def score(instrument: Instrument, answers: Mapping[str, float | None]) -> Score:
    """Score a response: reverse keys first, then the missing-data rule, then sum or mean."""
    checked = instrument.check_answers(answers)
    keyed: dict[str, float | None] = {}
    for item in instrument.items:
        value = checked.get(item.id)
        if value is not None and item.reverse:
            value = item.scale.minimum + item.scale.maximum - value
        keyed[item.id] = value
    answered = sum(1 for v in keyed.values() if v is not None)
    return Score(
        total=_apply(instrument.total, keyed),
        subscales={name: _apply(rule, keyed) for name, rule in instrument.subscales.items()},
        answered=answered,
        missing=len(instrument.items) - answered,
    )


# ---------------------------------------------------------------------------- parsing


def _text(value: Any, path: str, languages: tuple[str, ...]) -> Text:
    if not isinstance(value, Mapping) or not value:
        # the braces are the JSON example's: no .format
        raise DefinitionError(
            path, translate("Instruments", 'must give a text per language, e.g. {"en": "..."}')
        )
    for language in languages:
        if not str(value.get(language, "")).strip():
            raise DefinitionError(
                f"{path}.{language}",
                translate("Instruments", "the text in this language is missing"),
            )
    return {str(k): str(v) for k, v in value.items()}


def _scale(data: Mapping[str, Any], path: str, languages: tuple[str, ...]) -> Scale:
    kind = data.get("type")
    if kind == "yes_no":
        return Scale(
            "yes_no",
            0,
            1,
            options=(Option(0, {"en": "No", "fr": "Non"}), Option(1, {"en": "Yes", "fr": "Oui"})),
        )
    if kind == "choice":
        raw = data.get("options") or []
        options = tuple(
            Option(float(o["value"]), _text(o["label"], f"{path}.options[{i}].label", languages))
            for i, o in enumerate(raw)
        )
        values = [o.value for o in options]
        if len(set(values)) != len(values):
            raise DefinitionError(
                f"{path}.options", translate("Instruments", "two options have the same value")
            )
        if len(options) < 2:
            raise DefinitionError(
                f"{path}.options", translate("Instruments", "a choice needs at least two options")
            )
        return Scale(
            "choice",
            min(values),
            max(values),
            options=options,
            allow_not_applicable=bool(data.get("allow_not_applicable", False)),
        )
    if kind != "slider":
        raise DefinitionError(
            f"{path}.type",
            translate("Instruments", "unknown scale type {kind}").format(kind=repr(kind)),
        )
    if "min" not in data or "max" not in data:
        raise DefinitionError(path, translate("Instruments", "a slider needs 'min' and 'max'"))
    low, high = float(data["min"]), float(data["max"])
    if not low < high:
        raise DefinitionError(
            f"{path}.max",
            translate("Instruments", "must be greater than min ({minimum})").format(
                minimum=_shown(low)
            ),
        )
    step = float(data.get("step", 1))
    if step <= 0 or step > high - low:
        raise DefinitionError(
            f"{path}.step",
            translate("Instruments", "must be positive and smaller than the range"),
        )
    return Scale(
        "slider",
        low,
        high,
        step,
        min_label=_text(data["min_label"], f"{path}.min_label", languages)
        if "min_label" in data
        else {},
        max_label=_text(data["max_label"], f"{path}.max_label", languages)
        if "max_label" in data
        else {},
        allow_not_applicable=bool(data.get("allow_not_applicable", False)),
    )


def _rule(data: Mapping[str, Any], path: str, item_ids: list[str]) -> ScoreRule:
    items = tuple(data.get("items") or item_ids)
    for index, item_id in enumerate(items):
        if item_id not in item_ids:
            raise DefinitionError(
                f"{path}.items[{index}]",
                translate("Instruments", "there is no item {item}").format(item=repr(item_id)),
            )
    max_missing = int(data.get("max_missing", 0))
    if max_missing >= len(items):
        problem = (
            translate("Instruments", "must be fewer than the {count} item it scores")
            if len(items) == 1
            else translate("Instruments", "must be fewer than the {count} items it scores")
        )
        raise DefinitionError(f"{path}.max_missing", problem.format(count=number(len(items))))
    rule = data.get("rule")
    if rule not in ("sum", "mean"):
        raise DefinitionError(f"{path}.rule", translate("Instruments", "must be 'sum' or 'mean'"))
    return ScoreRule(str(rule), items, max_missing, str(data.get("impute", "mean_of_answered")))


def instrument_from_dict(data: Mapping[str, Any]) -> Instrument:
    """Build an Instrument from a structurally valid definition, checking its meaning.

    Raises:
        DefinitionError: naming the field path and what is wrong with it.
    """
    if data.get("format") != FORMAT:
        raise DefinitionError(
            "format", translate("Instruments", "must be {format}").format(format=repr(FORMAT))
        )
    languages = tuple(str(x) for x in data.get("languages") or ())
    if not languages:
        raise DefinitionError(
            "languages", translate("Instruments", "at least one language is needed")
        )
    items: list[Item] = []
    seen: set[str] = set()
    for index, raw in enumerate(data.get("items") or []):
        path = f"items[{index}]"
        item_id = str(raw.get("id", ""))
        if item_id in seen:
            raise DefinitionError(
                f"{path}.id",
                translate("Instruments", "the id {id} is used twice").format(id=repr(item_id)),
            )
        seen.add(item_id)
        items.append(
            Item(
                id=item_id,
                text=_text(raw.get("text"), f"{path}.text", languages),
                scale=_scale(raw.get("scale") or {}, f"{path}.scale", languages),
                reverse=bool(raw.get("reverse", False)),
                optional=bool(raw.get("optional", False)),
            )
        )
    if not items:
        raise DefinitionError("items", translate("Instruments", "at least one item is needed"))
    item_ids = [i.id for i in items]
    scoring = data.get("scoring") or {}
    total = _rule(scoring.get("total") or {}, "scoring.total", item_ids)
    subscales = {
        str(name): _rule(rule, f"scoring.subscales.{name}", item_ids)
        for name, rule in (scoring.get("subscales") or {}).items()
    }
    titles = {
        str(name): _text(text, f"scoring.subscale_titles.{name}", languages)
        for name, text in (scoring.get("subscale_titles") or {}).items()
    }
    for name in titles:
        if name not in subscales:
            raise DefinitionError(
                f"scoring.subscale_titles.{name}",
                translate("Instruments", "there is no such subscale"),
            )
    scores = {"total", *subscales}
    cutoffs = []
    for index, raw in enumerate(data.get("cutoffs") or []):
        if raw.get("score") not in scores:
            raise DefinitionError(
                f"cutoffs[{index}].score",
                translate("Instruments", "must be one of {choices}").format(
                    choices=str(sorted(scores))
                ),
            )
        cutoffs.append(
            Cutoff(
                str(raw["score"]),
                float(raw["at_or_below"]),
                _text(raw.get("label"), f"cutoffs[{index}].label", languages),
            )
        )
    alerts_raw = data.get("alerts") or {}
    alerts = AlertRules(
        concern_at_or_below=(
            float(alerts_raw["concern_at_or_below"])
            if "concern_at_or_below" in alerts_raw
            else None
        ),
        drop_since_last=float(alerts_raw.get("drop_since_last", 1.0)),
        drop_from_baseline=float(alerts_raw.get("drop_from_baseline", 1.0)),
        baseline_checkins=int(alerts_raw.get("baseline_checkins", 2)),
        low_item_below=(
            float(alerts_raw["low_item_below"]) if "low_item_below" in alerts_raw else None
        ),
        perfect_streak=int(alerts_raw.get("perfect_streak", 3)),
        gap_points=float(alerts_raw.get("gap_points", 3.0)),
        stalled_visits=int(alerts_raw.get("stalled_visits", 3)),
    )
    instrument = Instrument(
        id=str(data["id"]),
        version=int(data["version"]),
        respondent=str(data["respondent"]),
        title=_text(data.get("title"), "title", languages),
        languages=languages,
        items=tuple(items),
        total=total,
        subscales=subscales,
        subscale_titles=titles,
        instructions=(
            _text(data["instructions"], "instructions", languages) if "instructions" in data else {}
        ),
        cutoffs=tuple(cutoffs),
        alerts=alerts,
        licence_note=str((data.get("licence") or {}).get("note", "")),
        licence_requires_confirmation=bool(
            (data.get("licence") or {}).get("requires_confirmation", False)
        ),
        patient_named_items=bool(data.get("patient_named_items", False)),
    )
    low, high = instrument.total_range()
    for index, cutoff in enumerate(instrument.cutoffs):
        if cutoff.score == "total" and not low <= cutoff.at_or_below <= high:
            raise DefinitionError(
                f"cutoffs[{index}].at_or_below", _outside_range(cutoff.at_or_below, low, high)
            )
    if alerts.concern_at_or_below is not None and not low <= alerts.concern_at_or_below <= high:
        raise DefinitionError(
            "alerts.concern_at_or_below", _outside_range(alerts.concern_at_or_below, low, high)
        )
    return instrument


def _outside_range(value: float, low: float, high: float) -> str:
    return translate("Instruments", "{value} is outside the total's range {low}-{high}").format(
        value=_shown(value), low=_shown(low), high=_shown(high)
    )
