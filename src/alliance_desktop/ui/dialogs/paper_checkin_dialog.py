"""Keying in a questionnaire the patient filled in on paper, with its real date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import Instrument, Item, pick
from alliance_desktop.domain.vocab import Respondent, ResponseMode
from alliance_desktop.services import Services
from alliance_desktop.services.questionnaires import ResponseInput, ResponseRow
from alliance_desktop.services.visits import VisitDetail
from alliance_desktop.ui import formats
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.widgets.fields import InlineError, ScoreEdit, qdatetime

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class PaperCheckinDialog(QDialog):
    """One field per item; an empty field is a missing answer, never a zero."""

    def __init__(
        self, services: Services, visit: VisitDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paperCheckinDialog")
        self.setWindowTitle(self.tr("Enter a paper questionnaire"))
        self.services = services
        self.visit = visit
        self.result_row: ResponseRow | None = None
        self.instruments = [
            i for i in services.instruments.all() if i.respondent == Respondent.PATIENT.value
        ]
        self.choice = QComboBox(self)
        self.choice.setObjectName("paperInstrument")
        self.choice.setAccessibleName(self.tr("Questionnaire"))
        for instrument in self.instruments:
            self.choice.addItem(
                f"{pick(instrument.title, formats.language_code())} (v{instrument.version})",
                f"{instrument.id}:{instrument.version}",
            )
        self.language = QComboBox(self)
        self.language.setObjectName("paperLanguage")
        self.language.setAccessibleName(self.tr("Language of the form"))
        self.when = QDateTimeEdit(qdatetime(visit.draft.starts_at), self)
        self.when.setObjectName("paperAnsweredAt")
        self.when.setAccessibleName(self.tr("When the patient filled it in"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy  HH:mm")
        self.when.setAccessibleDescription(
            self.tr("Date and time, 24-hour clock, for example 4 Mar 2025 14:30")
        )
        self.items_box = QWidget(self)
        self.items_form = QFormLayout(self.items_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; it follows
        self.error = InlineError(self)
        top = QFormLayout()
        top.addRow(self.tr("Questionnaire"), self.choice)
        top.addRow(self.tr("Filled in"), self.when)
        top.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Type each answer as written on the form. Leave a box empty if the "
                "patient did not answer that question."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.scores: dict[str, ScoreEdit] = {}
        self.names: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        self.choice.currentIndexChanged.connect(self._build_items)
        # the questions read as on the patient's form, in its language (what is typed stays)
        self.language.currentIndexChanged.connect(lambda _i: self._label_items())
        self._build_items()
        self.resize(640, 560)

    def instrument(self) -> Instrument:
        return self.instruments[max(0, self.choice.currentIndex())]

    def _build_items(self, *_args: object) -> None:
        while self.items_form.rowCount():
            self.items_form.removeRow(0)
        self.scores.clear()
        self.names.clear()
        self._labels.clear()
        instrument = self.instrument()
        with QSignalBlocker(self.language):
            self.language.clear()
            for code in instrument.languages:
                self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
            # the form most likely came in the language the practice works in
            self.language.setCurrentIndex(max(0, self.language.findData(formats.language_code())))
        named = self._previous_names(instrument) if instrument.patient_named_items else {}
        for item in instrument.items:
            self._add_item(instrument, item, named)
        self._label_items()
        # Tab in reading order: the choices above, then the answers (made anew here) row by row
        chain: list[QWidget] = [self.choice, self.when, self.language]
        for item in instrument.items:
            chain += [self.names[item.id]] if item.id in self.names else []
            chain.append(self.scores[item.id])
        for index in range(1, len(chain)):
            QWidget.setTabOrder(chain[index - 1], chain[index])

    def _previous_names(self, instrument: Instrument) -> dict[str, str]:
        """Patient-specific activities are re-rated: offer last time's names."""
        earlier = [
            r
            for r in self.services.questionnaires.for_patient(self.visit.patient_id)
            if r.instrument_id == instrument.id
        ]
        return dict(earlier[-1].texts) if earlier else {}

    def form_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _label_items(self) -> None:
        """Each question and its choices in the form's language."""
        language = self.form_language()
        for item in self.instrument().items:
            label = pick(item.text, language)
            hint = ""
            if item.scale.options and item.id not in self.names:
                hint = (
                    "  ("
                    + ", ".join(
                        f"{formats.number(o.value)} = {pick(o.label, language)}"
                        for o in item.scale.options
                    )
                    + ")"
                )
            self._labels[item.id].setText(label + hint)
            self.scores[item.id].edit.setAccessibleName(label)
            if item.id in self.names:
                self.names[item.id].setAccessibleName(
                    self.tr("{item}: what activity").format(item=label)
                )

    def _add_item(self, instrument: Instrument, item: Item, named: dict[str, str]) -> None:
        scale = item.scale
        label = pick(item.text, self.form_language())
        score = ScoreEdit(
            f"paper_{item.id}",
            label,
            minimum=int(scale.minimum),
            maximum=int(scale.maximum),
            parent=self.items_box,
        )
        self.scores[item.id] = score
        if instrument.patient_named_items:
            name = QLineEdit(named.get(item.id, ""), self.items_box)
            name.setObjectName(f"paperName_{item.id}")
            name.setAccessibleName(self.tr("{item}: what activity").format(item=label))
            name.setPlaceholderText(self.tr("The activity, in the patient's words"))
            self.names[item.id] = name
            row = QWidget(self.items_box)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(name, 1)
            row_layout.addWidget(score)
            self._labels[item.id] = QLabel(label, self.items_box)
            self.items_form.addRow(self._labels[item.id], row)
        else:
            self._labels[item.id] = QLabel(label, self.items_box)
            self.items_form.addRow(self._labels[item.id], score)

    def try_accept(self) -> bool:
        instrument = self.instrument()
        try:
            answers = {item_id: edit.value() for item_id, edit in self.scores.items()}
            texts = {k: e.text().strip() for k, e in self.names.items() if e.text().strip()}
            for item_id in texts:
                if answers.get(item_id) is None:
                    raise ValidationError(self.tr("Give a rating for each activity you named."))
            for item_id in list(answers):
                if instrument.patient_named_items and item_id not in texts:
                    if answers[item_id] is not None:
                        raise ValidationError(
                            self.tr("Name the activity for each rating you typed.")
                        )
                    answers.pop(item_id)
            if not any(v is not None for v in answers.values()):
                raise ValidationError(self.tr("Type at least one answer."))
            if self.services.instruments.needs_licence_confirmation(*instrument.key):
                if not Ask.yes_no(
                    self,
                    f"{instrument.licence_note}\n\n"
                    + self.tr("Do you hold a licence to use this questionnaire?"),
                    yes=self.tr("I hold a licence"),
                    no=self.tr("Cancel"),
                    default_yes=False,
                ):
                    return False
                self.services.instruments.confirm_licence(*instrument.key)
            answered_at = self.when.dateTime().toPython()
            assert isinstance(answered_at, dt.datetime)
            self.result_row = self.services.questionnaires.record(
                ResponseInput(
                    patient_id=self.visit.patient_id,
                    visit_id=self.visit.id,
                    instrument_id=instrument.id,
                    instrument_version=instrument.version,
                    respondent=Respondent.PATIENT,
                    answered_at=answered_at.replace(second=0, microsecond=0),
                    answers=answers,
                    mode=ResponseMode.PAPER,
                    language=self.form_language(),
                    texts=texts,
                )
            )
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return False
        self.accept()
        return True
