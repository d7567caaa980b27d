"""A patient's rights over their data: access (their whole record) and erasure.

The record is one nested, JSON-safe structure with plain-English keys and labels, written as a
JSON file here and laid out as a PDF elsewhere. The practitioner's private reflection notes
(transference and countertransference) are never part of it.

Erasure follows the retention rule of :mod:`alliance_desktop.domain.retention`: inside the
retention period it needs an explicit confirmation. It removes every clinical record of the
patient and the patient row itself, unlinks the practitioner's reflections about them, and
redacts the values of their audit entries, in one transaction, through the narrow path the
database guards open for it (migration 0005).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ConfirmationRequired, NotFoundError, ValidationError
from alliance_desktop.domain.instruments import pick
from alliance_desktop.domain.people import display_name, fold
from alliance_desktop.domain.reflection import TEMPLATES
from alliance_desktop.domain.retention import retention_until
from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, day, translate
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.exchange import write_atomically
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.services.practice import KEY_NAME, read_meta
from alliance_desktop.store.base import utcnow
from alliance_desktop.store.models import (
    ERASED_AUDIT_CHANGES,
    Alert,
    Amendment,
    AuditEntry,
    ChartAnnotation,
    Episode,
    ErasureInProgress,
    Goal,
    GoalProgress,
    GoalRevision,
    Patient,
    Practitioner,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Reflection,
    Strategy,
    StrategyReview,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store

RECORD_FORMAT = "alliance-desktop-patient-record"
RECORD_FORMAT_VERSION = 1
#: The record's "About this record" text. The record stays English (a data format); the text is
#: marked for the PDF of the record (``ui.reports.patient_record``), which shows it translated.
ABOUT_RECORD = QT_TRANSLATE_NOOP(
    "PatientRecord",
    "Everything this practice's Alliance Desktop holds about the patient named "
    "below: details and consents, courses of care with their goals, visits, "
    "corrections (amendments) and questionnaires, chart notes, alerts, the "
    "practitioner's reflections about the care (without their private notes) "
    "and the history of changes to the record.",
)

#: Free-text parts of a visit, in the order a visit note reads, with their labels.
VISIT_TEXTS: tuple[tuple[str, str], ...] = (
    ("beliefs_expectations", "Beliefs and expectations"),
    ("subjective", "What the patient reported"),
    ("objective", "Examination findings"),
    ("assessment", "Assessment"),
    ("plan", "Plan"),
    ("touch_notes", "Touch: notes"),
    ("options_discussed", "Options discussed"),
    ("patient_preference", "Patient's preference"),
    ("decision", "Decision"),
    ("techniques", "Techniques"),
    ("self_care_agreed", "Self-care agreed"),
    ("care_setting", "Setting of care"),
    ("disruptions", "Disruptions"),
    ("patient_state", "Patient's state"),
    ("practitioner_state", "Practitioner's state"),
    ("rupture_note", "Strain in the working relationship: notes"),
    ("repair_note", "Repair: notes"),
    ("next_steps", "Next steps"),
)
SECTION_TITLES = {s.key: s.title for sections in TEMPLATES.values() for s in sections}
#: Audit entries about the practitioner's journal stay out of a patient's record.
HISTORY_LEFT_OUT = frozenset({Reflection.__tablename__})


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _yes(value: bool | None) -> str:
    return "Not recorded" if value is None else ("Yes" if value else "No")


def _label(value: Enum) -> str:
    label = getattr(value, "label", None)
    return str(label) if label is not None else str(value.value)


@dataclass(frozen=True, slots=True)
class RetentionInfo:
    """How long one patient's record must be kept."""

    last_contact: dt.date
    keep_until: dt.date
    within_retention: bool


@dataclass(frozen=True, slots=True)
class ErasureSummary:
    patient_id: int
    retention_until: dt.date
    records_removed: Mapping[str, int]
    reflections_unlinked: int
    audit_entries_redacted: int


class PatientDataService:
    """The right of access (the patient's record) and the right to erasure."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    # ------------------------------------------------------------------ access
    def patient_record(self, patient_id: int) -> dict[str, Any]:
        """Everything the practice holds about one patient, without the practitioner's private
        reflection notes, as plain JSON-safe data with readable keys."""
        with self._store.read() as s:
            p = get_or_raise(s, Patient, patient_id, "patient")
            names = {pr.id: pr.name for pr in s.scalars(select(Practitioner))}
            who = _Names(names)
            visits = list(
                s.scalars(
                    select(Visit)
                    .where(Visit.patient_id == patient_id)
                    .order_by(Visit.starts_at, Visit.id)
                )
            )
            visit_ids = [vi.id for vi in visits]
            responses = self._responses(s, patient_id)
            episodes = []
            for e in s.scalars(
                select(Episode)
                .where(Episode.patient_id == patient_id)
                .order_by(Episode.started_on, Episode.id)
            ):
                episodes.append(
                    {
                        "Number": e.id,
                        "Reason for care": e.reason,
                        "Started on": _day(e.started_on),
                        "Ended on": _day(e.ended_on),
                        "Status": _label(e.status),
                        "Discharge note": e.discharge_note,
                        "Goals": self._goals(s, e.id),
                        "Visits": [
                            self._visit(s, vi, who, responses.pop(vi.id, []))
                            for vi in visits
                            if vi.episode_id == e.id
                        ],
                    }
                )
            record: dict[str, Any] = {
                "Format": RECORD_FORMAT,
                "Format version": RECORD_FORMAT_VERSION,
                "About this record": ABOUT_RECORD,
                "Practice": read_meta(s).get(KEY_NAME, ""),
                "Produced at": _moment(utcnow()),
                "Patient": {
                    "Record number": p.id,
                    "Name": display_name(p.family_name, p.given_names, p.preferred_name),
                    "Family name": p.family_name,
                    "Given names": p.given_names,
                    "Preferred name": p.preferred_name,
                    "Date of birth": _day(p.date_of_birth),
                    "Email": p.email,
                    "Phone": p.phone,
                    "Address": p.address,
                    "Communication needs": p.communication_notes,
                    "Consent to store data": _yes(p.storage_consent),
                    "Consent to store data recorded on": _day(p.storage_consent_on),
                    "Consent to research use": _yes(p.research_consent),
                    "Consent to research use recorded on": _day(p.research_consent_on),
                    "Archived": _yes(p.archived),
                    "Archived at": _moment(p.archived_at),
                    "Record created at": _moment(p.created_at),
                    "Record updated at": _moment(p.updated_at),
                },
                "Courses of care": episodes,
                "Questionnaires without a visit": [
                    row for rows in responses.values() for row in rows
                ],
                "Chart notes": [
                    {
                        "Date": _day(a.on_date),
                        "Kind": _label(a.kind),
                        "Note": a.label,
                        "Course of care": a.episode_id,
                        "Written at": _moment(a.created_at),
                    }
                    for a in s.scalars(
                        select(ChartAnnotation)
                        .where(ChartAnnotation.patient_id == patient_id)
                        .order_by(ChartAnnotation.on_date, ChartAnnotation.id)
                    )
                ],
                "Alerts": [
                    {
                        "Raised at": _moment(a.created_at),
                        "Visit": a.visit_id,
                        "Kind": a.kind.replace("_", " "),
                        "Severity": a.severity,
                        "What": a.what,
                        "Why it matters": a.why,
                        "Suggestion": a.suggestion,
                        "Status": a.status,
                        "Acknowledged at": _moment(a.acknowledged_at),
                        "Practitioner's note": a.note,
                    }
                    for a in s.scalars(
                        select(Alert).where(Alert.patient_id == patient_id).order_by(Alert.id)
                    )
                ],
                "Reflections about this patient's care": self._reflections(
                    s, patient_id, visit_ids, who
                ),
                "History of changes": [
                    {
                        "When": _moment(a.at),
                        "Who": who(a.actor_id),
                        "Record": a.entity.replace("_", " "),
                        "Record number": a.entity_id,
                        "Change": a.action,
                    }
                    for a in s.scalars(
                        select(AuditEntry)
                        .where(
                            AuditEntry.patient_id == patient_id,
                            AuditEntry.entity.not_in(HISTORY_LEFT_OUT),
                        )
                        .order_by(AuditEntry.id)
                    )
                ],
            }
        return record

    def export_patient_json(
        self, patient_id: int, out: Path, *, record: Mapping[str, Any] | None = None
    ) -> Path:
        """Write the patient's record as a JSON file (atomically: complete or not at all).

        ``record`` is the patient's :meth:`patient_record` when the caller already has it.
        """
        if record is None:
            record = self.patient_record(patient_id)
        out = Path(out)
        write_atomically(out, [json.dumps(record, ensure_ascii=False, indent=2) + "\n"])
        return out

    def _goals(self, s: Session, episode_id: int) -> list[dict[str, Any]]:
        goals = []
        for g in s.scalars(select(Goal).where(Goal.episode_id == episode_id).order_by(Goal.id)):
            strategies = []
            for st in s.scalars(
                select(Strategy).where(Strategy.goal_id == g.id).order_by(Strategy.id)
            ):
                strategies.append(
                    {
                        "Number": st.id,
                        "Strategy": st.description,
                        "Where": _label(st.setting),
                        "Who": _label(st.owner),
                        "Responsibilities": st.responsibilities,
                        "Patient's confidence (0-10)": st.patient_confidence,
                        "Active": _yes(st.active),
                        "Reviews at visits": [
                            {
                                "Visit": r.visit_id,
                                "Done": _label(r.adherence),
                                "What got in the way": r.barriers,
                            }
                            for r in s.scalars(
                                select(StrategyReview)
                                .where(StrategyReview.strategy_id == st.id)
                                .order_by(StrategyReview.id)
                            )
                        ],
                    }
                )
            goals.append(
                {
                    "Number": g.id,
                    "Goal": g.wording,
                    "How success is measured": g.success_measure,
                    "Target": g.success_target,
                    "Proposed by": _label(g.proposed_by),
                    "Patient agrees": _yes(g.patient_agrees),
                    "Practitioner agrees": _yes(g.practitioner_agrees),
                    "Priority": g.priority,
                    "Target date": _day(g.target_date),
                    "Status": _label(g.status),
                    "Reason for the status": g.status_reason,
                    "Written at": _moment(g.created_at),
                    "Earlier versions": [
                        {
                            "Revised at": _moment(r.revised_at),
                            "Reason": r.reason,
                            "Goal": r.wording,
                            "How success is measured": r.success_measure,
                            "Target": r.success_target,
                            "Proposed by": _label(r.proposed_by),
                            "Patient agrees": _yes(r.patient_agrees),
                            "Practitioner agrees": _yes(r.practitioner_agrees),
                            "Priority": r.priority,
                            "Target date": _day(r.target_date),
                            "Status": _label(r.status),
                        }
                        for r in s.scalars(
                            select(GoalRevision)
                            .where(GoalRevision.goal_id == g.id)
                            .order_by(GoalRevision.id)
                        )
                    ],
                    "Strategies": strategies,
                    "Progress at visits": [
                        {"Visit": gp.visit_id, "Rating (0-10)": gp.rating, "Note": gp.note}
                        for gp in s.scalars(
                            select(GoalProgress)
                            .where(GoalProgress.goal_id == g.id)
                            .order_by(GoalProgress.id)
                        )
                    ],
                }
            )
        return goals

    def _visit(
        self, s: Session, vi: Visit, who: _Names, responses: list[dict[str, Any]]
    ) -> dict[str, Any]:
        visit: dict[str, Any] = {
            "Number": vi.id,
            "Date and time": _moment(vi.starts_at),
            "Duration (minutes)": vi.duration_minutes,
            "Type": _label(vi.visit_type),
            "Status": _label(vi.status),
            "Practitioner": who(vi.practitioner_id),
            "Signed at": _moment(vi.signed_at),
            "Signed by": who(vi.signed_by_id) if vi.signed_by_id is not None else None,
            "Pain before (0-10)": vi.pain_before,
            "Pain after (0-10)": vi.pain_after,
            "Approach explained": _yes(vi.approach_explained),
            "Limits agreed": _yes(vi.limits_set),
            "Stop signal agreed": _yes(vi.stop_signal_agreed),
            "Chaperone": _label(vi.chaperone),
            "Interpreter": _label(vi.interpreter),
            "Consent": _label(vi.consent_decision),
            "Comfort with touch (0-10)": vi.touch_comfort,
            "Strain in the working relationship noticed": _yes(vi.rupture_noticed),
            "Repair tried": _yes(vi.repair_tried),
        }
        for column, label in VISIT_TEXTS:
            visit[label] = getattr(vi, column)
        visit["Amendments"] = [
            {
                "Written at": _moment(a.created_at),
                "By": who(a.author_id),
                "Reason": a.reason,
                "Correction": a.text,
            }
            for a in s.scalars(
                select(Amendment).where(Amendment.visit_id == vi.id).order_by(Amendment.id)
            )
        ]
        visit["Questionnaires"] = responses
        return visit

    def _responses(self, s: Session, patient_id: int) -> dict[int | None, list[dict[str, Any]]]:
        """The patient's questionnaires, by visit (None: not answered at a visit)."""
        by_visit: dict[int | None, list[dict[str, Any]]] = {}
        answers: dict[int, list[QuestionnaireAnswer]] = {}
        for answer in s.scalars(
            select(QuestionnaireAnswer)
            .join(
                QuestionnaireResponse, QuestionnaireResponse.id == QuestionnaireAnswer.response_id
            )
            .where(QuestionnaireResponse.patient_id == patient_id)
            .order_by(QuestionnaireAnswer.id)
        ):
            answers.setdefault(answer.response_id, []).append(answer)
        for r in s.scalars(
            select(QuestionnaireResponse)
            .where(QuestionnaireResponse.patient_id == patient_id)
            .order_by(QuestionnaireResponse.answered_at, QuestionnaireResponse.id)
        ):
            try:
                instrument = self._registry.get(r.instrument_id, r.instrument_version)
            except NotFoundError:
                instrument = None
            items = {i.id: i for i in instrument.items} if instrument else {}
            by_visit.setdefault(r.visit_id, []).append(
                {
                    "Number": r.id,
                    "Questionnaire": pick(instrument.title, r.language)
                    if instrument
                    else r.instrument_id,
                    "Questionnaire id": r.instrument_id,
                    "Questionnaire version": r.instrument_version,
                    "Visit": r.visit_id,
                    "Answered by": _label(r.respondent),
                    "How": _label(r.mode),
                    "Answered at": _moment(r.answered_at),
                    "Language": r.language,
                    "Answers": [
                        {
                            "Item": a.item_id,
                            "Question": pick(items[a.item_id].text, r.language)
                            if a.item_id in items
                            else "",
                            "Answer": a.value,
                            "Text": a.text,
                        }
                        for a in answers.get(r.id, [])
                    ],
                }
            )
        return by_visit

    @staticmethod
    def _reflections(
        s: Session, patient_id: int, visit_ids: list[int], who: _Names
    ) -> list[dict[str, Any]]:
        linked = Reflection.patient_id == patient_id
        if visit_ids:
            linked = or_(linked, Reflection.visit_id.in_(visit_ids))
        # Columns picked one by one: the private notes are never even read here.
        query = (
            select(
                Reflection.id,
                Reflection.practitioner_id,
                Reflection.visit_id,
                Reflection.written_on,
                Reflection.title,
                Reflection.template,
                Reflection.sections,
                Reflection.tags,
                Reflection.archived,
            )
            .where(linked)
            .order_by(Reflection.written_on, Reflection.id)
        )
        return [
            {
                "Written on": _day(r.written_on),
                "By": who(r.practitioner_id),
                "Title": r.title,
                "Kind": _label(r.template),
                "Visit": r.visit_id,
                "Sections": [
                    {"Section": SECTION_TITLES.get(key, key.replace("_", " ")), "Text": str(body)}
                    for key, body in dict(r.sections).items()
                    if body
                ],
                "Tags": list(r.tags),
                "Archived": _yes(r.archived),
            }
            for r in s.execute(query)
        ]

    # --------------------------------------------------------------- retention
    def retention(self, patient_id: int, *, today: dt.date | None = None) -> RetentionInfo:
        """The patient's last contact and the date their record must be kept until."""
        today = today or dt.date.today()
        with self._store.read() as s:
            p = get_or_raise(s, Patient, patient_id, "patient")
            return self._retention(s, p, today)

    @staticmethod
    def _retention(s: Session, p: Patient, today: dt.date) -> RetentionInfo:
        days: list[dt.date] = []
        for query in (
            select(func.max(Visit.starts_at)).where(Visit.patient_id == p.id),
            select(func.max(QuestionnaireResponse.answered_at)).where(
                QuestionnaireResponse.patient_id == p.id
            ),
        ):
            moment = s.scalar(query)
            if moment is not None:
                days.append(moment.date())
        for query_day in (
            select(func.max(Episode.ended_on)).where(Episode.patient_id == p.id),
            select(func.max(Episode.started_on)).where(Episode.patient_id == p.id),
        ):
            found = s.scalar(query_day)
            if found is not None:
                days.append(found)
        last = max(days) if days else p.created_at.date()  # never seen: since added
        until = retention_until(p.date_of_birth, last)
        return RetentionInfo(last_contact=last, keep_until=until, within_retention=today <= until)

    # ----------------------------------------------------------------- erasure
    def erase_patient(
        self,
        patient_id: int,
        reason: str,
        *,
        confirm_within_retention: bool = False,
        today: dt.date | None = None,
    ) -> ErasureSummary:
        """Erase one patient's personal data, in one transaction.

        Removes the patient and every clinical record of theirs (courses of care, goals and
        their versions, strategies and reviews, visits and amendments, questionnaires, goal
        progress, chart notes, alerts); the practitioner's reflections about them stay but lose
        their link; the values in their audit entries are replaced by a redaction marker, and
        one new audit entry records the erasure, its reason and date, without the name.

        Raises:
            ValidationError: the reason is empty, or it names the patient.
            NotFoundError: there is no such patient.
            ConfirmationRequired: the record is inside its retention period; call again with
                ``confirm_within_retention=True`` to erase it anyway.
        """
        reason = v.required_text(reason, "reason_for_the_erasure", max_chars=2000)
        today = today or dt.date.today()
        with self._store.write() as s:
            p = get_or_raise(s, Patient, patient_id, "patient")
            if _mentions(reason, p):
                raise ValidationError(
                    translate(
                        "PatientData",
                        "Leave the patient's name and contact details out of the reason: the "
                        "audit trail keeps the reason after the erasure.",
                    ),
                    field="reason_for_the_erasure",
                )
            keep = self._retention(s, p, today)
            if keep.within_retention and not confirm_within_retention:
                raise ConfirmationRequired(
                    translate(
                        "PatientData",
                        "This record must normally be kept until {until} (last contact {last}). "
                        "Erase it anyway only if there is a lawful reason to; the erasure cannot "
                        "be undone.",
                    ).format(
                        until=day(keep.keep_until, long=True),
                        last=day(keep.last_contact, long=True),
                    )
                )
            conn = s.connection()
            sqlite = conn.dialect.name == "sqlite"
            # Deleted rows are overwritten in the file, not only unlinked from its pages.
            secure = conn.exec_driver_sql("PRAGMA secure_delete").scalar() if sqlite else None
            if sqlite:
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            try:
                removed, unlinked, redacted = _erase(conn, patient_id)
            finally:
                if sqlite:
                    conn.exec_driver_sql(f"PRAGMA secure_delete={int(secure or 0)}")
            conn.execute(
                insert(AuditEntry),
                [
                    {
                        "at": utcnow(),
                        "actor_id": self._store.actor_id,
                        "entity": Patient.__tablename__,
                        "entity_id": patient_id,
                        "patient_id": patient_id,
                        "action": "erase",
                        "changes": {
                            "summary": "patient erased",
                            "reason": reason,
                            "erased_on": today.isoformat(),
                            "retention_until": keep.keep_until.isoformat(),
                            "erased_within_retention": keep.within_retention,
                            "records_removed": removed,
                            "reflections_unlinked": unlinked,
                            "audit_entries_redacted": redacted,
                        },
                    }
                ],
            )
            s.expunge_all()  # the session's copy of the patient is gone from the database
        _checkpoint(self._store)
        return ErasureSummary(
            patient_id=patient_id,
            retention_until=keep.keep_until,
            records_removed=removed,
            reflections_unlinked=unlinked,
            audit_entries_redacted=redacted,
        )


class _Names:
    """Practitioner names by id, for 'who' fields."""

    def __init__(self, names: Mapping[int, str]) -> None:
        self._names = names

    def __call__(self, practitioner_id: int | None) -> str | None:
        if practitioner_id is None:
            return None
        return self._names.get(practitioner_id, f"practitioner {practitioner_id}")


def _mentions(reason: str, p: Patient) -> bool:
    """True if the reason names the patient or gives one of their contact details."""
    words = set(re.findall(r"\w+", fold(reason)))
    folded = fold(reason)
    for name in (p.family_name, p.given_names, p.preferred_name):
        parts = [part for part in re.findall(r"\w+", fold(name)) if len(part) > 1]
        if parts and all(part in words for part in parts):
            return True
    if p.email and fold(p.email) in folded:
        return True
    digits = re.sub(r"\D", "", p.phone)
    return len(digits) >= 6 and digits in re.sub(r"\D", "", reason)


def _erase(conn: Connection, patient_id: int) -> tuple[dict[str, int], int, int]:
    """Delete the patient's rows, children first, with the erasure marker set."""
    visits = select(Visit.id).where(Visit.patient_id == patient_id)
    episodes = select(Episode.id).where(Episode.patient_id == patient_id)
    goals = select(Goal.id).where(Goal.episode_id.in_(episodes))
    strategies = select(Strategy.id).where(Strategy.goal_id.in_(goals))
    responses = select(QuestionnaireResponse.id).where(
        QuestionnaireResponse.patient_id == patient_id
    )
    marker = ErasureInProgress
    conn.execute(delete(marker))  # never committed; if one were, this closes it
    conn.execute(insert(marker), [{"id": 1, "patient_id": patient_id}])
    steps: list[tuple[str, Any]] = [
        (
            "questionnaire answers",
            delete(QuestionnaireAnswer).where(QuestionnaireAnswer.response_id.in_(responses)),
        ),
        (
            "questionnaires",
            delete(QuestionnaireResponse).where(QuestionnaireResponse.patient_id == patient_id),
        ),
        (
            "goal progress",
            delete(GoalProgress).where(
                or_(GoalProgress.goal_id.in_(goals), GoalProgress.visit_id.in_(visits))
            ),
        ),
        (
            "self-care reviews",
            delete(StrategyReview).where(
                or_(StrategyReview.strategy_id.in_(strategies), StrategyReview.visit_id.in_(visits))
            ),
        ),
        ("strategies", delete(Strategy).where(Strategy.goal_id.in_(goals))),
        ("goal versions", delete(GoalRevision).where(GoalRevision.goal_id.in_(goals))),
        (
            "alerts",
            delete(Alert).where(
                or_(
                    Alert.patient_id == patient_id,
                    Alert.visit_id.in_(visits),
                    Alert.episode_id.in_(episodes),
                )
            ),
        ),
        (
            "chart notes",
            delete(ChartAnnotation).where(
                or_(
                    ChartAnnotation.patient_id == patient_id,
                    ChartAnnotation.episode_id.in_(episodes),
                )
            ),
        ),
        ("amendments", delete(Amendment).where(Amendment.visit_id.in_(visits))),
        ("goals", delete(Goal).where(Goal.episode_id.in_(episodes))),
    ]
    removed: dict[str, int] = {}
    for name, statement in steps:
        removed[name] = conn.execute(statement).rowcount
    unlinked = conn.execute(
        update(Reflection)
        .where(or_(Reflection.patient_id == patient_id, Reflection.visit_id.in_(visits)))
        .values(patient_id=None, visit_id=None)
    ).rowcount
    removed["visits"] = conn.execute(delete(Visit).where(Visit.patient_id == patient_id)).rowcount
    removed["courses of care"] = conn.execute(
        delete(Episode).where(Episode.patient_id == patient_id)
    ).rowcount
    redacted = conn.execute(
        text(
            "UPDATE audit_entry SET changes = :redacted "
            "WHERE patient_id = :patient AND changes IS NOT :redacted"
        ),
        {"redacted": ERASED_AUDIT_CHANGES, "patient": patient_id},
    ).rowcount
    conn.execute(delete(marker))
    removed["patient"] = conn.execute(delete(Patient).where(Patient.id == patient_id)).rowcount
    return removed, int(unlinked), int(redacted)


def _checkpoint(store: Store) -> None:
    """Move the write-ahead log into the file and empty it, so the old pages holding the erased
    data do not linger there (best effort: a busy reader only delays it)."""
    if store.engine.dialect.name != "sqlite":
        return
    # The erasure itself is committed; this only tidies, so no failure of it is reported.
    with contextlib.suppress(Exception), store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
