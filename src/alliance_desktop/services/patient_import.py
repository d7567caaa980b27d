"""Importing patients from a spreadsheet export: a preview first, then one all-or-nothing write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.patient_import import (
    DateOrder,
    ExistingPatient,
    ImportDuplicate,
    ImportPreview,
    ImportRow,
    build_preview,
    match_existing,
)
from alliance_desktop.domain.text import translate
from alliance_desktop.store.models import Patient
from alliance_desktop.store.unit_of_work import Store

#: Rows between two progress reports (and two flushes of the unit of work).
PROGRESS_EVERY = 50

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(ValidationError):
    """The person stopped the import; the write was rolled back and nothing was stored."""

    def __init__(self) -> None:
        super().__init__(
            translate("PatientImportService", "The import was cancelled; nothing was stored.")
        )


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import stored.

    Attributes:
        imported: the number of patients added.
        patient_ids: their ids, in the order of the file.
        skipped: rows left out because a matching patient was added after the preview.
    """

    imported: int
    patient_ids: tuple[int, ...]
    skipped: tuple[ImportDuplicate, ...] = ()


def _existing(session: Session) -> list[ExistingPatient]:
    """What duplicate detection needs of every patient (archived ones too), in one query."""
    query = select(
        Patient.id,
        Patient.family_name,
        Patient.given_names,
        Patient.date_of_birth,
        Patient.archived,
    )
    return [
        ExistingPatient(r.id, r.family_name, r.given_names, r.date_of_birth, bool(r.archived))
        for r in session.execute(query)
    ]


def _patient_from(row: ImportRow) -> Patient:
    """A new patient from an imported row; consent is recorded at the first visit, not here."""
    return Patient(
        family_name=row.family_name,
        given_names=row.given_names,
        preferred_name=row.preferred_name,
        date_of_birth=row.date_of_birth,
        email=row.email,
        phone=row.phone,
        address=row.address,
        communication_notes=row.notes,
        storage_consent=False,
        storage_consent_on=None,
        research_consent=False,
        research_consent_on=None,
    )


class PatientImportService:
    """Patients from CSV or tab-separated text exported by a spreadsheet or practice software."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def preview(
        self,
        data: bytes,
        *,
        mapping: Mapping[str, int] | None = None,
        delimiter: str | None = None,
        date_order: str | DateOrder | None = None,
        include_duplicates: bool = False,
    ) -> ImportPreview:
        """What importing ``data`` would do, with likely duplicates of existing patients flagged.

        Args:
            data: the file's bytes.
            mapping: field -> column index, replacing the one guessed from the headings.
            delimiter: 'comma', 'semicolon' or 'tab'; found in the file when None.
            date_order: 'dmy' or 'mdy'; needed when the file's dates could be read both ways.
            include_duplicates: import flagged duplicates too.

        Raises:
            ValidationError: the file is not a readable patient list, or an argument is wrong.
        """
        with self._store.read() as s:
            existing = _existing(s)
        return build_preview(
            data,
            mapping=mapping,
            delimiter=delimiter,
            date_order=date_order,
            existing=existing,
            include_duplicates=include_duplicates,
        )

    def import_rows(
        self,
        preview: ImportPreview,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Add the preview's rows as patients, in one transaction: all of them or none.

        Rows that match a patient added since the preview are left out (unless the preview
        includes duplicates) and listed in the result.

        Args:
            progress: called with (rows done, rows in all) every ``PROGRESS_EVERY`` rows and
                at the end; runs on the calling thread.
            cancelled: asked before each row; True stops the import.

        Raises:
            ValidationError: the preview is not ready (its ``blocking_reason`` says why).
            ImportCancelled: ``cancelled()`` said so; nothing was stored.
        """
        if not preview.ready:
            raise ValidationError(preview.blocking_reason)
        rows = preview.rows
        total = len(rows)
        skipped: dict[int, ImportDuplicate] = {}
        with self._store.write() as s:
            if not preview.include_duplicates:
                skipped = match_existing(rows, _existing(s))
            added: list[Patient] = []
            for done, row in enumerate(rows, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if row.line not in skipped:
                    patient = _patient_from(row)
                    s.add(patient)
                    added.append(patient)
                if done % PROGRESS_EVERY == 0:
                    s.flush()
                    if progress is not None:
                        progress(done, total)
            s.flush()
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(total, total)
            ids = tuple(p.id for p in added)
        return ImportResult(len(ids), ids, tuple(skipped.values()))
