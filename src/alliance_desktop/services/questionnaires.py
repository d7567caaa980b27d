"""Questionnaire responses: patient check-ins, practitioner ratings, pain and function scores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import Score, score
from alliance_desktop.domain.text import translate
from alliance_desktop.domain.vocab import Respondent, ResponseMode, VisitStatus
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.instruments import InstrumentRegistry
from alliance_desktop.store.models import (
    Patient,
    QuestionnaireAnswer,
    QuestionnaireResponse,
    Visit,
)
from alliance_desktop.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class ResponseInput:
    patient_id: int
    instrument_id: str
    instrument_version: int
    respondent: Respondent
    answered_at: dt.datetime
    answers: Mapping[str, float | None]
    visit_id: int | None = None
    mode: ResponseMode = ResponseMode.IN_ROOM
    language: str = "en"
    texts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ResponseRow:
    id: int
    patient_id: int
    visit_id: int | None
    instrument_id: str
    instrument_version: int
    respondent: Respondent
    mode: ResponseMode
    answered_at: dt.datetime
    language: str
    answers: Mapping[str, float | None]
    texts: Mapping[str, str]


def response_row(r: QuestionnaireResponse) -> ResponseRow:
    return ResponseRow(
        id=r.id,
        patient_id=r.patient_id,
        visit_id=r.visit_id,
        instrument_id=r.instrument_id,
        instrument_version=r.instrument_version,
        respondent=r.respondent,
        mode=r.mode,
        answered_at=r.answered_at,
        language=r.language,
        answers={a.item_id: a.value for a in r.answers},
        texts={a.item_id: a.text for a in r.answers if a.text},
    )


def add_response(
    s: Session, data: ResponseInput, registry: InstrumentRegistry
) -> QuestionnaireResponse:
    """Check and add one response with its answers (inside the caller's unit of work)."""
    instrument = registry.get(data.instrument_id, data.instrument_version)
    answers = instrument.check_answers(dict(data.answers))
    if set(data.texts) - set(answers):
        raise ValidationError(
            translate("Questionnaires", "An activity name was given for an item with no answer.")
        )
    if not answers:
        raise ValidationError(
            translate("Questionnaires", "A questionnaire needs at least one answer.")
        )
    get_or_raise(s, Patient, data.patient_id, "patient")
    if data.visit_id is not None:
        visit = get_or_raise(s, Visit, data.visit_id, "visit")
        if visit.patient_id != data.patient_id:
            raise ValidationError(
                translate("Questionnaires", "This visit belongs to another patient.")
            )
        # The practitioner's own rating is part of the signed record; the patient's check-in is
        # the patient's voice and may arrive after signing (a paper form keyed in later).
        if visit.status is VisitStatus.SIGNED and data.respondent != Respondent.PATIENT:
            raise ValidationError(
                translate(
                    "Questionnaires",
                    "This visit is signed; your own rating can no longer be changed. "
                    "Add an amendment instead.",
                )
            )
    if not isinstance(data.answered_at, dt.datetime):
        raise ValidationError(
            translate("Questionnaires", "Please give when the questionnaire was answered.")
        )
    answered_at = data.answered_at
    if answered_at.tzinfo is not None:
        answered_at = answered_at.astimezone().replace(tzinfo=None)
    if answered_at > dt.datetime.now() + dt.timedelta(hours=1):
        raise ValidationError(
            translate("Questionnaires", "A questionnaire cannot be answered in the future."),
            field="answered_at",
        )
    response = QuestionnaireResponse(
        patient_id=data.patient_id,
        visit_id=data.visit_id,
        instrument_id=data.instrument_id,
        instrument_version=data.instrument_version,
        respondent=Respondent.parse(data.respondent, field="respondent"),
        mode=ResponseMode.parse(data.mode, field="mode"),
        answered_at=answered_at,
        language=v.required_text(data.language, "language", max_chars=16),
    )
    s.add(response)
    s.flush()
    s.add_all(
        QuestionnaireAnswer(
            response_id=response.id,
            item_id=item_id,
            value=value,
            text=v.optional_text(data.texts.get(item_id, ""), item_id, max_chars=500),
        )
        for item_id, value in answers.items()
    )
    return response


def load_responses(s: Session, where: Iterable[object]) -> list[ResponseRow]:
    query = (
        select(QuestionnaireResponse)
        .options(selectinload(QuestionnaireResponse.answers))
        .order_by(QuestionnaireResponse.answered_at, QuestionnaireResponse.id)
    )
    for clause in where:
        query = query.where(clause)  # type: ignore[arg-type]
    return [response_row(r) for r in s.scalars(query)]


def delete_response(s: Session, response_id: int) -> None:
    """Delete a response and its answers through the ORM, so the audit trail sees each row."""
    for answer in s.scalars(
        select(QuestionnaireAnswer).where(QuestionnaireAnswer.response_id == response_id)
    ):
        s.delete(answer)
    s.flush()
    s.delete(s.get_one(QuestionnaireResponse, response_id))


class QuestionnaireService:
    """Recording and reading questionnaire responses."""

    def __init__(self, store: Store, registry: InstrumentRegistry) -> None:
        self._store = store
        self._registry = registry

    def record(self, data: ResponseInput) -> ResponseRow:
        """Store a completed questionnaire; the patient's alerts are brought up to date with it."""
        from alliance_desktop.services.alerts import refresh_patient_alerts

        with self._store.write() as s:
            response = add_response(s, data, self._registry)
            s.flush()
            refresh_patient_alerts(s, data.patient_id, self._registry)
            return load_responses(s, [QuestionnaireResponse.id == response.id])[0]

    def delete(self, response_id: int) -> None:
        """Remove a response entered by mistake (for example a paper form keyed in twice)."""
        from alliance_desktop.services.alerts import refresh_patient_alerts

        with self._store.write() as s:
            response = get_or_raise(s, QuestionnaireResponse, response_id, "questionnaire")
            patient_id = response.patient_id
            if response.visit_id is not None:
                visit = s.get(Visit, response.visit_id)
                if visit is not None and visit.status is VisitStatus.SIGNED:
                    raise ValidationError(
                        translate(
                            "Questionnaires",
                            "This questionnaire belongs to a signed visit and cannot be removed.",
                        )
                    )
            delete_response(s, response_id)
            s.flush()
            refresh_patient_alerts(s, patient_id, self._registry)

    def scores(self, response: ResponseRow) -> Score:
        """The total and subscale scores of a response, with the version it was answered with."""
        instrument = self._registry.get(response.instrument_id, response.instrument_version)
        return score(instrument, response.answers)

    def for_patient(self, patient_id: int) -> list[ResponseRow]:
        """All of a patient's responses in time order (bounded by that patient's index)."""
        with self._store.read() as s:
            return load_responses(s, [QuestionnaireResponse.patient_id == patient_id])

    def for_visit(self, visit_id: int) -> list[ResponseRow]:
        with self._store.read() as s:
            return load_responses(s, [QuestionnaireResponse.visit_id == visit_id])
