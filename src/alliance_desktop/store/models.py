"""Typed ORM classes of the practice store; relationships never load lazily by accident."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
from alliance_desktop.store.base import Base, UTCDateTime, utcnow


def _enum(cls: type[StrEnum]) -> SAEnum:
    """A portable enum column: a short string with a CHECK constraint of its values."""
    return SAEnum(
        cls,
        name=cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def _score_check(column: str, low: int = 0, high: int = 10) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} >= {low} AND {column} <= {high})", name=f"{column}_range"
    )


class Audited:
    """Marks a mapped class whose every insert, update and delete is written to the audit trail."""

    __audited__ = True


class StoreMeta(Base):
    """Key-value facts about the store itself (practice name, demo marker, CPD cycle start)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Practitioner(Audited, Base):
    """A user of the app: an osteopath or other practitioner of the practice."""

    __tablename__ = "practitioner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    registration: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Patient(Audited, Base):
    """A person under care, with their consents."""

    __tablename__ = "patient"
    __table_args__ = (Index("ix_patient_archived_family", "archived", "family_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    communication_notes: Mapped[str] = mapped_column(Text, default="")
    storage_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    storage_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    research_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    research_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Episode(Audited, Base):
    """A course of care for one complaint."""

    __tablename__ = "episode"
    __table_args__ = (Index("ix_episode_patient_started", "patient_id", "started_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    reason: Mapped[str] = mapped_column(Text)
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[EpisodeStatus] = mapped_column(_enum(EpisodeStatus), default=EpisodeStatus.OPEN)
    discharge_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Goal(Audited, Base):
    """A treatment goal in the patient's own words, agreed (or not) by both sides."""

    __tablename__ = "goal"
    __table_args__ = (CheckConstraint("priority >= 1 AND priority <= 5", name="priority_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"), index=True)
    wording: Mapped[str] = mapped_column(Text)
    success_measure: Mapped[str] = mapped_column(Text, default="")
    success_target: Mapped[str] = mapped_column(Text, default="")
    proposed_by: Mapped[ProposedBy] = mapped_column(_enum(ProposedBy))
    patient_agrees: Mapped[bool | None] = mapped_column(Boolean)
    practitioner_agrees: Mapped[bool | None] = mapped_column(Boolean)
    priority: Mapped[int] = mapped_column(Integer, default=2)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), default=GoalStatus.ACTIVE)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    strategies: Mapped[list[Strategy]] = relationship(
        lazy="raise", order_by="Strategy.id", back_populates="goal"
    )
    revisions: Mapped[list[GoalRevision]] = relationship(
        lazy="raise", order_by="GoalRevision.id", back_populates="goal"
    )


class GoalRevision(Audited, Base):
    """An earlier version of a goal, kept when it was revised, achieved or dropped."""

    __tablename__ = "goal_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id"), index=True)
    revised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    wording: Mapped[str] = mapped_column(Text)
    success_measure: Mapped[str] = mapped_column(Text)
    success_target: Mapped[str] = mapped_column(Text)
    proposed_by: Mapped[ProposedBy] = mapped_column(_enum(ProposedBy))
    patient_agrees: Mapped[bool | None] = mapped_column(Boolean)
    practitioner_agrees: Mapped[bool | None] = mapped_column(Boolean)
    priority: Mapped[int] = mapped_column(Integer)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus))

    goal: Mapped[Goal] = relationship(lazy="raise", back_populates="revisions")


class Strategy(Audited, Base):
    """A way of working towards a goal (the tasks pillar): in the room or self-care."""

    __tablename__ = "strategy"
    __table_args__ = (_score_check("patient_confidence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    setting: Mapped[StrategySetting] = mapped_column(_enum(StrategySetting))
    owner: Mapped[StrategyOwner] = mapped_column(_enum(StrategyOwner))
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    patient_confidence: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    goal: Mapped[Goal] = relationship(lazy="raise", back_populates="strategies")


class StrategyReview(Audited, Base):
    """Adherence to a strategy and what got in the way, recorded at a visit."""

    __tablename__ = "strategy_review"
    __table_args__ = (UniqueConstraint("strategy_id", "visit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id"))
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    adherence: Mapped[Adherence] = mapped_column(_enum(Adherence))
    barriers: Mapped[str] = mapped_column(Text, default="")


class Visit(Audited, Base):
    """One visit: notes, pain, consent checkpoint, shared decision, context, rupture and repair."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_patient_starts", "patient_id", "starts_at"),
        Index("ix_visit_episode_starts", "episode_id", "starts_at"),
        # the latest visits first, across patients: start-up's first screen of the list
        Index("ix_visit_starts_patient", "starts_at", "patient_id"),
        _score_check("pain_before"),
        _score_check("pain_after"),
        _score_check("touch_comfort"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)  # clinic wall-clock time
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    visit_type: Mapped[VisitType] = mapped_column(_enum(VisitType))
    status: Mapped[VisitStatus] = mapped_column(_enum(VisitStatus), default=VisitStatus.DRAFT)
    beliefs_expectations: Mapped[str] = mapped_column(Text, default="")
    subjective: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    pain_before: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    approach_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    limits_set: Mapped[bool] = mapped_column(Boolean, default=False)
    stop_signal_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    chaperone: Mapped[Chaperone] = mapped_column(_enum(Chaperone), default=Chaperone.NOT_OFFERED)
    interpreter: Mapped[Interpreter] = mapped_column(
        _enum(Interpreter), default=Interpreter.NOT_NEEDED
    )
    consent_decision: Mapped[ConsentDecision] = mapped_column(
        _enum(ConsentDecision), default=ConsentDecision.NOT_RECORDED
    )
    touch_comfort: Mapped[int | None] = mapped_column(Integer)
    touch_notes: Mapped[str] = mapped_column(Text, default="")
    options_discussed: Mapped[str] = mapped_column(Text, default="")
    patient_preference: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    techniques: Mapped[str] = mapped_column(Text, default="")
    self_care_agreed: Mapped[str] = mapped_column(Text, default="")
    care_setting: Mapped[str] = mapped_column(Text, default="")
    disruptions: Mapped[str] = mapped_column(Text, default="")
    patient_state: Mapped[str] = mapped_column(Text, default="")
    practitioner_state: Mapped[str] = mapped_column(Text, default="")
    rupture_noticed: Mapped[bool] = mapped_column(Boolean, default=False)
    rupture_note: Mapped[str] = mapped_column(Text, default="")
    repair_tried: Mapped[bool] = mapped_column(Boolean, default=False)
    repair_note: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Amendment(Audited, Base):
    """A dated correction to a signed visit, with its reason; never edited once written."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class QuestionnaireResponse(Audited, Base):
    """One completed questionnaire (check-in, practitioner rating, pain, function)."""

    __tablename__ = "questionnaire_response"
    __table_args__ = (Index("ix_response_patient_answered", "patient_id", "answered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int] = mapped_column(Integer)
    respondent: Mapped[Respondent] = mapped_column(_enum(Respondent))
    mode: Mapped[ResponseMode] = mapped_column(_enum(ResponseMode))
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime)  # clinic wall-clock time
    language: Mapped[str] = mapped_column(String(16), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    answers: Mapped[list[QuestionnaireAnswer]] = relationship(
        lazy="raise", order_by="QuestionnaireAnswer.id", back_populates="response"
    )


class QuestionnaireAnswer(Audited, Base):
    """One item's answer (missing answers are stored as NULL, never as zero)."""

    __tablename__ = "questionnaire_answer"
    __table_args__ = (UniqueConstraint("response_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_response.id"))
    item_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")

    response: Mapped[QuestionnaireResponse] = relationship(lazy="raise", back_populates="answers")


class GoalProgress(Audited, Base):
    """Progress towards a goal, rated 0-10 at a visit."""

    __tablename__ = "goal_progress"
    __table_args__ = (UniqueConstraint("goal_id", "visit_id"), _score_check("rating"))

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id"))
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class ChartAnnotation(Audited, Base):
    """A dated marker on a patient's charts: a life event or a change of treatment."""

    __tablename__ = "chart_annotation"
    __table_args__ = (Index("ix_annotation_patient_date", "patient_id", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))
    on_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[AnnotationKind] = mapped_column(_enum(AnnotationKind))
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reflection(Audited, Base):
    """A reflective-practice entry, with its CPD facts; the private section never leaves the app."""

    __tablename__ = "reflection"
    __table_args__ = (
        Index("ix_reflection_written", "written_on"),
        CheckConstraint("minutes >= 0", name="minutes_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    written_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    template: Mapped[ReflectionTemplate] = mapped_column(_enum(ReflectionTemplate))
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    private_notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    with_others: Mapped[bool] = mapped_column(Boolean, default=False)
    themes: Mapped[str] = mapped_column(String(8), default="")
    objective_activity: Mapped[bool] = mapped_column(Boolean, default=False)
    communication_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """One change to clinical data: who, when, what, and the old and new values."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_patient", "patient_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the trail outlives its actors
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    patient_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class InstrumentDefinition(Audited, Base):
    """A questionnaire definition imported by the practitioner (the shipped ones live in the
    package). Kept in the store so that old responses can always be scored and backed up."""

    __tablename__ = "instrument_definition"
    __table_args__ = (UniqueConstraint("instrument_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    licence_confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Alert(Audited, Base):
    """An alliance alert found by the alert engine, with the practitioner's response to it."""

    __tablename__ = "alert"
    __table_args__ = (
        UniqueConstraint("patient_id", "visit_id", "kind", "key"),
        Index("ix_alert_patient_status", "patient_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"))
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | acknowledged
    recovered_visit_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


#: What an erased patient's audit entries hold instead of their old and new values (the
#: database guard of migration 0005 accepts exactly this text and nothing else).
ERASED_AUDIT_CHANGES = '{"redacted": "personal data erased"}'


class ErasureInProgress(Base):
    """A one-row marker that exists only inside the transaction erasing one patient.

    While it names a patient, the database guards let that patient's signed records (and only
    theirs) be deleted and their audit entries be redacted; nothing else is relaxed.
    """

    __tablename__ = "erasure_in_progress"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    patient_id: Mapped[int] = mapped_column(Integer)
