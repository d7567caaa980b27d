"""The alert engine, rule by rule (a case that fires and one that does not), and its service."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.alerts import AlertKind, CheckinObs, Severity, VisitObs, evaluate
from alliance_desktop.domain.instruments import AlertRules
from alliance_desktop.domain.vocab import Respondent
from alliance_desktop.services import Services
from alliance_desktop.services.goals import GoalInput
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.visits import VisitDraft
from tests.factories import make_patient, visit_time

RULES = AlertRules(
    concern_at_or_below=63,
    drop_since_last=1,
    drop_from_baseline=1,
    baseline_checkins=2,
    low_item_below=9,
    perfect_streak=3,
    gap_points=3,
    stalled_visits=3,
)
TODAY = dt.date(2026, 6, 1)
ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")


def _visit(day: int, values: dict[str, float] | None = None, **extra: object) -> VisitObs:
    checkin = None
    if values is not None:
        items = {i: values.get(i, 10.0) for i in ITEMS}
        checkin = CheckinObs(total=sum(items.values()), items=items, item_max=10, total_max=70)
    return VisitObs(visit_id=day, at=dt.datetime(2026, 5, day, 10), checkin=checkin, **extra)  # type: ignore[arg-type]


def _kinds(visits: list[VisitObs]) -> dict[AlertKind, list[int]]:
    out: dict[AlertKind, list[int]] = {}
    for f in evaluate(RULES, visits, today=TODAY):
        out.setdefault(f.kind, []).append(f.visit_id)
    return out


ALL_NINES = dict.fromkeys(ITEMS, 9.0)  # total 63: at the concern line, no item under 9


def test_concern_at_or_under_the_line_fires_and_recovery_is_seen() -> None:
    visits = [_visit(1, ALL_NINES), _visit(2, {})]
    findings = evaluate(RULES, visits, today=TODAY)
    concern = [f for f in findings if f.kind is AlertKind.CONCERN]
    assert [f.visit_id for f in concern] == [1]
    assert concern[0].recovered_visit_id == 2
    assert "63 of 70" in concern[0].what
    assert AlertKind.CONCERN not in _kinds([_visit(1, {"goal": 9.5, **{}})])


def test_drop_since_last_visit() -> None:
    assert _kinds([_visit(1, {}), _visit(2, {"overall": 9})])[AlertKind.DROP_SINCE_LAST] == [2]
    assert AlertKind.DROP_SINCE_LAST not in _kinds([_visit(1, {"overall": 9}), _visit(2, {})])


def test_drop_from_the_patients_own_baseline() -> None:
    visits = [
        _visit(1, {}),
        _visit(2, {"overall": 9.5}),
        _visit(3, {"overall": 9.5}),
        _visit(4, {"overall": 8.5}),
    ]
    assert _kinds(visits)[AlertKind.DROP_FROM_BASELINE] == [4]
    steady = [_visit(1, {}), _visit(2, {}), _visit(3, {"overall": 9.5})]
    assert AlertKind.DROP_FROM_BASELINE not in _kinds(steady)


def test_any_low_item() -> None:
    findings = evaluate(RULES, [_visit(1, {"touch": 7})], today=TODAY)
    low = [f for f in findings if f.kind is AlertKind.LOW_ITEM]
    assert len(low) == 1 and "comfort with touch 7" in low[0].what
    assert AlertKind.LOW_ITEM not in _kinds([_visit(1, ALL_NINES)])


def test_three_perfect_checkins_in_a_row_invite_candour() -> None:
    found = evaluate(RULES, [_visit(d, {}) for d in (1, 2, 3)], today=TODAY)
    streak = [f for f in found if f.kind is AlertKind.PERFECT_STREAK]
    assert [f.visit_id for f in streak] == [3] and streak[0].severity is Severity.INFO
    broken = [_visit(1, {}), _visit(2, {"goal": 9}), _visit(3, {})]
    assert AlertKind.PERFECT_STREAK not in _kinds(broken)


def test_patient_practitioner_gap() -> None:
    gap = _visit(1, {}, patient_subscales={"bond": 10.0}, practitioner_subscales={"bond": 6.0})
    assert _kinds([gap])[AlertKind.RATING_GAP] == [1]
    close = _visit(1, {}, patient_subscales={"bond": 10.0}, practitioner_subscales={"bond": 8.0})
    assert AlertKind.RATING_GAP not in _kinds([close])


def test_missed_checkin_is_grey_not_zero() -> None:
    found = evaluate(RULES, [_visit(1, None)], today=TODAY)
    assert [(f.kind, f.severity) for f in found] == [(AlertKind.MISSED_CHECKIN, Severity.INFO)]
    today_visit = VisitObs(visit_id=9, at=dt.datetime(2026, 6, 1, 9))
    assert evaluate(RULES, [today_visit], today=TODAY) == []


def test_stalled_goal_while_agreement_falls() -> None:
    words = {7: "Garden again"}

    def v(day: int, agreement: float, progress: int) -> VisitObs:
        return _visit(day, {"goal": agreement}, goal_progress={7: progress}, goal_words=words)

    assert _kinds([v(1, 10, 3), v(2, 9.5, 3), v(3, 9, 3)])[AlertKind.STALLED_GOAL] == [3]
    assert AlertKind.STALLED_GOAL not in _kinds([v(1, 10, 3), v(2, 9.5, 4), v(3, 9, 5)])
    assert AlertKind.STALLED_GOAL not in _kinds([v(1, 10, 3), v(2, 10, 3), v(3, 10, 3)])


def test_every_finding_explains_itself() -> None:
    visits = [
        _visit(1, {}),
        _visit(
            2,
            {"touch": 5, "bond": 6},
            patient_subscales={"bond": 6.0},
            practitioner_subscales={"bond": 10.0},
        ),
    ]
    for f in evaluate(RULES, visits, today=TODAY):
        assert f.what and f.why and f.suggestion


# ------------------------------------------------------------------ service


def _checkin(services: Services, patient_id: int, visit_id: int, **values: float) -> None:
    answers = {i: values.get(i, 10.0) for i in ITEMS}
    services.questionnaires.record(
        ResponseInput(
            patient_id=patient_id,
            visit_id=visit_id,
            instrument_id="alliance-checkin",
            instrument_version=1,
            respondent=Respondent.PATIENT,
            answered_at=services.visits.get(visit_id).draft.starts_at,
            answers=answers,
        )
    )


def test_alerts_are_stored_badged_acknowledged_and_recover(services: Services) -> None:
    p = make_patient(services)
    first = services.visits.create(p.id, visit_time(14))
    _checkin(services, p.id, first.id)
    assert services.patients.row(p.id).open_alerts == 0
    second = services.visits.create(p.id, visit_time(7))
    _checkin(services, p.id, second.id, touch=6)
    alerts = services.alerts.for_patient(p.id)
    kinds = {a.kind for a in alerts if a.needs_attention}
    assert {AlertKind.LOW_ITEM, AlertKind.DROP_SINCE_LAST} <= kinds
    badge = services.patients.row(p.id).open_alerts
    assert badge == len([a for a in alerts if a.needs_attention])

    low = next(a for a in alerts if a.kind is AlertKind.LOW_ITEM)
    services.alerts.acknowledge(low.id, "Talked about it; agreed to ask before neck work")
    assert services.patients.row(p.id).open_alerts == badge - 1
    assert next(a for a in services.alerts.for_patient(p.id) if a.id == low.id).note

    third = services.visits.create(p.id, visit_time(0))
    _checkin(services, p.id, third.id)
    drop = next(a for a in services.alerts.for_patient(p.id) if a.kind is AlertKind.DROP_SINCE_LAST)
    assert drop.recovered_visit_id == third.id
    assert services.patients.row(p.id).open_alerts == 0


def test_own_rating_gap_comes_from_the_visit_editor_save(services: Services) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(1))
    _checkin(services, p.id, visit.id)
    services.visits.save_draft(
        visit.id,
        VisitDraft(
            starts_at=visit.draft.starts_at,
            visit_type=visit.draft.visit_type,
            practitioner_rating={"bond": 5},
        ),
    )
    gap = [a for a in services.alerts.for_patient(p.id) if a.kind is AlertKind.RATING_GAP]
    assert len(gap) == 1 and "You rated bond 5, the patient 10" in gap[0].what


def test_discharged_episodes_do_not_badge(services: Services) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(3))
    _checkin(services, p.id, visit.id, goal=2)
    assert services.patients.row(p.id).open_alerts > 0
    episode = services.patients.get(p.id).current_episode
    assert episode is not None
    services.episodes.discharge(episode.id, dt.date.today())
    assert services.patients.row(p.id).open_alerts == 0


def test_stalled_goal_needs_goal_progress(services: Services) -> None:
    p = make_patient(services)
    assert p.current_episode is not None
    goal = services.goals.add(p.current_episode.id, GoalInput(wording="Garden again"))
    for days, agreement in ((21, 10), (14, 9), (7, 8)):
        visit = services.visits.create(p.id, visit_time(days))
        services.goals.record_progress(goal.id, visit.id, 3)
        _checkin(services, p.id, visit.id, goal=agreement)
    stalled = [a for a in services.alerts.for_patient(p.id) if a.kind is AlertKind.STALLED_GOAL]
    assert len(stalled) == 1 and "Garden again" in stalled[0].what


@pytest.mark.parametrize("kind", list(AlertKind))
def test_every_kind_has_a_label(kind: AlertKind) -> None:
    assert kind.label and kind.label[0].isupper()
