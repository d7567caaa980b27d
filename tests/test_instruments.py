"""Questionnaires as data: definitions, validation with field paths, and the scoring engine."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import DefinitionError, instrument_from_dict, score
from alliance_desktop.services.instruments import parse_definition, shipped, shipped_texts


def _definition(**changes: Any) -> dict[str, Any]:
    """A small licensed-style instrument: three 1-5 items, one reversed, two subscales."""
    base: dict[str, Any] = {
        "format": "alliance-instrument/1",
        "id": "test-scale",
        "version": 1,
        "respondent": "patient",
        "title": {"en": "Test", "fr": "Test"},
        "languages": ["en", "fr"],
        "licence": {"note": "Licensed to the practice.", "requires_confirmation": True},
        "items": [
            {
                "id": "a",
                "text": {"en": "A", "fr": "A"},
                "scale": {
                    "type": "choice",
                    "options": [
                        {"value": v, "label": {"en": str(v), "fr": str(v)}} for v in range(1, 6)
                    ],
                },
            },
            {
                "id": "b",
                "text": {"en": "B", "fr": "B"},
                "reverse": True,
                "scale": {"type": "slider", "min": 1, "max": 5},
            },
            {"id": "c", "text": {"en": "C", "fr": "C"}, "scale": {"type": "yes_no"}},
        ],
        "scoring": {
            "total": {"rule": "sum", "items": ["a", "b"], "max_missing": 1},
            "subscales": {
                "first": {"rule": "mean", "items": ["a", "b"]},
                "yes": {"rule": "sum", "items": ["c"]},
            },
        },
        "cutoffs": [{"score": "total", "at_or_below": 4, "label": {"en": "Low", "fr": "Bas"}}],
    }
    base.update(changes)
    return base


def test_every_shipped_definition_passes_the_schema() -> None:
    """shipped() leaves the schema check to this test (it keeps jsonschema out of start-up)."""
    texts = shipped_texts()
    assert len(texts) == len(shipped())
    for name, text in texts.items():
        assert parse_definition(text) in shipped(), name


def test_every_shipped_definition_loads_in_english_and_french() -> None:
    ids = {i.id for i in shipped()}
    assert ids == {"alliance-checkin", "alliance-practitioner", "pain-nrs", "function-psfs"}
    for instrument in shipped():
        assert set(instrument.languages) == {"en", "fr"}
        for item in instrument.items:
            assert (item.text["en"] and item.text["fr"] and item.text["en"] != item.text["fr"]) or (
                item.text["en"].startswith("Activity")
            )
    checkin = next(i for i in shipped() if i.id == "alliance-checkin")
    assert [i.id for i in checkin.items] == [
        "goal",
        "task",
        "bond",
        "trust",
        "respect",
        "touch",
        "overall",
    ]
    assert set(checkin.subscales) == {"goal", "task", "bond", "trust"}
    assert checkin.total_range() == (0, 70)


def test_hand_computed_scores_reverse_keys_and_missing() -> None:
    inst = instrument_from_dict(_definition())
    # b is reversed on 1..5: 2 -> 4. total = a + b' = 3 + 4
    result = score(inst, {"a": 3, "b": 2, "c": 1})
    assert result.total == 7
    assert result.subscales == {"first": 3.5, "yes": 1}
    # one missing of two is allowed and replaced by the mean of the rest (3 -> total 6)
    result = score(inst, {"a": 3, "b": None, "c": None})
    assert result.total == 6
    assert result.subscales["first"] is None  # its max_missing is 0
    assert result.subscales["yes"] is None
    assert result.missing == 2
    # more missing than allowed: not scored, never zero
    assert score(inst, {"c": 0}).total is None


def test_checkin_scores_like_the_definition_says() -> None:
    checkin = next(i for i in shipped() if i.id == "alliance-checkin")
    answers = {
        "goal": 9,
        "task": 8,
        "bond": 10,
        "trust": 10,
        "respect": 6,
        "touch": None,
        "overall": 9,
    }
    result = score(checkin, answers)
    # six answered, mean 52/6 imputed once: 52 + 52/6
    assert result.total == pytest.approx(52 + 52 / 6)
    assert result.subscales["bond"] == 8  # (10 + 6) / 2
    assert result.subscales["trust"] == 10  # touch missing, one allowed
    assert result.subscales["goal"] == 9


def test_psfs_mean_of_the_rated_activities() -> None:
    psfs = next(i for i in shipped() if i.id == "function-psfs")
    assert score(psfs, {"a1": 4, "a2": 6}).total == 5
    assert score(psfs, {}).total is None


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (lambda d: d.pop("items"), "", "'items' is missing"),
        (
            lambda d: d["items"][1]["scale"].update(max=0),
            "items[1].scale.max",
            "must be greater than min",
        ),
        (
            lambda d: d["items"][0]["text"].pop("fr"),
            "items[0].text.fr",
            "the text in this language is missing",
        ),
        (
            lambda d: d["scoring"]["subscales"]["first"].update(items=["a", "zz"]),
            "scoring.subscales.first.items[1]",
            "there is no item 'zz'",
        ),
        (lambda d: d["items"][2].update(id="a"), "items[2].id", "used twice"),
        (
            lambda d: d["items"][0]["scale"].update(type="stars"),
            "items[0].scale.type",
            "is not one of",
        ),
        (lambda d: d.update(version="one"), "version", "is not of type 'integer'"),
        (
            lambda d: d["cutoffs"][0].update(at_or_below=99),
            "cutoffs[0].at_or_below",
            "outside the total's range",
        ),
        (lambda d: d.update(colour="blue"), "", "Unknown field"),
        (
            lambda d: d["scoring"]["total"].update(max_missing=2),
            "scoring.total.max_missing",
            "must be fewer than",
        ),
    ],
)
def test_broken_definitions_name_the_field(mutate: Any, path: str, problem: str) -> None:
    data = _definition()
    mutate(data)
    with pytest.raises(DefinitionError) as err:
        parse_definition(json.dumps(data))
    assert err.value.path == path
    assert problem in err.value.message


def test_not_json_at_all() -> None:
    with pytest.raises(DefinitionError, match="not valid JSON"):
        parse_definition("{ this is not json")


def test_answers_outside_the_scale_are_refused_not_clamped() -> None:
    inst = instrument_from_dict(_definition())
    with pytest.raises(ValidationError, match="must be one of 1, 2, 3, 4, 5"):
        score(inst, {"a": 7})
    with pytest.raises(ValidationError, match="from 1 to 5"):
        score(inst, {"b": 0})
    with pytest.raises(ValidationError, match="no item 'z'"):
        score(inst, {"z": 1})


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.sampled_from(["goal", "task", "bond", "trust", "respect", "touch", "overall"]),
        st.one_of(st.none(), st.integers(0, 10), st.floats(0, 10)),
    )
)
def test_random_checkins_always_score_in_range(answers: dict[str, float | None]) -> None:
    checkin = next(i for i in shipped() if i.id == "alliance-checkin")
    result = score(checkin, answers)
    if result.total is not None:
        assert 0 <= result.total <= 70
    for value in result.subscales.values():
        assert value is None or 0 <= value <= 10


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "x"]),
        st.one_of(st.none(), st.integers(-5, 10), st.floats(allow_nan=True)),
    )
)
def test_random_answers_never_crash_scoring(answers: dict[str, float | None]) -> None:
    inst = instrument_from_dict(_definition())
    try:
        result = score(inst, answers)
    except ValidationError:
        return
    low, high = inst.total_range()
    assert result.total is None or low <= result.total <= high


@given(
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5)),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=6), children, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_arbitrary_json_is_rejected_cleanly(data: Any) -> None:
    try:
        parse_definition(json.dumps(data))
    except DefinitionError:
        return
    pytest.fail("an arbitrary document was accepted as a definition")


def test_mutated_shipped_definition_changes_do_not_touch_the_original() -> None:
    checkin = next(i for i in shipped() if i.id == "alliance-checkin")
    data = copy.deepcopy(_definition())
    data["id"] = checkin.id
    assert instrument_from_dict(data).id == checkin.id
    assert len(next(i for i in shipped() if i.id == "alliance-checkin").items) == 7
