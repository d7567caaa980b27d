"""Services through their public surface, on a real database file per test."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.errors import ConfirmationRequired, NotFoundError, ValidationError
from alliance_desktop.domain.vocab import (
    Adherence,
    ConsentDecision,
    CpdTheme,
    EpisodeStatus,
    GoalStatus,
    ReflectionTemplate,
    Respondent,
    VisitStatus,
    VisitType,
)
from alliance_desktop.services import Services
from alliance_desktop.services.goals import GoalInput, StrategyInput
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.reflections import ReflectionInput
from alliance_desktop.services.visits import VisitDraft
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.unit_of_work import Store
from tests.factories import make_patient, visit_time

# ---------------------------------------------------------------- patients


def test_patient_round_trip_with_unicode(services: Services) -> None:
    notes = "Préfère le français. Speaks Arabic too: مرحبا 🙂 " + "x" * 50_000
    created = services.patients.create(
        PatientInput(
            family_name="  O'Brien ",
            given_names="Siobhán",
            preferred_name="Shiv",
            date_of_birth=dt.date(1975, 2, 28),
            email="shiv@example.org",
            communication_notes=notes,
            storage_consent=True,
            storage_consent_on=dt.date(2026, 1, 5),
        )
    )
    got = services.patients.get(created.id)
    assert got.data.family_name == "O'Brien"
    assert got.data.communication_notes == notes.strip()
    assert got.display_name == "O'Brien, Siobhán (Shiv)"
    assert got.age(dt.date(2026, 2, 27)) == 50
    assert "Data storage consent (2026-01-05)" in got.consent_summary


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PatientInput(family_name="", given_names="A"), "family_name"),
        (PatientInput(family_name="A", given_names="B", email="not-an-email"), "email"),
        (
            PatientInput(family_name="A", given_names="B", date_of_birth=dt.date(2999, 1, 1)),
            "date_of_birth",
        ),
        (
            PatientInput(family_name="A", given_names="B", research_consent_on=dt.date(2026, 1, 1)),
            "research_consent_on",
        ),
    ],
)
def test_bad_patient_input_is_refused_with_the_field(
    services: Services, data: PatientInput, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        services.patients.create(data)
    assert err.value.field == field
    assert services.patients.rows() == []


def test_likely_duplicate_needs_confirmation(services: Services) -> None:
    make_patient(services, "Dubois", "Amélie", dt.date(1990, 3, 3), episode=None)
    same = PatientInput(
        family_name="dubois", given_names="Amelie", date_of_birth=dt.date(1990, 3, 3)
    )
    with pytest.raises(ConfirmationRequired, match="same name and date of birth"):
        services.patients.create(same)
    assert len(services.patients.rows()) == 1
    services.patients.create(same, confirm_duplicate=True)
    assert len(services.patients.rows()) == 2


def test_archive_and_restore(services: Services) -> None:
    p = make_patient(services)
    services.patients.archive(p.id)
    assert services.patients.rows(include_archived=False) == []
    assert services.patients.get(p.id).archived
    services.patients.restore(p.id)
    assert [r.id for r in services.patients.rows(include_archived=False)] == [p.id]


def test_the_list_agrees_with_each_patients_own_line(demo_services: Services) -> None:
    """rows() reads the whole list in two queries; row() reads one patient on its own: the
    visit counts, last visits and open alerts must be the same (a patient with no visit too)."""
    sv = demo_services
    make_patient(sv, "Nouveau", "Noé")  # no episode, no visit
    rows = sv.patients.rows()
    assert len(rows) == 13 and any(r.visit_count == 0 and r.last_visit is None for r in rows)
    assert any(r.open_alerts for r in rows)
    assert rows == [sv.patients.row(r.id) for r in rows]
    archived = rows[0].id
    sv.patients.archive(archived)
    assert archived not in {r.id for r in sv.patients.rows(include_archived=False)}
    assert archived in {r.id for r in sv.patients.rows()}
    some = [rows[1].id, rows[4].id]  # only those, archived or not, as the whole list has them
    assert sv.patients.rows(ids=some) == [r for r in sv.patients.rows() if r.id in some]
    assert sv.patients.rows(ids=[]) == []


def test_services_are_made_once_and_when_first_used(store) -> None:  # type: ignore[no-untyped-def]
    sv = Services.for_store(store)
    assert "visits" not in vars(sv)  # nothing made (or imported) before it is needed
    assert sv.visits is sv.visits
    assert sv.charts._registry is sv.instruments is sv.visits._registry  # one registry


def test_a_store_that_failed_to_open_can_be_replaced_once(store) -> None:  # type: ignore[no-untyped-def]
    def fails() -> Store:
        raise StoreError("unreadable")

    sv = Services.opening(fails)
    with pytest.raises(StoreError):
        sv.store  # noqa: B018
    assert not sv.is_open
    sv.use_store(store)  # a backup restored, opened by start-up
    assert sv.is_open and sv.store is store and sv.patients.rows() == []
    with pytest.raises(RuntimeError):
        sv.use_store(store)


def test_unknown_patient_is_a_readable_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no patient with number 42"):
        services.patients.get(42)


# ---------------------------------------------------------------- episodes


def test_episode_lifecycle(services: Services) -> None:
    p = make_patient(services, episode=None)
    ep = services.episodes.open(p.id, "Neck pain", dt.date(2026, 1, 10))
    with pytest.raises(ValidationError, match="already has an open episode"):
        services.episodes.open(p.id, "Knee", dt.date(2026, 2, 1))
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        services.episodes.discharge(ep.id, dt.date(2026, 1, 1))
    closed = services.episodes.discharge(ep.id, dt.date(2026, 3, 1), "Goals met")
    assert closed.status is EpisodeStatus.DISCHARGED
    second = services.episodes.open(p.id, "Knee", dt.date(2026, 4, 1))
    assert [e.id for e in services.episodes.for_patient(p.id)] == [second.id, ep.id]
    assert services.patients.get(p.id).current_episode == second


# ---------------------------------------------------------------- goals


def test_goals_strategies_revisions(services: Services) -> None:
    p = make_patient(services)
    ep = p.current_episode
    assert ep is not None
    goal = services.goals.add(
        ep.id,
        GoalInput(
            wording="Walk the dog round the park",
            success_measure="30 minutes",
            success_target="3 times a week",
            patient_agrees=True,
            practitioner_agrees=True,
        ),
    )
    assert goal.agreed and goal.status is GoalStatus.ACTIVE
    st = services.goals.add_strategy(
        goal.id, StrategyInput("Short walks, building up", patient_confidence=7)
    )
    revised = services.goals.revise(
        goal.id, GoalInput(wording="Walk the dog to the gate"), reason="Too big a step"
    )
    assert revised.data.wording == "Walk the dog to the gate"
    assert [(r.wording, r.reason, r.status) for r in revised.revisions] == [
        ("Walk the dog round the park", "Too big a step", GoalStatus.REVISED)
    ]
    with pytest.raises(ValidationError, match="reason"):
        services.goals.set_status(goal.id, GoalStatus.DROPPED)
    dropped = services.goals.set_status(goal.id, GoalStatus.DROPPED, "Dog rehomed")
    assert dropped.status is GoalStatus.DROPPED
    assert len(dropped.revisions) == 2
    assert services.goals.for_episode(ep.id)[0].strategies[0].id == st.id
    with pytest.raises(ValidationError, match="patient confidence must be from 0 to 10"):
        services.goals.add_strategy(goal.id, StrategyInput("x", patient_confidence=11))


# ---------------------------------------------------------------- visits


def _goal_and_strategy(services: Services, episode_id: int) -> tuple[int, int]:
    goal = services.goals.add(episode_id, GoalInput(wording="Sleep through the night"))
    st = services.goals.add_strategy(goal.id, StrategyInput("Relaxation before bed"))
    return goal.id, st.id


def test_visit_draft_sign_amend(services: Services) -> None:
    p = make_patient(services)
    assert p.current_episode is not None
    goal_id, strategy_id = _goal_and_strategy(services, p.current_episode.id)
    visit = services.visits.create(p.id, visit_time(days_ago=1))
    assert visit.draft.visit_type is VisitType.FIRST
    draft = VisitDraft(
        starts_at=visit.draft.starts_at,
        visit_type=VisitType.FIRST,
        subjective="Pain started après le déménagement",
        pain_before=7,
        pain_after=5,
        approach_explained=True,
        limits_set=True,
        stop_signal_agreed=True,
        consent_decision=ConsentDecision.GIVEN,
        touch_comfort=8,
        goal_progress={goal_id: 2},
        adherence={strategy_id: (Adherence.PARTLY, "Busy week")},
        practitioner_rating={"goal": 8, "bond": 9},
    )
    row = services.visits.save_draft(visit.id, draft)
    assert row.pain_before == 7 and row.status is VisitStatus.DRAFT
    got = services.visits.get(visit.id)
    assert got.draft.goal_progress == {goal_id: 2}
    assert got.draft.adherence == {strategy_id: (Adherence.PARTLY, "Busy week")}
    assert got.draft.practitioner_rating == {"goal": 8, "bond": 9}
    assert got.draft.subjective == "Pain started après le déménagement"
    # Saving the same rating again does not duplicate the practitioner's response.
    services.visits.save_draft(visit.id, draft)
    own = [r for r in services.questionnaires.for_visit(visit.id) if r.respondent == "practitioner"]
    assert len(own) == 1

    signed = services.visits.sign(visit.id)
    assert signed.signed and signed.signed_at is not None
    with pytest.raises(ValidationError, match="signed and cannot be changed"):
        services.visits.save_draft(visit.id, draft)
    with pytest.raises(ValidationError, match="signed"):
        services.goals.record_progress(goal_id, visit.id, 5)
    with pytest.raises(ValidationError, match="reason"):
        services.visits.amend(visit.id, "", "Pain before was 6")
    services.visits.amend(visit.id, "Typo in pain score", "Pain before was 6, not 7")
    amended = services.visits.get(visit.id)
    assert [a.reason for a in amended.amendments] == ["Typo in pain score"]
    assert amended.draft.pain_before == 7  # the signed record itself never changes

    follow = services.visits.create(p.id, visit_time(days_ago=0))
    assert follow.draft.visit_type is VisitType.FOLLOW_UP


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"pain_before": 11}, "pain before must be from 0 to 10"),
        ({"pain_after": -1}, "pain after must be from 0 to 10"),
        ({"pain_before": 4.5}, "whole number"),
        ({"touch_comfort": 12}, "comfort with touch"),
        ({"duration_minutes": 0}, "duration in minutes"),
        ({"consent_decision": "maybe"}, "not a valid choice for consent decision"),
        ({"practitioner_rating": {"bond": 15}}, "bond rating"),
    ],
)
def test_bad_visit_input_is_refused_and_nothing_changes(
    services: Services, change: dict[str, object], message: str
) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(1))
    draft = VisitDraft(
        starts_at=visit.draft.starts_at, visit_type=VisitType.FIRST, subjective="kept"
    )
    services.visits.save_draft(visit.id, draft)
    from dataclasses import replace

    with pytest.raises(ValidationError, match=message):
        services.visits.save_draft(visit.id, replace(draft, **change))  # type: ignore[arg-type]
    assert services.visits.get(visit.id).draft.subjective == "kept"


def test_future_visit_needs_confirmation(services: Services) -> None:
    p = make_patient(services)
    future = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(9))
    with pytest.raises(ConfirmationRequired, match="in the future"):
        services.visits.create(p.id, future)
    services.visits.create(p.id, future, confirm_future=True)


def test_visit_needs_an_open_episode(services: Services) -> None:
    p = make_patient(services, episode=None)
    with pytest.raises(ValidationError, match="no open episode"):
        services.visits.create(p.id, visit_time(1))


def test_delete_draft_visit(services: Services) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(1))
    services.visits.delete_draft(visit.id)
    assert services.visits.for_patient(p.id) == []


# ---------------------------------------------------------------- questionnaires


def test_checkin_response_stores_instrument_and_missing_answers(services: Services) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(1))
    row = services.questionnaires.record(
        ResponseInput(
            patient_id=p.id,
            visit_id=visit.id,
            instrument_id="alliance-checkin",
            instrument_version=1,
            respondent=Respondent.PATIENT,
            answered_at=visit_time(1, hour=11),
            answers={"goal": 9, "task": 8.5, "bond": 10, "trust": None},
        )
    )
    assert row.instrument_id == "alliance-checkin" and row.instrument_version == 1
    assert row.answers == {"goal": 9, "task": 8.5, "bond": 10, "trust": None}
    assert services.visits.get(visit.id).checkin == row
    assert services.visits.for_patient(p.id)[0].has_checkin
    with pytest.raises(ValidationError, match="no item 'mood'"):
        services.questionnaires.record(
            ResponseInput(
                p.id, "alliance-checkin", 1, Respondent.PATIENT, visit_time(1), {"mood": 3}
            )
        )
    with pytest.raises(ValidationError, match="from 0 to 10"):
        services.questionnaires.record(
            ResponseInput(
                p.id, "alliance-checkin", 1, Respondent.PATIENT, visit_time(1), {"goal": 12}
            )
        )


# ---------------------------------------------------------------- reflections


def test_reflections_filters_and_cpd_totals(services: Services) -> None:
    p = make_patient(services)
    visit = services.visits.create(p.id, visit_time(1))
    today = dt.date.today()
    gibbs = services.reflections.create(
        ReflectionInput(
            title="When the patient went quiet",
            written_on=today,
            template=ReflectionTemplate.GIBBS,
            sections={"description": "Quiet visit", "feelings": "Uneasy"},
            private_notes="I felt like rescuing them.",
            tags=("Rupture", "rupture", "alliance"),
            minutes=90,
            with_others=True,
            themes=frozenset({CpdTheme.A, CpdTheme.C}),
            objective_activity=True,
            visit_id=visit.id,
        )
    )
    assert gibbs.data.patient_id == p.id  # linked through its visit
    assert gibbs.data.tags == ("rupture", "alliance")
    services.reflections.create(
        ReflectionInput(
            title="Journal", written_on=today, minutes=30, themes=frozenset({CpdTheme.B})
        )
    )
    assert [r.title for r in services.reflections.rows(patient_id=p.id)] == [
        "When the patient went quiet"
    ]
    assert len(services.reflections.rows(theme=CpdTheme.B)) == 1
    assert len(services.reflections.rows(tag="rupture")) == 1
    totals = services.reflections.cpd_totals(today)
    assert totals.hours == 2.0 and totals.hours_with_others == 1.5
    assert totals.themes_missing == [CpdTheme.D]
    assert totals.has_objective_activity and not totals.has_communication_consent
    with pytest.raises(ValidationError, match="future"):
        services.reflections.create(
            ReflectionInput(title="x", written_on=today + dt.timedelta(days=2))
        )


# ---------------------------------------------------------------- maintenance and demo


def test_demo_data_is_deterministic_and_realistic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.demo_data import generate_demo_practice
    from alliance_desktop.store.location import StoreLocation
    from alliance_desktop.store.opening import open_store

    results = []
    for name in ("a", "b"):
        st = open_store(StoreLocation.in_folder(tmp_path / name), create=True)
        generate_demo_practice(
            st, patients=30, visits_per_patient=10, seed=5, today=dt.date(2026, 6, 1)
        )
        sv = Services.for_store(st)
        rows = sv.patients.rows()
        results.append((sv.maintenance.stats(), [(r.display_name, r.last_visit) for r in rows]))
        # realistic: missing check-ins, some ruptures, perfect scores (ceiling), drafts and signed
        visits = [v for r in rows for v in sv.visits.for_patient(r.id)]
        assert any(not v.has_checkin for v in visits)
        assert any(v.has_checkin for v in visits)
        assert any(v.rupture_noticed for v in visits)
        assert {v.status for v in visits} == {VisitStatus.DRAFT, VisitStatus.SIGNED}
        checkins = [
            resp
            for r in rows
            for resp in sv.questionnaires.for_patient(r.id)
            if resp.instrument_id == "alliance-checkin"
        ]
        assert any(all(val == 10 for val in c.answers.values()) for c in checkins)
        assert sv.maintenance.check().ok
        with pytest.raises(ValidationError, match="already holds"):
            generate_demo_practice(st, patients=1, visits_per_patient=1)
        st.dispose()
    assert results[0] == results[1]
    assert results[0][0]["visits"] == 300


def test_episode_dates_are_checked(services: Services) -> None:
    p = make_patient(services, episode=None)
    with pytest.raises(ValidationError, match="cannot start in the future"):
        services.episodes.open(p.id, "Knee", dt.date.today() + dt.timedelta(days=3))
    episode = services.episodes.open(p.id, "Knee", dt.date.today() - dt.timedelta(days=20))
    services.visits.create(p.id, visit_time(5))
    with pytest.raises(ValidationError, match="before its last visit"):
        services.episodes.discharge(episode.id, dt.date.today() - dt.timedelta(days=10))
    assert services.episodes.get(episode.id).is_open
