"""The window's data-exchange commands: the whole practice out, the research export, a
patient's own copy of their record, and erasure. (A whole practice comes in through the
first-run setup, into a new practice: see SetupDialog.)

Each long one runs as a :class:`LongTask` (a progress bar and Cancel); every outcome, a
cancellation or a refusal included, ends in a plain message that says what was and was not
written.

Messages go through ``tr`` (context "DataExchange"); the jobs, which run in a worker thread,
use ``QCoreApplication.translate``, which is safe there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from alliance_desktop.domain.errors import NotFoundError, ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.exchange import (
    DeidentifiedSummary,
    ExportSummary,
    OperationCancelled,
)
from alliance_desktop.store.errors import StoreError
from alliance_desktop.ui import formats
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.erase_patient_dialog import ErasePatientDialog
from alliance_desktop.ui.long_task import Cancelled, LongTask, Progress
from alliance_desktop.ui.workers import Workers

#: characters no file name may hold on Windows, macOS or Linux
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_stem(text: str) -> str:
    """``text`` made safe as a file name on every platform."""
    cleaned = _UNSAFE.sub(" ", text).strip(" .")
    #: A file name when the name it is made from is empty
    return re.sub(r"\s+", " ", cleaned) or QCoreApplication.translate("DataExchange", "record")


def _explain(exc: BaseException) -> str:
    """A failure in plain words (never a traceback)."""
    if isinstance(exc, ValidationError | OperationCancelled | StoreError):
        return str(getattr(exc, "message", "") or exc)
    if isinstance(exc, OSError):
        problem = exc.strerror or exc
        if exc.filename:
            return QCoreApplication.translate(
                "DataExchange", "The file could not be written or read ({file}): {problem}."
            ).format(file=exc.filename, problem=problem)
        return QCoreApplication.translate(
            "DataExchange", "The file could not be written or read: {problem}."
        ).format(problem=problem)
    return QCoreApplication.translate("DataExchange", "Something went wrong: {problem}").format(
        problem=exc
    )


class DataExchange(QObject):
    """Export and erasure commands of one window.

    Signals:
        erased(int): a patient was erased (their id).
        finished(object): a command ended (its summary, or the exception that stopped it).
    """

    erased = Signal(int)
    finished = Signal(object)

    #: tests replace these so no file dialog opens
    choose_save_path: Callable[[QWidget, str, str, str], str] = staticmethod(
        lambda parent, title, suggested, filters: QFileDialog.getSaveFileName(
            parent, title, suggested, filters
        )[0]
    )
    choose_folder: Callable[[QWidget, str], str] = staticmethod(
        lambda parent, title: QFileDialog.getExistingDirectory(parent, title)  # noqa: PLW0108
    )
    #: tests replace this so no modal dialog is exec()'d
    run_dialog: Callable[[Any], bool] = staticmethod(lambda dialog: bool(dialog.exec()))

    def __init__(self, window: QWidget, services: Services, workers: Workers) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.workers = workers
        self.task: LongTask | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _refused_while_busy(self) -> bool:
        if self.busy:
            Ask.inform(
                self.window, self.tr("Another export is still running; wait for it to finish.")
            )
        return self.busy

    def _run(
        self,
        job: Callable[[Progress, Cancelled], Any],
        *,
        title: str,
        label: str,
        done: Callable[[Any], str],
        write: bool = False,
        name: str,
    ) -> LongTask | None:
        def on_done(result: Any) -> None:
            self.task = None
            Ask.inform(self.window, done(result))
            self.finished.emit(result)

        def on_error(exc: BaseException) -> None:
            self.task = None
            Ask.inform(self.window, _explain(exc), warning=not isinstance(exc, OperationCancelled))
            self.finished.emit(exc)

        self.task = LongTask(
            self.window,
            self.workers,
            job,
            title=title,
            label=label,
            on_done=on_done,
            on_error=on_error,
            write=write,
            name=name,
        )
        self.task.start()
        return self.task

    # ------------------------------------------------------------ whole practice
    def export_practice(self) -> LongTask | None:
        """The whole practice as one versioned JSON file, to move it to another computer."""
        if self._refused_while_busy():
            return None
        if not Ask.yes_no(
            self.window,
            self.tr(
                "The practice file holds every record, private reflections included, and it is "
                "not encrypted. Keep it like a backup and delete it once the practice is moved."
                "\n\nExport the whole practice?"
            ),
            yes=self.tr("Choose where to save…"),
            no=self.tr("Cancel"),
        ):
            return None
        #: A file name when the practice has no name
        practice = self.services.practice.info().name or self.tr("practice")
        suggested = f"{file_stem(practice)} {dt.date.today():%Y-%m-%d}.json"
        path = self.choose_save_path(
            self.window,
            self.tr("Export the whole practice"),
            suggested,
            self.tr("Practice files") + " (*.json)",
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        exchange = self.services.exchange

        def job(progress: Progress, cancelled: Cancelled) -> ExportSummary:
            return exchange.export_practice(out, progress=progress, cancelled=cancelled)

        def done(summary: ExportSummary) -> str:
            return self.tr("Exported {count} records to {path}.").format(
                count=formats.number(summary.records), path=summary.path
            )

        return self._run(
            job,
            title=self.tr("Exporting the practice"),
            label=self.tr("Writing {file}…").format(file=out.name),
            done=done,
            name="exportPractice",
        )

    def research_export(self) -> LongTask | None:
        """De-identified CSV files in a zip, for a research network."""
        if self._refused_while_busy():
            return None
        if not Ask.yes_no(
            self.window,
            self.tr(
                "The research export holds only patients who agreed to research use. It has no "
                "names, contact details or notes; ages become bands and dates become days since "
                "the course of care began.\n\nMake a research export?"
            ),
            yes=self.tr("Choose where to save…"),
            no=self.tr("Cancel"),
        ):
            return None
        #: A file name (without its extension); the date is written 2026-11-30
        stem = self.tr("research export {date}").format(date=f"{dt.date.today():%Y-%m-%d}")
        path = self.choose_save_path(
            self.window,
            self.tr("Save the research export"),
            f"{stem}.zip",
            self.tr("Zip files") + " (*.zip)",
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        exchange = self.services.exchange

        def job(progress: Progress, cancelled: Cancelled) -> DeidentifiedSummary:
            return exchange.export_deidentified(out, progress=progress, cancelled=cancelled)

        def done(summary: DeidentifiedSummary) -> str:
            left = summary.left_out_without_consent
            text = self.tr("Saved the research export of {count} patients to {path}.").format(
                count=formats.number(summary.patients), path=summary.path
            )
            if left:
                text += " " + self.tr(
                    "{count} patients without research consent were left out."
                ).format(count=formats.number(left))
            return text

        return self._run(
            job,
            title=self.tr("Research export"),
            label=self.tr("Writing {file}…").format(file=out.name),
            done=done,
            name="researchExport",
        )

    # ------------------------------------------------------------ one patient
    def export_patient(self, patient_id: int) -> LongTask | None:
        """The patient's own copy of their record: a readable PDF and a JSON file."""
        if not patient_id or self._refused_while_busy():
            return None
        folder = self.choose_folder(self.window, self.tr("Where to save the patient's record"))
        if not folder:
            return None
        data = self.services.patient_data
        name = self.services.patients.get(patient_id).display_name
        practice = self.services.practice.info().name
        #: A file name (without its extension): the patient's name, then the date (2026-11-30)
        stem = self.tr("{name} record {date}").format(
            name=file_stem(name), date=f"{dt.date.today():%Y-%m-%d}"
        )
        pdf, json_file = Path(folder) / f"{stem}.pdf", Path(folder) / f"{stem}.json"

        def job(progress: Progress, cancelled: Cancelled) -> tuple[Path, Path]:
            from alliance_desktop.ui.reports.patient_record import write_patient_record_pdf

            progress(0, 3)
            record = data.patient_record(patient_id)
            progress(1, 3)
            try:
                if cancelled():
                    raise OperationCancelled(
                        QCoreApplication.translate(
                            "DataExchange", "The export was cancelled; no file was written."
                        )
                    )
                data.export_patient_json(patient_id, json_file, record=record)
                progress(2, 3)
                if cancelled():
                    raise OperationCancelled(
                        QCoreApplication.translate(
                            "DataExchange", "The export was cancelled; no file was kept."
                        )
                    )
                write_patient_record_pdf(record, pdf, practice_name=practice)
            except BaseException:
                json_file.unlink(missing_ok=True)  # both files or neither
                raise
            progress(3, 3)
            return pdf, json_file

        def done(paths: tuple[Path, Path]) -> str:
            return self.tr(
                "Saved {name}'s record as {pdf} (to read or print) and {json} (for another "
                "system), in {folder}. Private reflection notes are not part of it."
            ).format(name=name, pdf=paths[0].name, json=paths[1].name, folder=folder)

        return self._run(
            job,
            title=self.tr("Exporting the patient's record"),
            label=self.tr("Writing {name}'s record…").format(name=name),
            done=done,
            name="exportPatient",
        )

    def erase_patient(self, patient_id: int) -> bool:
        """The erasure dialog; True if the patient was erased."""
        if not patient_id:
            return False
        try:
            dialog = ErasePatientDialog(self.services, patient_id, self.window)
        except NotFoundError:
            return False
        dialog.export_requested.connect(lambda: self.export_patient(patient_id))
        try:
            if not self.run_dialog(dialog) or dialog.summary is None:
                return False
        finally:
            dialog.deleteLater()
        self.erased.emit(patient_id)
        return True
