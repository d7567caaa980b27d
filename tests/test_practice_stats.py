"""Practice overview figures: a small hand-built practice with every number worked out by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import ALLIANCE_ITEMS, CHECKIN_ID
from alliance_desktop.domain.vocab import Respondent
from alliance_desktop.services import Services
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.services.practice_stats import (
    PracticeOverview,
    PracticeStatsService,
    pain_improved_meaningfully,
)
from alliance_desktop.services.questionnaires import ResponseInput
from tests.factories import visit_time

TODAY = dt.date.today()
#: The period of most tests: 60 to 10 days ago, both days included.
START = TODAY - dt.timedelta(days=60)
END = TODAY - dt.timedelta(days=10)


def _stats(services: Services) -> PracticeStatsService:
    return PracticeStatsService(services.store, services.instruments)


def _answers(value: float | None, **other: float | None) -> dict[str, float | None]:
    return {item: other.get(item, value) for item in ALLIANCE_ITEMS}


@dataclass
class _Practice:
    """Ids of the hand-built practice, by patient letter."""

    patients: dict[str, int]
    episodes: dict[str, int]
    visits: dict[str, int]


def _build(services: Services) -> _Practice:
    """Six patients, one episode each; visits by days ago (period: 60 to 10 days ago).

    Check-in totals are of 70 (seven items 0-10); the concern line is 63.

    A: a1 100d (before) all 9 = 63 | a2 50d rupture+repair, all 6 = 42, pain 6
       | a3 40d two check-ins, all 7 then all 9: the last (63) counts, pain 4 | a4 5d (after) 70
    B: b1 45d rupture, no repair, goal 5 rest 10 = 65, pain 5 | b2 30d all 9 = 63, pain 5
    C: c1 55d rupture+repair, pain 6, no check-in | c2 20d pain 3, only the practitioner's own
       rating (not a patient check-in) | c3 2d (after) all 10 = 70
    D: d1 35d goal missing, rest 10 (scored 70, perfect), pain 3
       | d2 25d three missing, rest 8 (not scored) | d3 12d all 10 (perfect), pain 2
    E: e1 90d (before) all 2 = 14, pain 9 | e2 15d rupture, no repair, pain 7, no check-in
    F: f1 80d (before) all 2 = 14: seen only before the period
    """
    patients: dict[str, int] = {}
    episodes: dict[str, int] = {}
    visits: dict[str, int] = {}
    families = ("Abbott", "Byrne", "Costa", "Dubois", "Evans", "Fofana")
    for letter, family in zip("ABCDEF", families, strict=True):
        patient = services.patients.create(
            PatientInput(family_name=family, given_names="Sam", storage_consent=True)
        )
        patients[letter] = patient.id
        episodes[letter] = services.episodes.open(
            patient.id, "Low back pain", TODAY - dt.timedelta(days=200)
        ).id

    def visit(
        name: str,
        days_ago: int,
        *checkins: dict[str, float | None],
        pain: int | None = None,
        rupture: bool = False,
        repair: bool = False,
        own_rating: dict[str, int | None] | None = None,
    ) -> None:
        patient_id = patients[name[0].upper()]
        detail = services.visits.create(patient_id, visit_time(days_ago))
        visits[name] = detail.id
        services.visits.save_draft(
            detail.id,
            replace(
                detail.draft,
                pain_before=pain,
                rupture_noticed=rupture,
                repair_tried=repair,
                practitioner_rating=own_rating or {},
            ),
        )
        for index, answers in enumerate(checkins):
            services.questionnaires.record(
                ResponseInput(
                    patient_id=patient_id,
                    visit_id=detail.id,
                    instrument_id=CHECKIN_ID,
                    instrument_version=1,
                    respondent=Respondent.PATIENT,
                    answered_at=detail.draft.starts_at + dt.timedelta(minutes=30 + 10 * index),
                    answers=answers,
                )
            )

    visit("a1", 100, _answers(9))
    visit("a2", 50, _answers(6), pain=6, rupture=True, repair=True)
    visit("a3", 40, _answers(7), _answers(9), pain=4)
    visit("a4", 5, _answers(10), pain=2)
    visit("b1", 45, _answers(10, goal=5), pain=5, rupture=True)
    visit("b2", 30, _answers(9), pain=5)
    visit("c1", 55, pain=6, rupture=True, repair=True)
    visit("c2", 20, pain=3, own_rating={"goal": 5, "task": 5, "bond": 5})
    visit("c3", 2, _answers(10))
    visit("d1", 35, _answers(10, goal=None), pain=3)
    visit("d2", 25, _answers(8, goal=None, task=None, bond=None))
    visit("d3", 12, _answers(10), pain=2)
    visit("e1", 90, _answers(2), pain=9)
    visit("e2", 15, pain=7, rupture=True)
    visit("f1", 80, _answers(2))
    return _Practice(patients, episodes, visits)


@pytest.fixture
def practice(services: Services) -> _Practice:
    return _build(services)


def test_activity_checkin_rate_ceiling_and_distribution(
    services: Services, practice: _Practice
) -> None:
    o = _stats(services).overview(START, END)
    assert (o.start, o.end) == (START, END)
    # In the period: a2 a3 b1 b2 c1 c2 d1 d2 d3 e2 (a1 a4 c3 e1 f1 are outside it).
    assert o.visits == 10
    assert o.patients_seen == 5
    assert o.episodes_seen == 5
    # Check-ins at a2 a3 b1 b2 d1 d2 d3; c2 has only the practitioner's own rating.
    assert o.visits_with_checkin == 7
    assert o.checkin_rate == pytest.approx(0.7)
    # Scores in visit order: a2 42/7, b1 65/7, a3 63/7 (its last check-in), d1 70/7 (one
    # missing answer, imputed), b2 63/7, d3 70/7; d2 has three missing answers: not scored.
    assert o.checkin_scores == pytest.approx((6.0, 65 / 7, 9.0, 10.0, 9.0, 10.0))
    assert o.checkins_scored == 6
    # Perfect: d1 (every answered item at 10) and d3.
    assert o.perfect_checkins == 2
    assert o.perfect_share == pytest.approx(2 / 7)


def test_ruptures_noticed_repaired_and_recovered(services: Services, practice: _Practice) -> None:
    o = _stats(services).overview(START, END)
    # a2, b1, c1 and e2 noticed; a2 and c1 repaired.
    assert o.ruptures_noticed == 4
    assert o.repairs_tried == 2
    # a2: later a3 (63) >= the last check-in before, a1 (63, before the period): recovered.
    # b1: nothing before; later b2 (63) is not above the concern line 63: not recovered.
    # c1: nothing before; later c3 (70, after the period) is above 63: recovered.
    # e2: no later check-in in the episode: cannot be judged.
    assert o.ruptures_followed_up == 3
    assert o.ruptures_recovered == 2
    assert o.repaired_recovered == 2


def test_first_versus_latest_alliance(services: Services, practice: _Practice) -> None:
    o = _stats(services).overview(START, END)
    # A: a2 6 -> a3 9; B: b1 65/7 -> b2 9; D: d1 10 -> d3 10 (d2 not scored);
    # C has no check-in in the period and E none at all in it.
    assert o.first_latest_episodes == 3
    assert o.first_latest == (
        pytest.approx((6.0, 9.0)),
        pytest.approx((65 / 7, 9.0)),
        pytest.approx((10.0, 10.0)),
    )
    assert o.first_mean == pytest.approx((6 + 65 / 7 + 10) / 3)
    assert o.latest_mean == pytest.approx(28 / 3)


def test_alliance_against_pain_improvement(services: Services, practice: _Practice) -> None:
    o = _stats(services).overview(START, END)
    # A: alliance (6 + 9) / 2, pain 6 -> 4; B: (65/7 + 9) / 2, pain 5 -> 5;
    # D: (10 + 10) / 2, pain 3 -> 2 (d2 has no pain). C has pain but no check-in in the
    # period; E has pain at one visit of the period only.
    assert o.alliance_pain_episodes == 3
    assert o.alliance_pain_points == (
        pytest.approx((7.5, 2.0)),
        pytest.approx(((65 / 7 + 9) / 2, 0.0)),
        pytest.approx((10.0, 1.0)),
    )
    # A improved by 2 points, D by a third of where it started; B not at all.
    assert o.pain_improved_meaningfully == 2


def test_patients_needing_attention_follow_the_badge_rule(
    services: Services, practice: _Practice
) -> None:
    stats = _stats(services)
    b, e, f = (practice.patients[x] for x in "BEF")
    # B: at b2 the total (63) is at the concern line and fell from 65; nothing later recovers.
    # E: e1 (all 2, before the period) is still E's latest check-in, so its alerts are open;
    # E was seen in the period (e2). A's and D's alerts have recovered; C has none.
    # F's badge shows too, but F was not seen in the period.
    badged = {pid for pid in practice.patients.values() if services.patients.row(pid).open_alerts}
    assert badged == {b, e, f}
    o = stats.overview(START, END)
    assert o.attention_patient_ids == (b, e)
    assert o.attention_patients == 2
    assert stats.overview(TODAY - dt.timedelta(days=100), END).attention_patient_ids == (b, e, f)
    # Acknowledged alerts leave the badge, and the figure.
    for alert in services.alerts.for_patient(b):
        if alert.needs_attention:
            services.alerts.acknowledge(alert.id, "Talked it through")
    assert stats.overview(START, END).attention_patient_ids == (e,)


def test_discharged_episodes_do_not_count_for_attention(
    services: Services, practice: _Practice
) -> None:
    services.episodes.discharge(practice.episodes["B"], TODAY)
    o = _stats(services).overview(START, END)
    assert o.attention_patient_ids == (practice.patients["E"],)
    assert o.attention_patients == 1
    assert o.visits == 10  # the visits themselves still count


def test_the_period_bounds_are_inclusive_and_other_visits_ignored(
    services: Services, practice: _Practice
) -> None:
    stats = _stats(services)
    day_a2 = TODAY - dt.timedelta(days=50)
    one_day = stats.overview(day_a2, day_a2)
    assert (one_day.visits, one_day.visits_with_checkin, one_day.ruptures_noticed) == (1, 1, 1)
    assert one_day.checkin_scores == pytest.approx((6.0,))
    # Recovery is still judged on the whole episode: a1 before and a3 after this one day.
    assert (one_day.ruptures_followed_up, one_day.ruptures_recovered) == (1, 1)
    assert one_day.first_latest == () and one_day.alliance_pain_points == ()

    everything = stats.overview(TODAY - dt.timedelta(days=365), TODAY)
    assert everything.visits == 15
    assert everything.visits_with_checkin == 12
    assert everything.patients_seen == 6
    # A now runs a1 9 -> a4 10; C (c3), E (e1) and F (f1) have one scored check-in each.
    assert everything.first_latest == (
        pytest.approx((9.0, 10.0)),
        pytest.approx((65 / 7, 9.0)),
        pytest.approx((10.0, 10.0)),
    )
    # In order of each episode's first pain: E (e1 9 -> e2 7, alliance 2), C (6 -> 3, c3 10),
    # A (6 -> 2, (9 + 6 + 9 + 10) / 4), B, D.
    assert everything.alliance_pain_points == (
        pytest.approx((2.0, 2.0)),
        pytest.approx((10.0, 3.0)),
        pytest.approx((8.5, 4.0)),
        pytest.approx(((65 / 7 + 9) / 2, 0.0)),
        pytest.approx((10.0, 1.0)),
    )
    assert everything.pain_improved_meaningfully == 4
    patients = practice.patients
    assert everything.attention_patient_ids == (patients["B"], patients["E"], patients["F"])

    nothing = stats.overview(TODAY - dt.timedelta(days=300), TODAY - dt.timedelta(days=250))
    assert nothing.visits == 0 and nothing.checkin_scores == ()


def _assert_empty(o: PracticeOverview) -> None:
    assert (o.visits, o.patients_seen, o.episodes_seen, o.visits_with_checkin) == (0, 0, 0, 0)
    assert (o.checkin_rate, o.perfect_share, o.first_mean, o.latest_mean) == (0.0, 0.0, 0.0, 0.0)
    assert (o.checkin_scores, o.first_latest, o.alliance_pain_points) == ((), (), ())
    assert (o.checkins_scored, o.perfect_checkins) == (0, 0)
    assert (o.attention_patient_ids, o.attention_patients) == ((), 0)
    assert (o.ruptures_noticed, o.repairs_tried, o.ruptures_followed_up) == (0, 0, 0)
    assert (o.ruptures_recovered, o.repaired_recovered) == (0, 0)
    assert (o.first_latest_episodes, o.alliance_pain_episodes) == (0, 0)
    assert o.pain_improved_meaningfully == 0


def test_an_empty_practice_gives_zeros(services: Services) -> None:
    _assert_empty(_stats(services).overview(START, END))
    _assert_empty(_stats(services).overview(dt.date.min, dt.date.max))


def test_a_period_with_no_visits_gives_zeros(services: Services, practice: _Practice) -> None:
    far = TODAY - dt.timedelta(days=1000)
    _assert_empty(_stats(services).overview(far, far + dt.timedelta(days=30)))


def test_bad_periods_are_refused_in_plain_words(services: Services) -> None:
    stats = _stats(services)
    with pytest.raises(ValidationError, match="before it starts") as caught:
        stats.overview(END, START)
    assert caught.value.field == "end"
    with pytest.raises(ValidationError, match="as a date"):
        stats.overview("2026-01-01", END)  # type: ignore[arg-type]
    # A date and time is taken as its day.
    moment = dt.datetime.combine(START, dt.time(15, 30))
    assert stats.overview(moment, END).start == START


@pytest.mark.parametrize(
    ("first", "latest", "meaningful"),
    [
        (5, 3, True),  # 2 points
        (10, 8, True),  # 2 points, 20%
        (3, 2, True),  # 1 point, 33%
        (10, 9, False),  # 1 point, 10%
        (4, 3, False),  # 1 point, 25%
        (0, 0, False),
        (5, 6, False),  # worse
    ],
)
def test_meaningful_pain_change(first: int, latest: int, meaningful: bool) -> None:
    assert pain_improved_meaningfully(first, latest) is meaningful


def test_demo_practice_figures_are_consistent(demo_services: Services) -> None:
    sv = demo_services
    start, end = TODAY - dt.timedelta(days=3 * 365), TODAY
    o = _stats(sv).overview(start, end)
    assert o.visits > 0
    for rate in (o.checkin_rate, o.perfect_share):
        assert 0.0 <= rate <= 1.0
    assert o.patients_seen <= o.episodes_seen <= o.visits
    assert o.checkins_scored == len(o.checkin_scores) <= o.visits_with_checkin <= o.visits
    assert all(0.0 <= x <= 10.0 for x in o.checkin_scores)
    assert o.perfect_checkins <= o.visits_with_checkin
    assert o.attention_patients == len(o.attention_patient_ids) <= o.patients_seen
    assert list(o.attention_patient_ids) == sorted(set(o.attention_patient_ids))
    assert o.repairs_tried <= o.ruptures_noticed
    assert o.ruptures_recovered <= o.ruptures_followed_up <= o.ruptures_noticed
    assert o.repaired_recovered <= min(o.ruptures_recovered, o.repairs_tried)
    assert o.first_latest_episodes == len(o.first_latest) <= o.episodes_seen
    assert o.alliance_pain_episodes == len(o.alliance_pain_points) <= o.episodes_seen
    assert o.pain_improved_meaningfully <= o.alliance_pain_episodes
    assert all(0.0 <= a <= 10.0 and 0.0 <= b <= 10.0 for a, b in o.first_latest)
    assert all(0.0 <= x <= 10.0 and -10.0 <= y <= 10.0 for x, y in o.alliance_pain_points)

    # The same counts by another road: each patient's visit list and alert list.
    rows = [
        row
        for patient in sv.patients.rows()
        for row in sv.visits.for_patient(patient.id)
        if start <= row.starts_at.date() <= end
    ]
    assert o.visits == len(rows)
    assert o.visits_with_checkin == sum(row.has_checkin for row in rows)
    assert o.ruptures_noticed == sum(row.rupture_noticed for row in rows)
    assert o.patients_seen == len({row.patient_id for row in rows})
    seen = {row.patient_id for row in rows}
    badged = {pid for pid in seen if sv.patients.row(pid).open_alerts}
    assert set(o.attention_patient_ids) == badged
