"""Pure domain rules: validation, search keys, CPD cycles, change sets."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.cpd import CpdActivity, cpd_totals, cycle_containing
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import age_on, matches, search_key
from alliance_desktop.domain.vocab import CpdTheme, VisitType
from alliance_desktop.services.instruments import shipped


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(), st.none(), st.booleans()))
def test_score_accepts_only_whole_numbers_in_range_and_never_clamps(value: object) -> None:
    try:
        result = v.score(value, "pain_before")
    except ValidationError as exc:
        assert exc.field == "pain_before"
        assert "pain before" in exc.message
        return
    if value is None or value == "":
        assert result is None
    else:
        assert result == value and 0 <= result <= 10


@given(
    st.dictionaries(
        st.sampled_from(["goal", "task", "bond", "trust", "x"]),
        st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    )
)
def test_checkin_answers_are_checked_never_crash(answers: dict[str, float | None]) -> None:
    spec = next(i for i in shipped() if i.id == "alliance-checkin")
    try:
        checked = spec.check_answers(answers)
    except ValidationError:
        return
    assert all(val is None or 0 <= val <= 10 for val in checked.values())


def test_search_is_accent_and_case_insensitive() -> None:
    key = search_key("Lefèvre", "Hélène", "Lène", dt.date(1980, 12, 31))
    assert matches(key, "helene lef")
    assert matches(key, "31/12/1980")
    assert matches(key, "1980-12")
    assert not matches(key, "dupont")


def _fold_whole(text: str) -> str:
    """The search key as it was first written: the joined text folded in one go."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@given(st.text(), st.text(), st.text(), st.one_of(st.none(), st.dates()))
def test_search_key_folded_name_by_name_is_the_same_as_folded_whole(
    family: str, given_names: str, preferred: str, born: dt.date | None
) -> None:
    """search_key folds (and caches) each name on its own, for speed: never a different key."""
    parts = [family, given_names, preferred]
    if born is not None:
        parts += [born.isoformat(), born.strftime("%d/%m/%Y")]
    assert search_key(family, given_names, preferred, born) == _fold_whole(" ".join(parts))


def test_age_on_birthday_boundaries() -> None:
    born = dt.date(2000, 2, 29)
    assert age_on(born, dt.date(2026, 2, 28)) == 25
    assert age_on(born, dt.date(2026, 3, 1)) == 26
    assert age_on(None, dt.date(2026, 1, 1)) is None


def test_cpd_cycles_repeat_every_three_years() -> None:
    assert cycle_containing(dt.date(2024, 9, 1), dt.date(2026, 11, 25)) == (
        dt.date(2024, 9, 1),
        dt.date(2027, 8, 31),
    )
    assert cycle_containing(dt.date(2024, 9, 1), dt.date(2028, 1, 1))[0] == dt.date(2027, 9, 1)
    assert cycle_containing(dt.date(2024, 9, 1), dt.date(2023, 1, 1))[0] == dt.date(2021, 9, 1)


def test_cpd_totals_count_only_inside_the_cycle() -> None:
    acts = [
        CpdActivity(dt.date(2025, 1, 1), 60 * 50, True, frozenset(CpdTheme), True, True),
        CpdActivity(dt.date(2025, 6, 1), 60 * 40, False, frozenset(), False, False),
        CpdActivity(dt.date(2020, 1, 1), 600, True, frozenset(), False, False),
    ]
    totals = cpd_totals(acts, cycle_start=dt.date(2024, 9, 1), cycle_end=dt.date(2027, 8, 31))
    assert totals.hours == 90 and totals.hours_with_others == 50
    assert totals.requirements_met
    assert "90 of 90 h" in totals.summary()


def test_labels_and_parse() -> None:
    assert VisitType.FIRST.label == "First visit"
    assert VisitType.parse("review", field="visit_type") is VisitType.REVIEW
    with pytest.raises(ValidationError, match="not a valid choice for visit type"):
        VisitType.parse("party", field="visit_type")


def test_change_sets() -> None:
    change = ChangeSet.of("visit", patient_id=3) | ChangeSet.of("goal", patient_id=3)
    assert change.touches("visit", 3) and change.touches("goal")
    assert not change.touches("visit", 4)
    assert ChangeSet.of("patient").touches("patient", 9)
