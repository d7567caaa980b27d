"""Reflections: the practitioner's reflective journal and its CPD record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.domain import validation as v
from alliance_desktop.domain.cpd import CpdActivity, CpdTotals, cpd_totals, cycle_containing
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import display_name
from alliance_desktop.domain.text import translate
from alliance_desktop.domain.vocab import CpdTheme, ReflectionTemplate
from alliance_desktop.services._common import get_or_raise
from alliance_desktop.services.practice import KEY_CPD_START, read_meta
from alliance_desktop.store.models import Patient, Reflection, Visit
from alliance_desktop.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class ReflectionInput:
    title: str
    written_on: dt.date
    template: ReflectionTemplate = ReflectionTemplate.FREE
    sections: Mapping[str, str] = field(default_factory=dict)
    private_notes: str = ""
    tags: Sequence[str] = ()
    minutes: int = 0
    with_others: bool = False
    themes: frozenset[CpdTheme] = frozenset()
    objective_activity: bool = False
    communication_consent: bool = False
    patient_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True, slots=True)
class ReflectionRow:
    id: int
    written_on: dt.date
    title: str
    template: ReflectionTemplate
    patient_id: int | None
    patient_name: str
    visit_id: int | None
    tags: tuple[str, ...]
    themes: frozenset[CpdTheme]
    minutes: int
    archived: bool


@dataclass(frozen=True, slots=True)
class ReflectionDetail:
    id: int
    data: ReflectionInput
    patient_name: str
    archived: bool
    updated_at: dt.datetime


def _clean(data: ReflectionInput) -> ReflectionInput:
    template = ReflectionTemplate.parse(data.template, field="template")
    # Text typed under another template is kept too (switching template never drops words).
    sections = {key: v.optional_text(text, key) for key, text in data.sections.items()}
    tags = []
    for tag in data.tags:
        cleaned = v.optional_text(tag, "tag", max_chars=60).lower()
        if cleaned and cleaned not in tags:
            tags.append(cleaned)
    themes = frozenset(CpdTheme.parse(t, field="themes") for t in data.themes)
    if data.written_on > dt.date.today():
        raise ValidationError(
            translate("Reflections", "A reflection cannot be dated in the future."),
            field="written_on",
        )
    return ReflectionInput(
        title=v.required_text(data.title, "title", max_chars=300),
        written_on=data.written_on,
        template=template,
        sections={k: t for k, t in sections.items() if t},
        private_notes=v.optional_text(data.private_notes, "private_notes"),
        tags=tuple(tags),
        minutes=v.whole_minutes(data.minutes, "minutes"),
        with_others=bool(data.with_others),
        themes=themes,
        objective_activity=bool(data.objective_activity),
        communication_consent=bool(data.communication_consent),
        patient_id=data.patient_id,
        visit_id=data.visit_id,
    )


def _themes(text: str) -> frozenset[CpdTheme]:
    return frozenset(CpdTheme(c) for c in text if c in "ABCD")


class ReflectionService:
    """The reflective journal."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def create(self, data: ReflectionInput) -> ReflectionDetail:
        clean = _clean(data)
        with self._store.write() as s:
            r = Reflection(practitioner_id=self._store.actor_id)
            self._apply(s, r, clean)
            s.add(r)
            s.flush()
            return self._detail(s, r)

    def update(self, reflection_id: int, data: ReflectionInput) -> ReflectionDetail:
        clean = _clean(data)
        with self._store.write() as s:
            r = get_or_raise(s, Reflection, reflection_id, "reflection")
            self._apply(s, r, clean)
            s.flush()
            return self._detail(s, r)

    def archive(self, reflection_id: int, *, archived: bool = True) -> None:
        with self._store.write() as s:
            get_or_raise(s, Reflection, reflection_id, "reflection").archived = archived

    def get(self, reflection_id: int) -> ReflectionDetail:
        with self._store.read() as s:
            return self._detail(s, get_or_raise(s, Reflection, reflection_id, "reflection"))

    def rows(
        self,
        *,
        patient_id: int | None = None,
        theme: CpdTheme | None = None,
        tag: str | None = None,
        include_archived: bool = False,
    ) -> list[ReflectionRow]:
        """Reflections newest first, filtered by patient, CPD theme and tag."""
        query = (
            select(Reflection, Patient.family_name, Patient.given_names)
            .outerjoin(Patient, Patient.id == Reflection.patient_id)
            .order_by(Reflection.written_on.desc(), Reflection.id.desc())
        )
        if patient_id is not None:
            query = query.where(Reflection.patient_id == patient_id)
        if theme is not None:
            query = query.where(Reflection.themes.contains(CpdTheme(theme).value))
        if not include_archived:
            query = query.where(Reflection.archived.is_(False))
        wanted = tag.strip().lower() if tag else None
        with self._store.read() as s:
            rows = []
            for r, family, given in s.execute(query):
                if wanted and wanted not in r.tags:
                    continue
                rows.append(
                    ReflectionRow(
                        id=r.id,
                        written_on=r.written_on,
                        title=r.title,
                        template=r.template,
                        patient_id=r.patient_id,
                        patient_name=display_name(family, given) if family else "",
                        visit_id=r.visit_id,
                        tags=tuple(r.tags),
                        themes=_themes(r.themes),
                        minutes=r.minutes,
                        archived=r.archived,
                    )
                )
            return rows

    def all_tags(self) -> list[str]:
        with self._store.read() as s:
            return sorted({t for tags in s.scalars(select(Reflection.tags)) for t in tags})

    def cpd_totals(self, today: dt.date | None = None) -> CpdTotals:
        """Progress of the current three-year CPD cycle."""
        today = today or dt.date.today()
        with self._store.read() as s:
            start_text = read_meta(s).get(KEY_CPD_START)
            start = dt.date.fromisoformat(start_text) if start_text else dt.date(today.year, 1, 1)
            cycle_start, cycle_end = cycle_containing(start, today)
            activities = [
                CpdActivity(
                    day=r.written_on,
                    minutes=r.minutes,
                    with_others=r.with_others,
                    themes=_themes(r.themes),
                    objective_activity=r.objective_activity,
                    communication_consent=r.communication_consent,
                )
                for r in s.scalars(
                    select(Reflection).where(
                        Reflection.archived.is_(False),
                        Reflection.written_on >= cycle_start,
                        Reflection.written_on <= cycle_end,
                    )
                )
            ]
        return cpd_totals(activities, cycle_start=cycle_start, cycle_end=cycle_end)

    @staticmethod
    def _apply(s: Session, r: Reflection, data: ReflectionInput) -> None:
        if data.patient_id is not None:
            get_or_raise(s, Patient, data.patient_id, "patient")
        if data.visit_id is not None:
            visit = get_or_raise(s, Visit, data.visit_id, "visit")
            if data.patient_id is not None and visit.patient_id != data.patient_id:
                raise ValidationError(
                    translate("Reflections", "This visit belongs to another patient.")
                )
        r.title = data.title
        r.written_on = data.written_on
        r.template = data.template
        r.sections = dict(data.sections)
        r.private_notes = data.private_notes
        r.tags = list(data.tags)
        r.minutes = data.minutes
        r.with_others = data.with_others
        r.themes = "".join(sorted(t.value for t in data.themes))
        r.objective_activity = data.objective_activity
        r.communication_consent = data.communication_consent
        r.patient_id = (
            data.patient_id
            if data.patient_id is not None
            else (s.get_one(Visit, data.visit_id).patient_id if data.visit_id is not None else None)
        )
        r.visit_id = data.visit_id

    @staticmethod
    def _detail(s: Session, r: Reflection) -> ReflectionDetail:
        name = ""
        if r.patient_id is not None:
            p = s.get_one(Patient, r.patient_id)
            name = display_name(p.family_name, p.given_names)
        return ReflectionDetail(
            id=r.id,
            data=ReflectionInput(
                title=r.title,
                written_on=r.written_on,
                template=r.template,
                sections=dict(r.sections),
                private_notes=r.private_notes,
                tags=tuple(r.tags),
                minutes=r.minutes,
                with_others=r.with_others,
                themes=_themes(r.themes),
                objective_activity=r.objective_activity,
                communication_consent=r.communication_consent,
                patient_id=r.patient_id,
                visit_id=r.visit_id,
            ),
            patient_name=name,
            archived=r.archived,
            updated_at=r.updated_at,
        )
