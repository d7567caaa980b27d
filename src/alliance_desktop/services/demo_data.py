"""A deterministic synthetic practice for demos, tests and benchmarks.

Realistic rather than uniform: mixed episodes, goals revised and achieved, alliance trajectories
that start high, dip (ruptures, some repaired), recover or fall before dropout, ceiling effects,
pain that mostly improves, missing check-ins, and reflections. Rows are written with bulk Core
inserts in batches; one audit entry records that the demo data was generated.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import (
    ALLIANCE_ITEMS,
    CHECKIN_ID,
    PRACTITIONER_ID,
    PRACTITIONER_ITEMS,
)
from alliance_desktop.domain.text import number, translate
from alliance_desktop.domain.vocab import (
    Adherence,
    AnnotationKind,
    Chaperone,
    ConsentDecision,
    EpisodeStatus,
    GoalStatus,
    Interpreter,
    ProposedBy,
    ReflectionTemplate,
    Respondent,
    ResponseMode,
    StrategyOwner,
    StrategySetting,
    VisitStatus,
    VisitType,
)
from alliance_desktop.services.alerts import AlertService
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.services.practice import KEY_CPD_START, KEY_DEMO, KEY_NAME, KEY_PRACTITIONER
from alliance_desktop.store.base import Base, utcnow
from alliance_desktop.store.models import (
    AuditEntry,
    ChartAnnotation,
    Episode,
    Goal,
    GoalProgress,
    GoalRevision,
    Patient,
    Practitioner,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
    StoreMeta,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

Progress = Callable[[int, int], None]

GIVEN = (
    "Hélène",
    "James",
    "Zoë",
    "Siobhán",
    "Oluwaseun",
    "Björn",
    "Mei",
    "Aisha",
    "Tomás",
    "Margaret",
    "Liam",
    "Chloé",
    "Priya",
    "Kwame",
    "Ingrid",
    "Rhys",
    "Noor",
    "Mateusz",
    "Eilidh",
    "François",
    "Grace",
    "Yusuf",
    "Anna",
    "Dmitri",
    "Sophie",
    "Owen",
    "Amélie",
    "Rashid",
    "Emma",
    "Ciarán",
    "Ruth",
    "Jean-Luc",
    "Isla",
    "Hamza",
    "Lucy",
    "Pádraig",
    "Fatima",
    "George",
    "Léa",
    "Arjun",
)
FAMILY = (
    "O'Brien",
    "Dubois",
    "Nguyen",
    "Kowalski",
    "Smith",
    "MacDonald",
    "García",
    "Müller",
    "Patel",
    "Jones",
    "Ó Súilleabháin",
    "Lefèvre",
    "Okafor",
    "Andersson",
    "Williams",
    "Chen",
    "Evans",
    "Moreau",
    "Khan",
    "Taylor",
    "Brown",
    "Rossi",
    "Davies",
    "Hughes",
    "Fournier",
    "Wright",
    "Ahmed",
    "Thomas",
    "Roberts",
    "Lewis",
    "Walker",
    "Bonnet",
    "Wilson",
    "Campbell",
    "Morgan",
)
COMPLAINTS = (
    "Low back pain after lifting",
    "Neck pain and headaches",
    "Shoulder stiffness",
    "Hip pain when walking",
    "Knee pain on stairs",
    "Pregnancy-related pelvic pain",
    "Jaw pain and clenching",
    "Mid-back pain at the desk",
    "Sciatica-like leg pain",
    "Ankle sprain recovery",
    "Tennis elbow",
    "Post-operative stiffness (hip replacement)",
)
GOALS = (
    ("Walk the dog round the park without stopping", "Walk 30 minutes", "3 times a week"),
    ("Pick up my grandchildren again", "Lift 10 kg comfortably", "by the summer"),
    ("Sleep through the night", "Wake at most once from pain", "most nights"),
    ("Get back to my Saturday football", "Play a full match", "by the end of the season"),
    ("Sit through a working day", "Work 8 hours with breaks", "without painkillers"),
    ("Garden again", "An hour of weeding", "without paying for it the next day"),
    ("Drive to my sister's", "Two hours in the car", "with one stop"),
    ("Feel less worried about my back", "Worry rating under 3/10", "within six weeks"),
    ("Turn my head when reversing the car", "Full comfortable rotation", "both sides"),
    ("Carry the shopping home", "Two bags, 15 minutes", "pain no more than 3/10"),
)
STRATEGIES = (
    ("Gentle mobility routine every morning", StrategySetting.SELF_CARE, StrategyOwner.PATIENT),
    (
        "Short walks, building up by 5 minutes a week",
        StrategySetting.SELF_CARE,
        StrategyOwner.PATIENT,
    ),
    ("Soft tissue and articulation in clinic", StrategySetting.IN_ROOM, StrategyOwner.PRACTITIONER),
    (
        "Desk set-up changes and breaks every 40 minutes",
        StrategySetting.SELF_CARE,
        StrategyOwner.BOTH,
    ),
    ("Breathing and relaxation before bed", StrategySetting.SELF_CARE, StrategyOwner.PATIENT),
    ("Graded strengthening programme", StrategySetting.SELF_CARE, StrategyOwner.BOTH),
    ("Pacing plan for busy days", StrategySetting.SELF_CARE, StrategyOwner.PATIENT),
)
BARRIERS = (
    "",
    "",
    "",
    "Busy week at work",
    "Forgot on the weekend",
    "Flare-up made it hard",
    "Not sure I was doing it right",
    "Childcare",
    "Felt it was not helping",
)
SUBJECTIVE = (
    "Reports a better week, sleeping more.",
    "Pain worse after a long drive on Sunday.",
    "Managed the exercises most days.",
    "Worried the pain will not go away.",
    "Feels more confident moving.",
    "Had a stressful week; symptoms flared.",
)
OBJECTIVE = (
    "Lumbar flexion improved; less guarding.",
    "Reduced cervical rotation to the left.",
    "Tender paraspinals L3-L5.",
    "Full range, mild discomfort at end range.",
)
TECHNIQUES = (
    "Soft tissue, articulation",
    "Muscle energy technique, soft tissue",
    "Cranial approach, gentle articulation",
    "HVT lumbar (consented), soft tissue",
    "Myofascial release",
    "Exercise coaching",
)
REFLECTION_TITLES = (
    "When the patient went quiet",
    "Agreeing goals that were really theirs",
    "Explaining my approach more clearly",
    "A rupture I almost missed",
    "Peer discussion: consent for HVT",
    "Course: communication in manual therapy",
    "Patient feedback summary for the quarter",
    "Heart-sink feeling before the visit",
)
LIFE_EVENTS = ("Started a new job", "Bereavement", "Moved house", "Holiday", "Covid infection")
TREATMENT_CHANGES = (
    "Changed to exercise-led care",
    "Referred to GP for imaging",
    "Added pacing plan",
)

#: Alliance trajectory archetypes (weights) and how a level evolves visit by visit.
TRAJECTORIES = {
    "ceiling": 0.32,
    "high_stable": 0.13,
    "dip_repaired": 0.18,
    "dip_unrepaired": 0.08,
    "low_improving": 0.14,
    "falling_dropout": 0.10,
    "moderate": 0.05,
}


@dataclass
class _Rows:
    """Rows waiting to be inserted, per mapped class, with the next id of each."""

    rows: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)
    next_id: dict[type[Base], int] = field(default_factory=dict)

    def add(self, model: type[Base], **values: Any) -> int:
        new_id = self.next_id.get(model, 1)
        self.next_id[model] = new_id + 1
        values["id"] = new_id
        self.rows.setdefault(model, []).append(values)
        return new_id

    def take(self) -> dict[type[Base], list[dict[str, Any]]]:
        rows, self.rows = self.rows, {}
        return rows


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    visits: int
    responses: int
    reflections: int


def _level(kind: str, i: int, n: int, rng: random.Random, dip_at: int) -> float:
    """The patient's 'true' alliance (0-10) at visit i of n for a trajectory kind."""
    t = i / max(n - 1, 1)
    if kind == "ceiling":
        return 10.0
    if kind == "high_stable":
        return 9.5 + rng.uniform(-0.3, 0.5)
    if kind == "dip_repaired":
        if i == dip_at:
            return 6.5
        return 7.8 if i == dip_at + 1 else 9.2
    if kind == "dip_unrepaired":
        return 9.0 if i < dip_at else 7.0 - 0.1 * (i - dip_at)
    if kind == "low_improving":
        return 6.0 + 3.8 * t
    if kind == "falling_dropout":
        return 9.5 - 4.0 * t
    return 8.0 + rng.uniform(-0.8, 0.8)


def _score(level: float, rng: random.Random, spread: float = 0.45) -> float:
    return float(min(10, max(0, round(level + rng.gauss(0, spread)))))


def generate_demo_practice(
    store: Store,
    *,
    patients: int,
    visits_per_patient: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
    practice_name: str = "Riverside Osteopathy (demo)",
) -> DemoSummary:
    """Fill an empty store with a synthetic practice; refuses a store that holds patients."""
    if patients < 0 or visits_per_patient < 0:
        raise ValidationError(
            translate("DemoData", "The number of patients and visits cannot be negative.")
        )
    if patients > 100_000 or visits_per_patient > 500:
        raise ValidationError(
            translate(
                "DemoData", "At most {patients} patients and {visits} visits per patient."
            ).format(patients=number(100_000), visits=number(500))
        )
    today = today or dt.date.today()
    rng = random.Random(seed)
    with store.write() as s:
        if s.scalar(select(func.count(Patient.id))):
            raise ValidationError(
                translate(
                    "DemoData",
                    "This practice already holds patients; demo data only fills an empty store.",
                )
            )
        for model in (Practitioner, Reflection):
            if s.scalar(select(func.count()).select_from(model)):
                raise ValidationError(
                    translate(
                        "DemoData",
                        "This practice already holds data; demo data needs an empty one.",
                    )
                )
    rows = _Rows()
    practitioner_id = rows.add(
        Practitioner, name="Alex Morgan", registration="DEMO-0001", created_at=utcnow()
    )
    now = utcnow()
    totals = {"visits": 0, "responses": 0, "reflections": 0}
    linkable: list[tuple[int, int]] = []  # (visit id, patient id) a reflection may be about
    batch = 250
    with store.write() as s:
        conn = s.connection()
        for key, value in (
            (KEY_NAME, practice_name),
            (KEY_DEMO, "1"),
            (KEY_PRACTITIONER, str(practitioner_id)),
            (KEY_CPD_START, dt.date(today.year - 1, 9, 1).isoformat()),
        ):
            conn.execute(insert(StoreMeta), [{"key": key, "value": value}])
        for index in range(patients):
            _one_patient(rows, rng, today, visits_per_patient, practitioner_id, now, totals)
            if visits_per_patient and Visit in rows.rows:
                linkable.append((rows.next_id[Visit] - 1, rows.next_id[Patient] - 1))
            if (index + 1) % batch == 0 or index + 1 == patients:
                _flush(conn, rows)
                if progress:
                    progress(index + 1, patients)
        _reflections(rows, rng, today, linkable, practitioner_id, now, totals)
        _flush(conn, rows)
        conn.execute(
            insert(AuditEntry),
            [
                {
                    "at": now,
                    "actor_id": practitioner_id,
                    "entity": "practice",
                    "entity_id": None,
                    "patient_id": None,
                    "action": "demo_data",
                    "changes": {
                        "patients": patients,
                        "visits_per_patient": visits_per_patient,
                        "seed": seed,
                    },
                }
            ],
        )
    store.actor_id = practitioner_id
    AlertService(store, InstrumentRegistry(store)).refresh_all(today=today)
    return DemoSummary(patients, totals["visits"], totals["responses"], totals["reflections"])


_ORDER: tuple[type[Base], ...] = (
    Practitioner,
    Patient,
    Episode,
    Goal,
    GoalRevision,
    Strategy,
    Visit,
    StrategyReview,
    GoalProgress,
    QuestionnaireResponse,
    QuestionnaireAnswer,
    ChartAnnotation,
    Reflection,
)


def _flush(conn: Any, rows: _Rows) -> None:
    pending = rows.take()
    # The database refuses children of a signed visit, as it should: write visits as drafts,
    # add their records, then sign them, the order a practitioner's day follows.
    signed = [v["id"] for v in pending.get(Visit, []) if v["status"] is VisitStatus.SIGNED]
    for visit in pending.get(Visit, []):
        visit["status"] = VisitStatus.DRAFT
    for model in _ORDER:
        if pending.get(model):
            conn.execute(insert(model), pending[model])
    if signed:
        conn.execute(
            update(Visit).where(Visit.id.in_(bindparam("ids", expanding=True))),
            {"status": VisitStatus.SIGNED, "ids": signed},
        )


def _one_patient(
    rows: _Rows,
    rng: random.Random,
    today: dt.date,
    n_visits: int,
    practitioner_id: int,
    now: dt.datetime,
    totals: dict[str, int],
) -> None:
    age = rng.randint(18, 88)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    given = rng.choice(GIVEN)
    family = rng.choice(FAMILY)
    consent_on = today - dt.timedelta(days=rng.randint(30, 900))
    patient_id = rows.add(
        Patient,
        family_name=family,
        given_names=given,
        preferred_name=rng.choice(("", "", "", given.split("-")[0][:3] + "ie")),
        date_of_birth=dob,
        email=f"{given.lower()[:3]}.{rng.randint(10, 9999)}@example.org"
        if rng.random() < 0.8
        else "",
        phone=f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        address="",
        communication_notes=rng.choice(
            (
                "",
                "",
                "Prefers plain explanations, no jargon.",
                "Hard of hearing: face them.",
                "Likes written exercise sheets.",
                "Anxious about manipulation; go slowly.",
            )
        ),
        storage_consent=rng.random() < 0.96,
        storage_consent_on=consent_on,
        research_consent=rng.random() < 0.4,
        research_consent_on=consent_on,
        archived=rng.random() < 0.05,
        archived_at=None,
        created_at=now,
        updated_at=now,
    )
    rows.rows[Patient][-1]["storage_consent_on"] = (
        consent_on if rows.rows[Patient][-1]["storage_consent"] else None
    )
    rows.rows[Patient][-1]["research_consent_on"] = (
        consent_on if rows.rows[Patient][-1]["research_consent"] else None
    )
    if rows.rows[Patient][-1]["archived"]:
        rows.rows[Patient][-1]["archived_at"] = now

    kind = rng.choices(list(TRAJECTORIES), weights=list(TRAJECTORIES.values()))[0]
    # Visits spread back from a last visit that is recent for most patients.
    gap_days = [rng.choice((7, 7, 10, 14, 14, 21, 28)) for _ in range(n_visits)]
    last_day = today - dt.timedelta(
        days=int(rng.expovariate(1 / 20)) + (0 if rng.random() < 0.7 else 90)
    )
    if n_visits == 0:
        return
    days = []
    day = last_day
    for gap in reversed(gap_days):
        days.append(day)
        day -= dt.timedelta(days=gap)
    days.reverse()
    # Split into one or two episodes (a second complaint after discharge).
    split = n_visits if n_visits < 6 or rng.random() < 0.7 else rng.randint(3, n_visits - 3)
    spans = [(0, split)] + ([(split, n_visits)] if split < n_visits else [])
    for ep_index, (first, last) in enumerate(spans):
        is_last_episode = ep_index == len(spans) - 1
        dropout = kind == "falling_dropout" and is_last_episode
        discharged = (
            not is_last_episode or dropout or (days[last - 1] < today - dt.timedelta(days=60))
        )
        ended_on = days[last - 1] if discharged else None
        episode_id = rows.add(
            Episode,
            patient_id=patient_id,
            reason=rng.choice(COMPLAINTS),
            started_on=days[first],
            ended_on=ended_on,
            status=EpisodeStatus.DISCHARGED if discharged else EpisodeStatus.OPEN,
            discharge_note=(
                "Did not return after the last visit."
                if dropout
                else ("Goals met; self-managing." if discharged else "")
            ),
            created_at=now,
        )
        _episode(
            rows,
            rng,
            kind,
            days[first:last],
            patient_id,
            episode_id,
            practitioner_id,
            now,
            totals,
            open_episode=not discharged,
        )
    if rng.random() < 0.2:
        for _ in range(rng.randint(1, 2)):
            life = rng.random() < 0.6
            rows.add(
                ChartAnnotation,
                patient_id=patient_id,
                episode_id=None,
                on_date=rng.choice(days),
                kind=AnnotationKind.LIFE_EVENT if life else AnnotationKind.TREATMENT_CHANGE,
                label=rng.choice(LIFE_EVENTS if life else TREATMENT_CHANGES),
                created_at=now,
            )


def _episode(
    rows: _Rows,
    rng: random.Random,
    kind: str,
    days: list[dt.date],
    patient_id: int,
    episode_id: int,
    practitioner_id: int,
    now: dt.datetime,
    totals: dict[str, int],
    *,
    open_episode: bool,
) -> None:
    n = len(days)
    goal_specs = rng.sample(GOALS, k=min(len(GOALS), rng.randint(1, 3)))
    goals: list[tuple[int, float]] = []  # id, speed of progress
    strategies: list[int] = []
    self_care: list[int] = []
    for priority, (wording, measure, target) in enumerate(goal_specs, start=1):
        status = GoalStatus.ACTIVE
        roll = rng.random()
        if not open_episode and roll < 0.55:
            status = GoalStatus.ACHIEVED
        elif roll < 0.06:
            status = GoalStatus.DROPPED
        goal_id = rows.add(
            Goal,
            episode_id=episode_id,
            wording=wording,
            success_measure=measure,
            success_target=target,
            proposed_by=rng.choice(list(ProposedBy)),
            patient_agrees=rng.random() < 0.93,
            practitioner_agrees=rng.random() < 0.97,
            priority=priority,
            target_date=days[0] + dt.timedelta(days=rng.choice((42, 56, 84))),
            status=status,
            status_reason={
                GoalStatus.ACHIEVED: "Patient says this is back to normal.",
                GoalStatus.DROPPED: "No longer a priority for the patient.",
            }.get(status, ""),
            created_at=now,
            updated_at=now,
        )
        if rng.random() < 0.15:
            rows.add(
                GoalRevision,
                goal_id=goal_id,
                revised_at=now,
                reason="Made smaller so progress is visible week to week.",
                wording=wording + " every day",
                success_measure=measure,
                success_target=target,
                proposed_by=ProposedBy.PRACTITIONER,
                patient_agrees=False,
                practitioner_agrees=True,
                priority=priority,
                target_date=None,
                status=GoalStatus.REVISED,
            )
        goals.append((goal_id, rng.uniform(0.3, 0.9)))
        for description, setting, owner in rng.sample(STRATEGIES, k=rng.randint(1, 2)):
            sid = rows.add(
                Strategy,
                goal_id=goal_id,
                description=description,
                setting=setting,
                owner=owner,
                responsibilities=(
                    "Patient practises daily; we review technique each visit."
                    if owner is not StrategyOwner.PRACTITIONER
                    else "Practitioner treats; patient reports what changed."
                ),
                patient_confidence=rng.randint(4, 10),
                active=True,
                created_at=now,
            )
            strategies.append(sid)
            if setting is StrategySetting.SELF_CARE:
                self_care.append(sid)

    pain_base = rng.randint(4, 8)
    improves = rng.random() < 0.8
    dip_at = rng.randint(1, max(1, n - 2)) if n > 2 else 0
    checkin_rate = 0.9 if kind != "falling_dropout" else 0.75
    for i, day in enumerate(days):
        t = i / max(n - 1, 1)
        level = _level(kind, i, n, rng, dip_at)
        starts_at = dt.datetime.combine(
            day, dt.time(rng.choice((8, 9, 10, 11, 14, 15, 16, 17)), rng.choice((0, 15, 30, 45)))
        )
        pain_before = max(
            0,
            min(
                10, round(pain_base * (1 - (0.7 * t if improves else -0.1 * t)) + rng.gauss(0, 0.8))
            ),
        )
        pain_after = max(0, pain_before - rng.choice((0, 1, 1, 2)))
        is_last = i == n - 1
        signed = not (open_episode and is_last)
        rupture = kind.startswith("dip") and i == dip_at
        repaired = rupture and kind == "dip_repaired"
        visit_type = (
            VisitType.FIRST
            if i == 0
            else VisitType.DISCHARGE
            if (is_last and not open_episode)
            else VisitType.REVIEW
            if i % 6 == 5
            else VisitType.FOLLOW_UP
        )
        visit_id = rows.add(
            Visit,
            patient_id=patient_id,
            episode_id=episode_id,
            practitioner_id=practitioner_id,
            starts_at=starts_at,
            duration_minutes=60 if i == 0 else rng.choice((30, 40, 45)),
            visit_type=visit_type,
            status=VisitStatus.SIGNED if signed else VisitStatus.DRAFT,
            beliefs_expectations=(
                "Thinks the disc has 'slipped'; expects a few sessions to put it back."
                if i == 0
                else "Understands pain is not damage; expects gradual progress."
            ),
            subjective=rng.choice(SUBJECTIVE),
            objective=rng.choice(OBJECTIVE),
            assessment="Mechanical pain, improving."
            if improves
            else "Persistent pain; review plan.",
            plan="Continue plan; review goals next visit.",
            pain_before=pain_before,
            pain_after=pain_after,
            approach_explained=True,
            limits_set=rng.random() < 0.95,
            stop_signal_agreed=rng.random() < 0.9,
            chaperone=rng.choice(
                (
                    Chaperone.OFFERED_DECLINED,
                    Chaperone.OFFERED_DECLINED,
                    Chaperone.NOT_OFFERED,
                    Chaperone.PRESENT,
                )
            ),
            interpreter=Interpreter.PRESENT if rng.random() < 0.02 else Interpreter.NOT_NEEDED,
            consent_decision=ConsentDecision.GIVEN
            if rng.random() < 0.98
            else ConsentDecision.DECLINED,
            touch_comfort=int(_score(level, rng, 0.8)),
            touch_notes="",
            options_discussed="Hands-on treatment, exercise, or watchful waiting."
            if i == 0
            else "",
            patient_preference="Wants hands-on first, then exercises." if i == 0 else "",
            decision="Combined hands-on care and a home programme." if i == 0 else "",
            techniques=rng.choice(TECHNIQUES),
            self_care_agreed="Continue home programme." if self_care else "",
            care_setting="Treatment room 1",
            disruptions="Ran 10 minutes late." if rng.random() < 0.08 else "",
            patient_state="Tired, stressed at work." if rng.random() < 0.15 else "",
            practitioner_state="End of a long day." if rng.random() < 0.1 else "",
            rupture_noticed=rupture,
            rupture_note="Patient quiet and less engaged; said the exercises were pointless."
            if rupture
            else "",
            repair_tried=repaired,
            repair_note="Named it, asked openly; we changed the exercises together."
            if repaired
            else "",
            next_steps="Review in 1-2 weeks.",
            signed_at=now if signed else None,
            signed_by_id=practitioner_id if signed else None,
            created_at=now,
            updated_at=now,
        )
        totals["visits"] += 1
        if rng.random() < checkin_rate:
            rid = rows.add(
                QuestionnaireResponse,
                patient_id=patient_id,
                visit_id=visit_id,
                instrument_id=CHECKIN_ID,
                instrument_version=1,
                respondent=Respondent.PATIENT,
                mode=ResponseMode.IN_ROOM if rng.random() < 0.93 else ResponseMode.PAPER,
                answered_at=starts_at + dt.timedelta(minutes=40),
                language="en",
                created_at=now,
            )
            totals["responses"] += 1
            for item in ALLIANCE_ITEMS:
                spread = 0.0 if kind == "ceiling" and rng.random() < 0.9 else 0.45
                rows.add(
                    QuestionnaireAnswer,
                    response_id=rid,
                    item_id=item,
                    value=_score(level, rng, spread),
                    text="",
                )
        if rng.random() < 0.6:
            rid = rows.add(
                QuestionnaireResponse,
                patient_id=patient_id,
                visit_id=visit_id,
                instrument_id=PRACTITIONER_ID,
                instrument_version=1,
                respondent=Respondent.PRACTITIONER,
                mode=ResponseMode.IN_ROOM,
                answered_at=starts_at + dt.timedelta(minutes=50),
                language="en",
                created_at=now,
            )
            bias = rng.uniform(-1.5, 0.5)
            for item in PRACTITIONER_ITEMS:
                rows.add(
                    QuestionnaireAnswer,
                    response_id=rid,
                    item_id=item,
                    value=_score(min(10.0, level + bias), rng, 0.7),
                    text="",
                )
        for goal_id, speed in goals:
            rating = min(10, max(0, round(1 + 9 * speed * t + rng.gauss(0, 0.7))))
            rows.add(GoalProgress, goal_id=goal_id, visit_id=visit_id, rating=rating, note="")
        if i > 0:
            for sid in self_care:
                roll = rng.random()
                adherence = (
                    Adherence.AS_AGREED
                    if roll < 0.45
                    else Adherence.MOSTLY
                    if roll < 0.75
                    else Adherence.PARTLY
                    if roll < 0.92
                    else Adherence.NOT_AT_ALL
                )
                rows.add(
                    StrategyReview,
                    strategy_id=sid,
                    visit_id=visit_id,
                    adherence=adherence,
                    barriers=rng.choice(BARRIERS) if adherence is not Adherence.AS_AGREED else "",
                )


def _reflections(
    rows: _Rows,
    rng: random.Random,
    today: dt.date,
    linkable: list[tuple[int, int]],
    practitioner_id: int,
    now: dt.datetime,
    totals: dict[str, int],
) -> None:
    count = min(400, max(3, len(linkable) // 8)) if linkable else 0
    for _ in range(count):
        template = rng.choice(list(ReflectionTemplate))
        visit_id, patient_id = rng.choice(linkable) if rng.random() < 0.5 else (None, None)
        sections = {
            ReflectionTemplate.FREE: {
                "text": "I noticed I was rushing the explanation of the plan."
            },
            ReflectionTemplate.ROLFE: {
                "what": "The patient said the exercises felt pointless.",
                "so_what": "Our agreement on the task had slipped without my noticing.",
                "now_what": "Ask at each visit how the plan fits their week.",
            },
            ReflectionTemplate.GIBBS: {
                "description": "A quiet visit; fewer questions than usual.",
                "feelings": "I felt uneasy and hurried.",
                "evaluation": "Treatment went well; the conversation did not.",
                "analysis": "The goal was mine more than theirs.",
                "conclusion": "I could have checked the goal wording with them.",
                "action_plan": "Re-agree goals in the patient's own words next time.",
            },
        }[template]
        themes = "".join(sorted(rng.sample("ABCD", k=rng.randint(1, 3))))
        rows.add(
            Reflection,
            practitioner_id=practitioner_id,
            patient_id=patient_id,
            visit_id=visit_id,
            written_on=today - dt.timedelta(days=rng.randint(0, 700)),
            title=rng.choice(REFLECTION_TITLES),
            template=template,
            sections=sections,
            private_notes=(
                "I dreaded this visit; I think I felt responsible for fixing everything."
                if rng.random() < 0.3
                else ""
            ),
            tags=rng.sample(["alliance", "consent", "rupture", "goals", "peer", "course"], k=2),
            minutes=rng.choice((20, 30, 45, 60, 90, 180, 360)),
            with_others=rng.random() < 0.5,
            themes=themes,
            objective_activity=rng.random() < 0.15,
            communication_consent=rng.random() < 0.3,
            archived=False,
            created_at=now,
            updated_at=now,
        )
        totals["reflections"] += 1
