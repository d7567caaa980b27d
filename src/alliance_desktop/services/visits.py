"""Visits: create, save drafts, sign, amend; with goal progress, adherence and own rating."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ConfirmationRequired, ValidationError
from alliance_desktop.domain.instruments import CHECKIN_ID, PRACTITIONER_ID, PRACTITIONER_ITEMS
from alliance_desktop.domain.text import day, translate
from alliance_desktop.domain.vocab import (
    Adherence,
    Chaperone,
    ConsentDecision,
    EpisodeStatus,
    Interpreter,
    Respondent,
    VisitStatus,
    VisitType,
)
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.alerts import refresh_patient_alerts
from alliance_desktop.services.goals import require_draft_visit, upsert_progress, upsert_review
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.services.questionnaires import (
    ResponseInput,
    ResponseRow,
    add_response,
    delete_response,
    load_responses,
)
from alliance_desktop.store.base import utcnow
from alliance_desktop.store.models import (
    Alert,
    Amendment,
    Episode,
    GoalProgress,
    Patient,
    QuestionnaireResponse,
    Reflection,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

_TEXT_FIELDS = (
    "beliefs_expectations",
    "subjective",
    "objective",
    "assessment",
    "plan",
    "touch_notes",
    "options_discussed",
    "patient_preference",
    "decision",
    "techniques",
    "self_care_agreed",
    "care_setting",
    "disruptions",
    "patient_state",
    "practitioner_state",
    "rupture_note",
    "repair_note",
    "next_steps",
)


@dataclass(frozen=True, slots=True)
class VisitDraft:
    """Everything a practitioner edits in one visit."""

    starts_at: dt.datetime
    visit_type: VisitType
    duration_minutes: int = 45
    beliefs_expectations: str = ""
    subjective: str = ""
    objective: str = ""
    assessment: str = ""
    plan: str = ""
    pain_before: int | None = None
    pain_after: int | None = None
    approach_explained: bool = False
    limits_set: bool = False
    stop_signal_agreed: bool = False
    chaperone: Chaperone = Chaperone.NOT_OFFERED
    interpreter: Interpreter = Interpreter.NOT_NEEDED
    consent_decision: ConsentDecision = ConsentDecision.NOT_RECORDED
    touch_comfort: int | None = None
    touch_notes: str = ""
    options_discussed: str = ""
    patient_preference: str = ""
    decision: str = ""
    techniques: str = ""
    self_care_agreed: str = ""
    care_setting: str = ""
    disruptions: str = ""
    patient_state: str = ""
    practitioner_state: str = ""
    rupture_noticed: bool = False
    rupture_note: str = ""
    repair_tried: bool = False
    repair_note: str = ""
    next_steps: str = ""
    #: goal id -> progress 0-10 (None clears it)
    goal_progress: Mapping[int, int | None] = field(default_factory=dict)
    #: strategy id -> (adherence, barriers); adherence None clears it
    adherence: Mapping[int, tuple[Adherence | None, str]] = field(default_factory=dict)
    #: the practitioner's own alliance rating, item id -> 0-10
    practitioner_rating: Mapping[str, int | None] = field(default_factory=dict)


_COLUMN_FIELDS = tuple(
    f.name
    for f in fields(VisitDraft)
    if f.name not in ("goal_progress", "adherence", "practitioner_rating")
)


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One line of a visit list."""

    id: int
    patient_id: int
    episode_id: int
    starts_at: dt.datetime
    visit_type: VisitType
    status: VisitStatus
    pain_before: int | None
    pain_after: int | None
    has_checkin: bool
    rupture_noticed: bool
    updated_at: dt.datetime

    @property
    def signed(self) -> bool:
        return self.status is VisitStatus.SIGNED


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    id: int
    created_at: dt.datetime
    author_id: int | None
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class VisitDetail:
    id: int
    patient_id: int
    episode_id: int
    status: VisitStatus
    signed_at: dt.datetime | None
    draft: VisitDraft
    amendments: tuple[AmendmentRow, ...]
    responses: tuple[ResponseRow, ...]
    updated_at: dt.datetime

    @property
    def signed(self) -> bool:
        return self.status is VisitStatus.SIGNED

    @property
    def checkin(self) -> ResponseRow | None:
        """The patient's alliance check-in at this visit, if there was one."""
        found = [r for r in self.responses if r.instrument_id == CHECKIN_ID]
        return found[-1] if found else None


def _clean(draft: VisitDraft) -> VisitDraft:
    changes: dict[str, object] = {
        name: v.optional_text(getattr(draft, name), name) for name in _TEXT_FIELDS
    }
    changes["visit_type"] = VisitType.parse(draft.visit_type, field="visit_type")
    changes["chaperone"] = Chaperone.parse(draft.chaperone, field="chaperone")
    changes["interpreter"] = Interpreter.parse(draft.interpreter, field="interpreter")
    changes["consent_decision"] = ConsentDecision.parse(
        draft.consent_decision, field="consent_decision"
    )
    changes["pain_before"] = v.score(draft.pain_before, "pain_before")
    changes["pain_after"] = v.score(draft.pain_after, "pain_after")
    changes["touch_comfort"] = v.score(draft.touch_comfort, "comfort_with_touch")
    changes["duration_minutes"] = v.score(
        draft.duration_minutes, "duration_in_minutes", minimum=1, maximum=480, required=True
    )
    if not isinstance(draft.starts_at, dt.datetime):
        raise ValidationError(
            translate("Visits", "Please give the visit's date and time."), field="starts_at"
        )
    if draft.starts_at.tzinfo is not None:
        changes["starts_at"] = draft.starts_at.astimezone().replace(tzinfo=None)
    for item, value in draft.practitioner_rating.items():
        if item not in PRACTITIONER_ITEMS:
            raise ValidationError(
                translate("Visits", "Unknown rating item '{item}'.").format(item=item),
                field="practitioner_rating",
            )
        v.score(value, f"{item}_rating")
    for value in draft.goal_progress.values():
        v.score(value, "goal_progress")
    return replace(draft, **changes)  # type: ignore[arg-type]


def _check_future(starts_at: dt.datetime, confirm_future: bool) -> None:
    if not confirm_future and starts_at.date() > dt.date.today():
        raise ConfirmationRequired(
            translate("Visits", "The visit date {date} is in the future. Is that right?").format(
                date=day(starts_at.date())
            ),
            field="starts_at",
        )


def _draft_of(s: Session, visit: Visit, responses: list[ResponseRow]) -> VisitDraft:
    progress = {
        gp.goal_id: gp.rating
        for gp in s.scalars(select(GoalProgress).where(GoalProgress.visit_id == visit.id))
    }
    adherence: dict[int, tuple[Adherence | None, str]] = {
        r.strategy_id: (r.adherence, r.barriers)
        for r in s.scalars(select(StrategyReview).where(StrategyReview.visit_id == visit.id))
    }
    own = next((r for r in responses if r.instrument_id == PRACTITIONER_ID), None)
    rating = {
        k: (None if val is None else int(val)) for k, val in (own.answers if own else {}).items()
    }
    return VisitDraft(
        **{name: getattr(visit, name) for name in _COLUMN_FIELDS},
        goal_progress=progress,
        adherence=adherence,
        practitioner_rating=rating,
    )


def _row(s: Session, visit: Visit) -> VisitRow:
    has_checkin = bool(
        s.scalar(
            select(
                exists().where(
                    QuestionnaireResponse.visit_id == visit.id,
                    QuestionnaireResponse.instrument_id == CHECKIN_ID,
                )
            )
        )
    )
    return VisitRow(
        id=visit.id,
        patient_id=visit.patient_id,
        episode_id=visit.episode_id,
        starts_at=visit.starts_at,
        visit_type=visit.visit_type,
        status=visit.status,
        pain_before=visit.pain_before,
        pain_after=visit.pain_after,
        has_checkin=has_checkin,
        rupture_noticed=visit.rupture_noticed,
        updated_at=visit.updated_at,
    )


class VisitService:
    """The visit record, from first draft to signature and amendments."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    def create(
        self,
        patient_id: int,
        starts_at: dt.datetime,
        *,
        visit_type: VisitType | None = None,
        episode_id: int | None = None,
        confirm_future: bool = False,
    ) -> VisitDetail:
        """Start a draft visit in the patient's open episode (or the given one).

        The patient's beliefs and expectations carry forward from their previous visit.
        """
        _check_future(starts_at, confirm_future)
        with self._store.write() as s:
            patient = get_or_raise(s, Patient, patient_id, "patient")
            if patient.archived:
                raise ValidationError(
                    translate("Visits", "This patient is archived; restore them to add a visit.")
                )
            if episode_id is None:
                episode_id = s.scalar(
                    select(Episode.id).where(
                        Episode.patient_id == patient_id, Episode.status == EpisodeStatus.OPEN
                    )
                )
                if episode_id is None:
                    raise ValidationError(
                        translate(
                            "Visits",
                            "This patient has no open episode of care. Start one first "
                            "(Patient > New episode).",
                        )
                    )
            episode = get_or_raise(s, Episode, episode_id, "episode")
            if episode.patient_id != patient_id:
                raise ValidationError(
                    translate("Visits", "This episode belongs to another patient.")
                )
            if episode.status is not EpisodeStatus.OPEN:
                raise ValidationError(
                    translate(
                        "Visits",
                        "This episode has been discharged; reopen it or start a new one first.",
                    )
                )
            if starts_at.date() < episode.started_on:
                raise ValidationError(
                    translate("Visits", "The visit is before the episode started ({date}).").format(
                        date=day(episode.started_on)
                    ),
                    field="starts_at",
                )
            previous = s.scalars(
                select(Visit)
                .where(Visit.episode_id == episode_id)
                .order_by(Visit.starts_at.desc())
                .limit(1)
            ).first()
            if visit_type is None:
                visit_type = VisitType.FOLLOW_UP if previous else VisitType.FIRST
            visit = Visit(
                patient_id=patient_id,
                episode_id=episode_id,
                practitioner_id=self._store.actor_id,
                starts_at=starts_at.replace(second=0, microsecond=0),
                visit_type=VisitType.parse(visit_type, field="visit_type"),
                status=VisitStatus.DRAFT,
                beliefs_expectations=previous.beliefs_expectations if previous else "",
            )
            s.add(visit)
            s.flush()
            return self._detail(s, visit)

    def save_draft(
        self, visit_id: int, draft: VisitDraft, *, confirm_future: bool = False
    ) -> VisitRow:
        """Store the editor's current content (autosave); refuses a signed visit."""
        clean = _clean(draft)
        with self._store.write() as s:
            visit = require_draft_visit(s, visit_id)
            if clean.starts_at.date() != visit.starts_at.date():
                _check_future(clean.starts_at, confirm_future)
                started = s.get_one(Episode, visit.episode_id).started_on
                if clean.starts_at.date() < started:
                    raise ValidationError(
                        translate(
                            "Visits", "The visit cannot be before its episode started ({date})."
                        ).format(date=day(started)),
                        field="starts_at",
                    )
            for name in _COLUMN_FIELDS:
                if getattr(visit, name) != getattr(clean, name):
                    setattr(visit, name, getattr(clean, name))
            for goal_id, rating in clean.goal_progress.items():
                upsert_progress(s, goal_id, visit, rating, None)
            for strategy_id, (adherence, barriers) in clean.adherence.items():
                upsert_review(s, strategy_id, visit, adherence, barriers)
            self._save_own_rating(s, visit, clean.practitioner_rating)
            if s.new or s.deleted or any(s.is_modified(o) for o in s.dirty):
                s.flush()
                refresh_patient_alerts(s, visit.patient_id, self._registry)
            return _row(s, visit)

    def _save_own_rating(self, s: Session, visit: Visit, rating: Mapping[str, int | None]) -> None:
        existing = s.scalars(
            select(QuestionnaireResponse.id).where(
                QuestionnaireResponse.visit_id == visit.id,
                QuestionnaireResponse.instrument_id == PRACTITIONER_ID,
            )
        ).all()
        answers = {k: val for k, val in rating.items() if val is not None}
        current = load_responses(s, [QuestionnaireResponse.id.in_(existing)]) if existing else []
        if current and dict(current[0].answers) == {k: float(x) for k, x in answers.items()}:
            return
        for response_id in existing:
            delete_response(s, response_id)
        if answers:
            add_response(
                s,
                ResponseInput(
                    patient_id=visit.patient_id,
                    visit_id=visit.id,
                    instrument_id=PRACTITIONER_ID,
                    instrument_version=1,
                    respondent=Respondent.PRACTITIONER,
                    answered_at=min(visit.starts_at, dt.datetime.now()),
                    answers={k: float(x) for k, x in answers.items()},
                ),
                self._registry,
            )

    def get(self, visit_id: int) -> VisitDetail:
        with self._store.read() as s:
            return self._detail(s, get_or_raise(s, Visit, visit_id, "visit"))

    def for_episode(self, episode_id: int) -> list[VisitRow]:
        """The episode's visits, oldest first."""
        with self._store.read() as s:
            visits = s.scalars(
                select(Visit).where(Visit.episode_id == episode_id).order_by(Visit.starts_at)
            )
            return [_row(s, visit) for visit in visits]

    def for_patient(self, patient_id: int) -> list[VisitRow]:
        """All of a patient's visits across episodes, oldest first."""
        with self._store.read() as s:
            visits = s.scalars(
                select(Visit).where(Visit.patient_id == patient_id).order_by(Visit.starts_at)
            )
            return [_row(s, visit) for visit in visits]

    def sign(self, visit_id: int) -> VisitDetail:
        """Finalise a visit: from now on it is read-only; corrections are amendments."""
        with self._store.write() as s:
            visit = require_draft_visit(s, visit_id)
            visit.status = VisitStatus.SIGNED
            visit.signed_at = utcnow()
            visit.signed_by_id = self._store.actor_id
            s.flush()
            return self._detail(s, visit)

    def amend(self, visit_id: int, reason: str, text: str) -> AmendmentRow:
        """Add a dated correction to a signed visit."""
        reason = v.required_text(reason, "reason_for_the_amendment", max_chars=2000)
        text = v.required_text(text, "amendment", max_chars=v.MAX_NOTE_CHARS)
        with self._store.write() as s:
            visit = get_or_raise(s, Visit, visit_id, "visit")
            if visit.status is not VisitStatus.SIGNED:
                raise ValidationError(
                    translate("Visits", "This visit is still a draft; edit it directly.")
                )
            amendment = Amendment(
                visit_id=visit_id, author_id=self._store.actor_id, reason=reason, text=text
            )
            s.add(amendment)
            s.flush()
            return AmendmentRow(
                amendment.id, amendment.created_at, amendment.author_id, reason, text
            )

    def delete_draft(self, visit_id: int) -> None:
        """Remove a draft visit made by mistake (a signed visit is never deleted)."""
        with self._store.write() as s:
            visit = require_draft_visit(s, visit_id)
            for model in (GoalProgress, StrategyReview):
                for row in s.scalars(select(model).where(model.visit_id == visit_id)):
                    s.delete(row)
            for response_id in s.scalars(
                select(QuestionnaireResponse.id).where(QuestionnaireResponse.visit_id == visit_id)
            ).all():
                delete_response(s, response_id)
            for reflection in s.scalars(select(Reflection).where(Reflection.visit_id == visit_id)):
                reflection.visit_id = None  # the reflection stays, about the patient
            for alert in s.scalars(select(Alert).where(Alert.visit_id == visit_id)):
                s.delete(alert)
            s.flush()
            patient_id = visit.patient_id
            s.delete(visit)
            s.flush()
            refresh_patient_alerts(s, patient_id, self._registry)

    def last_visit_at(self, patient_id: int) -> dt.datetime | None:
        with self._store.read() as s:
            return s.scalar(select(func.max(Visit.starts_at)).where(Visit.patient_id == patient_id))

    @staticmethod
    def _detail(s: Session, visit: Visit) -> VisitDetail:
        responses = load_responses(s, [QuestionnaireResponse.visit_id == visit.id])
        amendments = tuple(
            AmendmentRow(a.id, a.created_at, a.author_id, a.reason, a.text)
            for a in s.scalars(
                select(Amendment).where(Amendment.visit_id == visit.id).order_by(Amendment.id)
            )
        )
        return VisitDetail(
            id=visit.id,
            patient_id=visit.patient_id,
            episode_id=visit.episode_id,
            status=visit.status,
            signed_at=visit.signed_at,
            draft=_draft_of(s, visit, responses),
            amendments=amendments,
            responses=tuple(responses),
            updated_at=visit.updated_at,
        )
