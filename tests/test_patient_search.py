"""The patient list's search: typing on narrows within the rows shown, and the result is
always the same as searching all patients afresh."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.patient_list import PatientRow
from alliance_desktop.domain.people import fold, search_key
from alliance_desktop.ui.models.patient_table_model import (
    PatientFilter,
    PatientSort,
    PatientTableModel,
)

NAMES = [
    ("Dubois", "Hélène", ""),
    ("Morel", "Jean-Marc", "Marco"),
    ("O'Brien", "Siobhán", ""),
    ("Martin", "Marie", ""),
    ("Moreau", "Léa", "Lea"),
    ("Smith", "Dan", ""),
    ("Durand", "Marc", ""),
]


def _rows() -> list[PatientRow]:
    rows = []
    for i in range(140):
        family, given, preferred = NAMES[i % len(NAMES)]
        born = dt.date(1940 + i % 60, 1 + i % 12, 1 + i % 28)
        rows.append(
            PatientRow(
                id=i + 1,
                family_name=f"{family}{'' if i < 7 else i}",
                given_names=given,
                preferred_name=preferred,
                date_of_birth=born,
                archived=i % 9 == 0,
                last_visit=dt.datetime(2026, 1, 1) + dt.timedelta(days=i * 3 % 101),
                visit_count=i % 20,
                search_key=search_key(f"{family}{i}", given, preferred, born),
                open_alerts=i % 4 == 0,
            )
        )
    return rows


def _expected(model: PatientTableModel, rows: list[PatientRow], text: str) -> list[int]:
    words = fold(text).split()
    fresh = PatientTableModel()
    fresh.set_sort(model._sort)
    fresh.set_filter(model._filter)
    fresh.set_rows(rows)
    return [
        fresh.row_at(i).id  # type: ignore[union-attr]
        for i in range(fresh.rowCount())
        if all(w in fresh.row_at(i).search_key for w in words)  # type: ignore[union-attr]
    ]


def _shown(model: PatientTableModel) -> list[int]:
    return [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    keys=st.lists(st.sampled_from([*"mardeuo 19lé", "<back>"]), max_size=14),
    sort=st.sampled_from(list(PatientSort)),
    kind=st.sampled_from(list(PatientFilter)),
)
def test_typing_and_deleting_always_shows_what_a_fresh_search_shows(
    qtbot: QtBot, keys: list[str], sort: PatientSort, kind: PatientFilter
) -> None:
    rows = _rows()
    model = PatientTableModel()
    model.set_sort(sort)
    model.set_filter(kind)
    model.set_rows(rows)
    text = ""
    for key in keys:
        text = text[:-1] if key == "<back>" else text + key
        model.set_query(text)
        assert _shown(model) == _expected(model, rows, text), text
        for i in range(model.rowCount()):
            assert model.row_of(model.row_at(i).id) == i  # type: ignore[union-attr]


def test_accents_and_case_do_not_matter(qtbot: QtBot) -> None:
    model = PatientTableModel()
    model.set_filter(PatientFilter.ALL)
    model.set_rows(_rows())
    model.set_query("HELENE dub")
    shown = _shown(model)
    assert shown and all("helene" in model.row_at(i).search_key for i in range(len(shown)))  # type: ignore[union-attr]
    model.set_query("helene dubx")
    assert _shown(model) == []
    model.set_query("helene")
    assert len(_shown(model)) == len(shown)  # deleting widens again
