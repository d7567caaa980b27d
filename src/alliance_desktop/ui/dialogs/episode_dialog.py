"""Start or discharge an episode of care; what the service refuses is shown inside the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.episodes import EpisodeRow
from alliance_desktop.ui.widgets.fields import (
    DateField,
    InlineError,
    ScoreEdit,
    line_edit,
    text_edit,
)

#: Shows a dialog and says whether it was accepted; the seam tests replace to avoid ``exec()``.
DialogRunner = Callable[[QDialog], bool]


def exec_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally and return True if the person accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def read_score(widget: ScoreEdit, field: str) -> int | None:
    """The number in a score field (None when empty).

    Raises:
        ValidationError: the text is not a whole number in range; ``field`` names the input.
    """
    try:
        return widget.value()
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field) from None


def read_date(widget: DateField, field: str) -> dt.date | None:
    """The date in a date field (None when empty and optional).

    Raises:
        ValidationError: the text is not a date (or is empty but required).
    """
    try:
        return widget.value()
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field) from None


def required_date(widget: DateField, field: str) -> dt.date:
    """Like ``read_date`` but an empty field is refused too."""
    value = read_date(widget, field)
    if value is None:
        raise ValidationError(
            QCoreApplication.translate("FormDialog", "Please enter the {field}.").format(
                field=widget.label.lower()
            ),
            field=field,
        )
    return value


class FormDialog(QDialog):
    """A form whose OK button calls a service; a refusal keeps it open with the reason in place.

    Subclasses add their rows with ``add_row()``, call ``finish()`` once, and implement
    ``submit()``, which calls the service and raises ValidationError when the input is refused.
    Tests type into the fields and call ``try_accept()`` instead of pressing OK.

    Attributes:
        error: the message shown above the buttons for a problem that belongs to no field.
    """

    def __init__(
        self, title: str, parent: QWidget | None = None, *, ok_text: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = InlineError()
        self.error.setAccessibleName(self.tr("Problem"))
        self._ok_text = self.tr("Save") if ok_text is None else ok_text
        self._field_errors: dict[str, InlineError] = {}
        self._field_widgets: dict[str, QWidget] = {}

    # ------------------------------------------------------------- building
    def add_note(self, text: str) -> QLabel:
        """Add a line of explanation spanning the form."""
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def add_row(
        self, label: str, widget: QWidget, *, field: str = "", error: InlineError | None = None
    ) -> None:
        """Add a labelled field; a refusal naming ``field`` is shown right under it.

        Args:
            label: the visible label (``&`` marks the keyboard shortcut).
            widget: the input.
            field: the service's name for this input (``ValidationError.field``).
            error: the widget's own message label (ScoreEdit and DateField have one).
        """
        if isinstance(widget, ScoreEdit | DateField) and (inner := widget.layout()) is not None:
            inner.setAlignment(widget.edit, Qt.AlignmentFlag.AlignLeft)  # not centred when valid
        if field and error is None:
            error = InlineError()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            holder.setFocusProxy(widget)
            self.form.addRow(label, holder)
        else:
            self.form.addRow(label, widget)
        if field and error is not None:
            self._field_errors[field] = error
            self._field_widgets[field] = widget

    def finish(self) -> None:
        """Add the general message and the buttons (last, so they come last in tab order)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self._ok_text)
        ok.setObjectName("okButton")
        ok.setAccessibleName(self._ok_text)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.buttons = buttons
        # Open compact (text boxes at their few lines); dragging the dialog larger grows them.
        self.resize(
            max(self.sizeHint().width(), self.minimumWidth()), self.minimumSizeHint().height()
        )

    def _fit_height(self) -> None:
        """Grow the dialog by what a wrapped message lacks, so no message is cut off."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        labels = [self.error, *self._field_errors.values()]
        missing = sum(
            max(0, label.heightForWidth(label.width()) - label.height())
            for label in labels
            if not label.isHidden()
        )
        if missing:
            self.resize(self.width(), self.height() + missing)

    # ------------------------------------------------------------- accepting
    def submit(self) -> None:
        """Store what was typed; raise ValidationError to keep the dialog open."""
        raise NotImplementedError

    def try_accept(self) -> bool:
        """Submit; close the dialog on success, else show the problem and keep everything typed."""
        self.show_problem(None)
        try:
            self.submit()
        except ValidationError as exc:
            self.show_problem(exc)
            return False
        self.accept()
        return True

    def show_problem(self, problem: ValidationError | None) -> None:
        """Show ``problem`` beside its field (or above the buttons); None clears every message."""
        for label in self._field_errors.values():
            label.show_message("")
        self.error.show_message("")
        if problem is None:
            return
        field = problem.field or ""
        self._field_errors.get(field, self.error).show_message(problem.message)
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setFocus()
        self._fit_height()

    def problem_text(self) -> str:
        """Every message currently shown, one per line ('' when none)."""
        labels = [self.error, *self._field_errors.values()]
        return "\n".join(label.text() for label in labels if not label.isHidden())


class EpisodeDialog(FormDialog):
    """Start a course of care: the reason in the patient's words and the start date.

    Attributes:
        episode: the episode once started (None until ``try_accept()`` succeeds).
    """

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New episode of care"), parent, ok_text=self.tr("Start episode"))
        self.setObjectName("episodeDialog")
        self._services = services
        self._patient_id = patient_id
        self.episode: EpisodeRow | None = None
        self.reason = line_edit(
            "episodeReason",
            self.tr("Reason for care, in the patient's words"),
            placeholder=self.tr("In the patient's words, e.g. “my back locks when I lift my son”"),
        )
        self.started_on = DateField("episodeStartedOn", self.tr("Start date"), optional=False)
        self.started_on.set_value(dt.date.today())
        self.add_note(self.tr("Why the patient has come, as they put it."))
        self.add_row(self.tr("&Reason for care:"), self.reason, field="reason")
        self.add_row(
            self.tr("&Start date:"),
            self.started_on,
            field="started_on",
            error=self.started_on.error,
        )
        self.finish()

    def submit(self) -> None:
        started = required_date(self.started_on, "started_on")
        self.episode = self._services.episodes.open(self._patient_id, self.reason.text(), started)


class DischargeDialog(FormDialog):
    """Close a course of care: the end date and a discharge note.

    Attributes:
        episode: the discharged episode (None until ``try_accept()`` succeeds).
    """

    def __init__(
        self, services: Services, episode: EpisodeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Discharge", "window title"), parent, ok_text=self.tr("Discharge", "button")
        )
        self.setObjectName("dischargeDialog")
        self._services = services
        self._episode_id = episode.id
        self.episode: EpisodeRow | None = None
        self.ended_on = DateField("dischargeEndedOn", self.tr("End date"), optional=False)
        self.ended_on.set_value(dt.date.today())
        self.note = text_edit(
            "dischargeNote",
            self.tr("Discharge note"),
            lines=3,
            placeholder=self.tr("e.g. Goals met; managing with the home exercises."),
        )
        self.add_note(self.tr("End the episode “{title}”.").format(title=episode.title))
        self.add_row(
            self.tr("&End date:"), self.ended_on, field="ended_on", error=self.ended_on.error
        )
        self.add_row(self.tr("Discharge &note:"), self.note, field="discharge_note")
        self.finish()

    def submit(self) -> None:
        ended = required_date(self.ended_on, "ended_on")
        self.episode = self._services.episodes.discharge(
            self._episode_id, ended, self.note.toPlainText()
        )


def new_episode(
    parent: QWidget | None,
    services: Services,
    patient_id: int,
    *,
    run: DialogRunner = exec_dialog,
) -> EpisodeRow | None:
    """Ask for a new episode's reason and start date and open it; None if cancelled."""
    dialog = EpisodeDialog(services, patient_id, parent)
    try:
        return dialog.episode if run(dialog) else None
    finally:
        dialog.deleteLater()


def discharge_episode(
    parent: QWidget | None,
    services: Services,
    episode: EpisodeRow,
    *,
    run: DialogRunner = exec_dialog,
) -> EpisodeRow | None:
    """Ask for the end date and note and discharge ``episode``; None if cancelled."""
    dialog = DischargeDialog(services, episode, parent)
    try:
        return dialog.episode if run(dialog) else None
    finally:
        dialog.deleteLater()
