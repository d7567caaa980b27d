"""First run: name the practice and its practitioner, choose a passphrase, keep the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.services import Services
from alliance_desktop.services.exchange import ImportSummary
from alliance_desktop.store.errors import StoreError
from alliance_desktop.store.opening import (
    create_encrypted_store,
    discard_new_store,
    passphrase_strength,
)
from alliance_desktop.store.unit_of_work import Store
from alliance_desktop.ui.long_task import Cancelled, LongTask, Progress
from alliance_desktop.ui.widgets.fields import InlineError, line_edit
from alliance_desktop.ui.workers import Workers


def password_edit(name: str, label: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _practice_file_filters() -> str:
    """The open dialog's filters: translated names, the same patterns."""
    practice = QCoreApplication.translate("SetupDialog", "Practice files")
    every = QCoreApplication.translate("SetupDialog", "All files")
    return f"{practice} (*.json);;{every} (*)"


class SetupDialog(QDialog):
    """Creates a new encrypted practice; ``store`` holds it once the dialog is accepted.

    The practice may instead be moved here from a whole-practice file exported on another
    computer: it is imported into the new encrypted practice, with progress and Cancel; if the
    import fails or is cancelled the new practice is removed again and nothing is left behind.
    """

    #: tests replace this so no file dialog opens
    choose_open_path: Callable[[QWidget, str, str], str] = staticmethod(
        lambda parent, title, filters: QFileDialog.getOpenFileName(parent, title, "", filters)[0]
    )

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Set up your practice"))
        self.folder = folder
        self.store: Store | None = None
        self.recovery = ""
        self.source: Path | None = None
        self.imported: ImportSummary | None = None
        self.task: LongTask | None = None
        self._workers: Workers | None = None
        self.pages = QStackedWidget(self)

        form_page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Alliance Desktop keeps your practice in {folder}, encrypted with a passphrase "
                "only you know. If you expected your records to be there already, cancel and "
                "check that the drive or folder is available."
            ).format(folder=folder),
            form_page,
        )
        intro.setWordWrap(True)
        self.practice_name = line_edit(
            "setupPracticeName", self.tr("Practice name"), parent=form_page
        )
        self.practitioner = line_edit("setupPractitioner", self.tr("Your name"), parent=form_page)
        self.passphrase = password_edit("setupPassphrase", self.tr("Passphrase"), form_page)
        self.again = password_edit("setupPassphraseAgain", self.tr("Passphrase again"), form_page)
        self.strength = QLabel("", form_page)
        self.strength.setObjectName("passphraseStrength")
        self.error = InlineError(form_page)
        self.from_file = QPushButton(
            self.tr("Or &move a practice here from a practice file…"), form_page
        )
        self.from_file.setObjectName("setupFromFile")
        self.from_file.setToolTip(
            self.tr("A file made with File > Export the whole practice on another computer")
        )
        self.from_file.clicked.connect(self.choose_source)
        self.source_label = QLabel("", form_page)
        self.source_label.setObjectName("setupSource")
        self.source_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Practice name"), self.practice_name)
        form.addRow(self.tr("Your name"), self.practitioner)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Passphrase again"), self.again)
        layout = QVBoxLayout(form_page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.from_file, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.source_label)
        layout.addWidget(self.error)

        key_page = QWidget(self)
        key_intro = QLabel(
            self.tr(
                "<b>Your recovery key.</b> Write it down or print it, and keep it somewhere safe "
                "away from this laptop. It opens the practice if the passphrase is ever "
                "forgotten. It is shown only now."
            ),
            key_page,
        )
        key_intro.setWordWrap(True)
        self.key_label = QLabel(key_page)
        self.key_label.setObjectName("recoveryKey")
        font = self.key_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = QCheckBox(
            self.tr("I have written down the recovery key and put it somewhere safe"), key_page
        )
        self.kept.setObjectName("recoveryKept")
        key_layout = QVBoxLayout(key_page)
        key_layout.addWidget(key_intro)
        key_layout.addWidget(self.key_label)
        key_layout.addWidget(self.kept)
        key_layout.addStretch(1)

        self.pages.addWidget(form_page)
        self.pages.addWidget(key_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(
            self.tr("Create the practice"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setObjectName("setupCreate")
        self.finish_button = self.buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finish_button.setObjectName("setupFinish")
        self.finish_button.hide()
        self.finish_button.setEnabled(False)
        self.next_button.clicked.connect(self.try_create)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kept.toggled.connect(self.finish_button.setEnabled)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        outer.addWidget(self.buttons)
        self.resize(560, 0)

    def _on_passphrase_changed(self, text: str) -> None:
        self.strength.setText(
            self.tr("Strength: {strength}").format(strength=passphrase_strength(text))
            if text
            else ""
        )

    def choose_source(self) -> None:
        """Take the practice from a whole-practice file: its name and people come with it."""
        path = self.choose_open_path(
            self, self.tr("Move a practice here"), _practice_file_filters()
        )
        if not path:
            return
        self.source = Path(path)
        self.source_label.setText(
            self.tr(
                "The practice, its practitioners and every record come from {file}. "
                "Choose a passphrase for it on this computer."
            ).format(file=self.source.name)
        )
        for field in (self.practice_name, self.practitioner):
            field.setEnabled(False)
        self.next_button.setText(self.tr("Create and import"))

    def try_create(self) -> bool:
        if self.passphrase.text() != self.again.text():
            self.error.show_message(self.tr("The two passphrases are not the same."))
            return False
        if self.source is None and (
            not self.practitioner.text().strip() or not self.practice_name.text().strip()
        ):
            self.error.show_message(self.tr("Please give the practice's name and your own."))
            return False
        try:
            store, recovery = create_encrypted_store(self.folder, self.passphrase.text())
        except StoreError as exc:
            self.error.show_message(str(exc))
            return False
        services = Services.for_store(store)
        if self.source is not None:
            self._import_into(store, recovery, services)
            return True
        try:
            services.practice.set_name(self.practice_name.text())
            services.practice.add_practitioner(self.practitioner.text())
        except ValidationError as exc:  # cannot happen after the checks above; never silent
            self.error.show_message(exc.message)
        self._show_key(store, recovery)
        return True

    def _import_into(self, store: Store, recovery: str, services: Services) -> None:
        source = self.source
        assert source is not None
        exchange = services.exchange
        self._workers = self._workers or Workers(self)
        self.next_button.setEnabled(False)

        def job(progress: Progress, cancelled: Cancelled) -> ImportSummary:
            return exchange.import_practice(source, progress=progress, cancelled=cancelled)

        def done(summary: ImportSummary) -> None:
            self.imported = summary
            self.task = None
            self._show_key(store, recovery)
            self.source_label.setText("")

        def failed(exc: BaseException) -> None:
            self.task = None
            self.next_button.setEnabled(True)
            try:
                discard_new_store(self.folder, store)
            except (StoreError, OSError) as problem:
                self.error.show_message(
                    self.tr("{error} The new practice is kept: {problem}").format(
                        error=_message(exc), problem=problem
                    )
                )
                return
            self.error.show_message(
                self.tr("{error} Nothing was created.").format(error=_message(exc))
            )

        self.task = LongTask(
            self,
            self._workers,
            job,
            title=self.tr("Moving the practice here"),
            label=self.tr("Importing {file}…").format(file=source.name),
            on_done=done,
            on_error=failed,
            write=True,
            name="setupImport",
        )
        self.task.start()

    def _show_key(self, store: Store, recovery: str) -> None:
        self.store, self.recovery = store, recovery
        self.key_label.setText(recovery)
        self.pages.setCurrentIndex(1)
        self.next_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.finish_button.show()

    def reject(self) -> None:
        if self.task is not None and self.task.running:  # Escape during an import: cancel it
            self.task.cancel()
            return
        if self.store is not None:  # the practice exists now: only the key confirmation is left
            return
        super().reject()


def _message(exc: BaseException) -> str:
    return str(getattr(exc, "message", "") or exc)
