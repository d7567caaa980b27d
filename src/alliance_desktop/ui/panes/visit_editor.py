"""The editor of one visit: every field a practitioner records, grouped as the visit unfolds."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import PRACTITIONER_ITEMS
from alliance_desktop.domain.vocab import (
    Adherence,
    Chaperone,
    ConsentDecision,
    GoalStatus,
    Interpreter,
    StrategySetting,
    VisitType,
)
from alliance_desktop.services.goals import GoalDetail
from alliance_desktop.services.visits import VisitDetail, VisitDraft
from alliance_desktop.ui import formats
from alliance_desktop.ui.widgets.fields import (
    EnumCombo,
    InlineError,
    ScoreEdit,
    line_edit,
    qdatetime,
    text_edit,
)


def checkin_labels() -> dict[str, str]:
    """The patient check-in's items as the visit shows them, in the app's language."""
    return {
        "goal": QCoreApplication.translate("VisitEditor", "agree on what we work on"),
        "task": QCoreApplication.translate("VisitEditor", "the way we work suits me"),
        "bond": QCoreApplication.translate("VisitEditor", "heard and understood"),
        "trust": QCoreApplication.translate("VisitEditor", "trust"),
        "respect": QCoreApplication.translate("VisitEditor", "respected"),
        "touch": QCoreApplication.translate("VisitEditor", "comfortable with touch"),
        "overall": QCoreApplication.translate("VisitEditor", "overall"),
    }


def own_rating_labels() -> dict[str, str]:
    """The practitioner's own rating of the alliance, item by item."""
    return {
        "goal": QCoreApplication.translate("VisitEditor", "Agreement on goals"),
        "task": QCoreApplication.translate("VisitEditor", "Agreement on the way we work"),
        "bond": QCoreApplication.translate("VisitEditor", "Bond"),
        "trust": QCoreApplication.translate("VisitEditor", "Trust"),
    }


def _texts() -> dict[str, tuple[str, int, str]]:
    """The text boxes, in screen order per group: field -> (label, lines, placeholder)."""
    return {
        "beliefs_expectations": (
            QCoreApplication.translate("VisitEditor", "Beliefs and expectations"),
            2,
            QCoreApplication.translate(
                "VisitEditor",
                "What does the patient think is going on, and what do they expect from care?",
            ),
        ),
        "subjective": (
            QCoreApplication.translate("VisitEditor", "Subjective"),
            5,
            QCoreApplication.translate("VisitEditor", "What the patient tells you today"),
        ),
        "objective": (
            QCoreApplication.translate("VisitEditor", "Objective"),
            4,
            QCoreApplication.translate("VisitEditor", "What you examined and found"),
        ),
        "assessment": (
            QCoreApplication.translate("VisitEditor", "Assessment"),
            2,
            QCoreApplication.translate("VisitEditor", "Your working understanding"),
        ),
        "plan": (
            QCoreApplication.translate("VisitEditor", "Plan"),
            3,
            QCoreApplication.translate("VisitEditor", "The plan you agreed"),
        ),
        "options_discussed": (
            QCoreApplication.translate("VisitEditor", "Options discussed"),
            2,
            "",
        ),
        "patient_preference": (
            QCoreApplication.translate("VisitEditor", "The patient's preference"),
            2,
            "",
        ),
        "decision": (QCoreApplication.translate("VisitEditor", "What was decided"), 2, ""),
        "techniques": (QCoreApplication.translate("VisitEditor", "Approach and techniques"), 2, ""),
        "self_care_agreed": (QCoreApplication.translate("VisitEditor", "Self-care agreed"), 2, ""),
        "next_steps": (QCoreApplication.translate("VisitEditor", "Next steps"), 2, ""),
    }


def _lines() -> dict[str, tuple[str, str]]:
    """The one-line fields: field -> (label, placeholder)."""
    return {
        "touch_notes": (
            QCoreApplication.translate("VisitEditor", "Touch: limits and changes"),
            QCoreApplication.translate("VisitEditor", "For example: no work on the neck today"),
        ),
        "care_setting": (
            QCoreApplication.translate("VisitEditor", "Setting"),
            QCoreApplication.translate("VisitEditor", "Room, home visit, who else was there"),
        ),
        "disruptions": (
            QCoreApplication.translate("VisitEditor", "Disruptions"),
            QCoreApplication.translate("VisitEditor", "Interruptions, running late, noise"),
        ),
        "patient_state": (
            QCoreApplication.translate("VisitEditor", "The patient's state"),
            QCoreApplication.translate("VisitEditor", "Tired, anxious, in a hurry…"),
        ),
        "practitioner_state": (
            QCoreApplication.translate("VisitEditor", "Your own state"),
            QCoreApplication.translate("VisitEditor", "How you were, honestly"),
        ),
        "rupture_note": (
            QCoreApplication.translate("VisitEditor", "What you noticed"),
            QCoreApplication.translate(
                "VisitEditor", "Withdrawal, disagreement, a change of tone…"
            ),
        ),
        "repair_note": (
            QCoreApplication.translate("VisitEditor", "What you tried"),
            QCoreApplication.translate(
                "VisitEditor", "Named it, asked openly, changed the plan together…"
            ),
        ),
    }


def _checks() -> dict[str, str]:
    """The tick boxes: field -> label."""
    return {
        "approach_explained": QCoreApplication.translate("VisitEditor", "Approach explained"),
        "limits_set": QCoreApplication.translate("VisitEditor", "Limits set"),
        "stop_signal_agreed": QCoreApplication.translate("VisitEditor", "Stop signal agreed"),
        "rupture_noticed": QCoreApplication.translate(
            "VisitEditor", "A strain in the alliance was noticed"
        ),
        "repair_tried": QCoreApplication.translate("VisitEditor", "A repair was tried"),
    }


def _group(name: str, title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled group of fields; ``name`` (English) makes its object name, ``group_<name>``."""
    box = QGroupBox(title, parent)
    box.setObjectName("group_" + name)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return box, form


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return holder


class VisitEditor(QWidget):
    """Shows one visit for editing (draft) or reading (signed).

    Signals:
        edited(): the user changed something (the pane schedules an autosave).
        date_edited(): the visit's date or time was changed by the user.
    """

    edited = Signal()
    date_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitEditor")
        self.texts: dict[str, QPlainTextEdit] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.progress_edits: dict[int, ScoreEdit] = {}
        self.adherence_edits: dict[int, tuple[QComboBox, QLineEdit]] = {}
        #: the fields of the goal rows in reading order (rebuilt with each visit)
        self._goal_fields: list[QWidget] = []
        self.own_rating: dict[str, ScoreEdit] = {}
        self._hidden_progress: dict[int, int | None] = {}
        self._loaded: VisitDetail | None = None

        for key, (label, lines, placeholder) in _texts().items():
            self.texts[key] = text_edit(
                key, label, lines=lines, parent=self, placeholder=placeholder
            )
        for key, (label, placeholder) in _lines().items():
            self.lines[key] = line_edit(key, label, parent=self, placeholder=placeholder)
        for key, label in _checks().items():
            box = QCheckBox(label, self)
            box.setObjectName(key)
            box.setAccessibleName(label)
            self.checks[key] = box

        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setObjectName("startsAt")
        self.starts_at.setAccessibleName(self.tr("Visit date and time"))
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.starts_at.setAccessibleDescription(
            self.tr(
                "Day, date and time (24-hour clock), for example Tue 4 Mar 2025 14:30; "
                "Up and Down change the part selected, Tab goes to the next part"
            )
        )
        self.visit_type = EnumCombo("visitType", self.tr("Type of visit"), VisitType, self)
        self.duration = ScoreEdit(
            "durationMinutes",
            self.tr("Duration in minutes"),
            minimum=1,
            maximum=480,
            required=True,
            parent=self,
        )
        self.duration.hint.setText(self.tr("min", "minutes"))
        self.duration.edit.setAccessibleDescription(
            self.tr("In minutes: a whole number from 1 to 480")
        )
        self.pain_before = ScoreEdit("painBefore", self.tr("Pain before"), parent=self)
        self.pain_after = ScoreEdit("painAfter", self.tr("Pain after"), parent=self)
        self.touch_comfort = ScoreEdit("touchComfort", self.tr("Comfort with touch"), parent=self)
        self.chaperone = EnumCombo("chaperone", self.tr("Chaperone"), Chaperone, self)
        self.interpreter = EnumCombo("interpreter", self.tr("Interpreter"), Interpreter, self)
        self.consent_decision = EnumCombo(
            "consentDecision", self.tr("Consent"), ConsentDecision, self
        )
        rating_labels = own_rating_labels()
        for item in PRACTITIONER_ITEMS:
            self.own_rating[item] = ScoreEdit(f"ownRating_{item}", rating_labels[item], parent=self)
        self.checkin = QLabel(self)
        self.checkin.setObjectName("checkinResult")
        self.checkin.setWordWrap(True)
        self.checkin.setTextFormat(Qt.TextFormat.RichText)
        self.goals_box, self.goals_form = _group(
            "goals_and_self-care", self.tr("Goals and self-care"), self
        )
        self.problem = InlineError(self)
        self._build_layout()
        self._connect()
        self._fixed_widgets: list[QWidget] = [
            *self.texts.values(),
            *self.lines.values(),
            *self.checks.values(),
            self.starts_at,
            self.visit_type,
            self.chaperone,
            self.interpreter,
            self.consent_decision,
        ]

    # ---------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        t, ln, c = self.texts, self.lines, self.checks
        visit, f = _group("visit", self.tr("Visit"), self)
        f.addRow(
            self.tr("Date and time"),
            _row(
                self.starts_at,
                QLabel(self.tr("Type")),
                self.visit_type,
                QLabel(self.tr("Duration")),
                self.duration,
            ),
        )
        f.addRow(self.tr("Beliefs and expectations"), t["beliefs_expectations"])

        before, f = _group("before_treatment", self.tr("Before treatment"), self)
        f.addRow(self.tr("Subjective"), t["subjective"])
        f.addRow(self.tr("Pain before (0-10)"), self.pain_before)

        consent, f = _group("consent_and_touch", self.tr("Consent and touch"), self)
        f.addRow(_row(c["approach_explained"], c["limits_set"], c["stop_signal_agreed"]))
        f.addRow(
            self.tr("Chaperone"),
            _row(self.chaperone, QLabel(self.tr("Interpreter")), self.interpreter),
        )
        f.addRow(self.tr("Consent"), self.consent_decision)
        f.addRow(self.tr("Comfort with touch (0-10)"), self.touch_comfort)
        f.addRow(self.tr("Touch"), ln["touch_notes"])

        shared, f = _group("shared_decision", self.tr("Shared decision"), self)
        f.addRow(self.tr("Options discussed"), t["options_discussed"])
        f.addRow(self.tr("Patient's preference"), t["patient_preference"])
        f.addRow(self.tr("Decided"), t["decision"])

        treatment, f = _group(
            "examination_and_treatment", self.tr("Examination and treatment"), self
        )
        f.addRow(self.tr("Objective"), t["objective"])
        f.addRow(self.tr("Assessment"), t["assessment"])
        f.addRow(self.tr("Approach and techniques"), t["techniques"])
        f.addRow(self.tr("Pain after (0-10)"), self.pain_after)

        f = self.goals_form
        self._goals_static_rows = 0

        after, f = _group("plan", self.tr("Plan"), self)
        f.addRow(self.tr("Self-care agreed"), t["self_care_agreed"])
        f.addRow(self.tr("Plan"), t["plan"])
        f.addRow(self.tr("Next steps"), t["next_steps"])

        context, f = _group("context_of_care", self.tr("Context of care"), self)
        f.addRow(self.tr("Setting"), ln["care_setting"])
        f.addRow(self.tr("Disruptions"), ln["disruptions"])
        f.addRow(self.tr("The patient's state"), ln["patient_state"])
        f.addRow(self.tr("Your own state"), ln["practitioner_state"])

        alliance, f = _group("alliance", self.tr("Alliance"), self)
        f.addRow(self.tr("Patient check-in"), self.checkin)
        f.addRow(self.tr("Your own rating (0-10)"), _row(*self.own_rating.values()))
        f.addRow(c["rupture_noticed"])
        f.addRow(self.tr("Noticed"), ln["rupture_note"])
        f.addRow(c["repair_tried"])
        f.addRow(self.tr("Tried"), ln["repair_note"])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.problem)
        for box in (
            visit,
            before,
            consent,
            shared,
            treatment,
            self.goals_box,
            after,
            context,
            alliance,
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        for edit in self.own_rating.values():
            edit.hint.hide()

    def tab_chain(self) -> list[QWidget]:
        """Every field in reading order: group by group, each row left to right.

        A number box comes whole (with its field) so setTabOrder() keeps them together. The
        goal rows change with each visit: ask again after ``load()``.
        """
        t, ln, c = self.texts, self.lines, self.checks
        return [
            self.starts_at,
            self.visit_type,
            self.duration,
            t["beliefs_expectations"],
            t["subjective"],
            self.pain_before,
            c["approach_explained"],
            c["limits_set"],
            c["stop_signal_agreed"],
            self.chaperone,
            self.interpreter,
            self.consent_decision,
            self.touch_comfort,
            ln["touch_notes"],
            t["options_discussed"],
            t["patient_preference"],
            t["decision"],
            t["objective"],
            t["assessment"],
            t["techniques"],
            self.pain_after,
            *self._goal_fields,
            t["self_care_agreed"],
            t["plan"],
            t["next_steps"],
            ln["care_setting"],
            ln["disruptions"],
            ln["patient_state"],
            ln["practitioner_state"],
            *self.own_rating.values(),
            c["rupture_noticed"],
            ln["rupture_note"],
            c["repair_tried"],
            ln["repair_note"],
        ]

    def _connect(self) -> None:
        for text in self.texts.values():
            text.textChanged.connect(self._on_changed)
        for line in self.lines.values():
            line.textEdited.connect(self._on_changed)
        for box in self.checks.values():
            box.toggled.connect(self._on_changed)
        for combo in (self.visit_type, self.chaperone, self.interpreter, self.consent_decision):
            combo.currentIndexChanged.connect(self._on_changed)
        for score in (
            self.duration,
            self.pain_before,
            self.pain_after,
            self.touch_comfort,
            *self.own_rating.values(),
        ):
            score.edited.connect(self._on_changed)
        self.starts_at.dateTimeChanged.connect(self._on_date_changed)

    def _on_changed(self, *_args: object) -> None:
        self.problem.show_message("")
        self.edited.emit()

    def _on_date_changed(self, *_args: object) -> None:
        self.date_edited.emit()
        self.edited.emit()

    # ---------------------------------------------------------------- data in
    def load(self, visit: VisitDetail, goals: list[GoalDetail]) -> None:
        """Show ``visit``; nothing emitted while filling."""
        self._loaded = visit
        d = visit.draft
        # Only the fixed widgets are blocked: the goal rows are rebuilt below, and a blocker
        # must never outlive the widget it blocks.
        blockers = [QSignalBlocker(w) for w in self._fixed_widgets]
        try:
            self.starts_at.setDateTime(qdatetime(d.starts_at))
            self.visit_type.set_value(d.visit_type)
            self.duration.set_value(d.duration_minutes)
            for key, edit in self.texts.items():
                edit.setPlainText(getattr(d, key))
            for key, line in self.lines.items():
                line.setText(getattr(d, key))
            for key, box in self.checks.items():
                box.setChecked(bool(getattr(d, key)))
            self.pain_before.set_value(d.pain_before)
            self.pain_after.set_value(d.pain_after)
            self.touch_comfort.set_value(d.touch_comfort)
            self.chaperone.set_value(d.chaperone)
            self.interpreter.set_value(d.interpreter)
            self.consent_decision.set_value(d.consent_decision)
            for item, rating in self.own_rating.items():
                rating.set_value(d.practitioner_rating.get(item))
            self.problem.show_message("")
        finally:
            for blocker in blockers:
                blocker.unblock()
        self._load_goals(visit, goals)
        self._show_checkin(visit)
        self.set_read_only(visit.signed)

    def _load_goals(self, visit: VisitDetail, goals: list[GoalDetail]) -> None:
        while self.goals_form.rowCount():
            self.goals_form.removeRow(0)
        self.progress_edits.clear()
        self.adherence_edits.clear()
        self._goal_fields = []
        d = visit.draft
        shown = [g for g in goals if g.status is GoalStatus.ACTIVE or g.id in d.goal_progress]
        self._hidden_progress = {
            gid: r for gid, r in d.goal_progress.items() if gid not in {g.id for g in shown}
        }
        if not shown:
            note = QLabel(
                self.tr("No active goals in this episode. Agree goals in the Goals pane.")
            )
            note.setWordWrap(True)
            self.goals_form.addRow(note)
            return
        for g in shown:
            edit = ScoreEdit(
                f"goalProgress_{g.id}",
                self.tr("Progress: {goal}").format(goal=g.short_wording),
                parent=self,
            )
            edit.set_value(d.goal_progress.get(g.id))
            edit.edited.connect(self._on_changed)
            self.progress_edits[g.id] = edit
            self._goal_fields.append(edit)
            label = QLabel(escape(g.short_wording))
            label.setToolTip(g.data.wording)
            self.goals_form.addRow(label, edit)
            for st in g.strategies:
                if st.data.setting is not StrategySetting.SELF_CARE or not (
                    st.active or st.id in d.adherence
                ):
                    continue
                combo = QComboBox(self)
                combo.setObjectName(f"adherence_{st.id}")
                combo.setAccessibleName(
                    self.tr("How did it go: {strategy}").format(strategy=st.data.description)
                )
                combo.addItem(self.tr("Not asked"), None)
                for member in Adherence:
                    combo.addItem(member.label, member.value)
                barriers = line_edit(
                    f"barriers_{st.id}",
                    self.tr("What got in the way of: {strategy}").format(
                        strategy=st.data.description
                    ),
                    parent=self,
                    placeholder=self.tr("What got in the way?"),
                )
                current, text = d.adherence.get(st.id, (None, ""))
                combo.setCurrentIndex(max(0, combo.findData(current.value if current else None)))
                barriers.setText(text)
                combo.currentIndexChanged.connect(self._on_changed)
                barriers.textEdited.connect(self._on_changed)
                self.adherence_edits[st.id] = (combo, barriers)
                self._goal_fields += [combo, barriers]
                self.goals_form.addRow(
                    QLabel("    ↳ " + escape(st.data.description)),
                    _row(combo, barriers, stretch=False),
                )

    def _show_checkin(self, visit: VisitDetail) -> None:
        checkin = visit.checkin
        if checkin is None:
            self.checkin.setText(
                "<i>"
                + self.tr(
                    "No patient check-in for this visit yet. The patient rates the alliance "
                    "in a one-minute check-in at the end of the visit."
                )
                + "</i>"
            )
            return
        parts = []
        labels = checkin_labels()
        for item, value in checkin.answers.items():
            label = labels.get(item, item)
            shown = "—" if value is None else formats.number(value)
            parts.append(self.tr("{item}: <b>{value}</b>").format(item=escape(label), value=shown))
        how = checkin.mode.label.lower()
        self.checkin.setText(
            f"{formats.clock(checkin.answered_at)}, {escape(how)}<br>" + " · ".join(parts)
        )

    # ---------------------------------------------------------------- data out
    def collect(self) -> VisitDraft:
        """Read every field; raises ValidationError (and shows it) if one cannot be saved."""
        try:
            return self._collect()
        except ValidationError as exc:
            self.problem.show_message(exc.message)
            raise

    def _collect(self) -> VisitDraft:
        progress: dict[int, int | None] = dict(self._hidden_progress)
        for goal_id, edit in self.progress_edits.items():
            progress[goal_id] = edit.value()
        adherence: dict[int, tuple[Adherence | None, str]] = {}
        for strategy_id, (combo, barriers) in self.adherence_edits.items():
            value = combo.currentData()
            adherence[strategy_id] = (Adherence(value) if value else None, barriers.text())
        duration = self.duration.value()
        assert duration is not None  # required: value() raised if it was empty
        free: dict[str, Any] = {k: e.toPlainText() for k, e in self.texts.items()}
        free |= {k: e.text() for k, e in self.lines.items()}
        free |= {k: b.isChecked() for k, b in self.checks.items()}
        return VisitDraft(
            starts_at=self.starts_at_value().replace(second=0, microsecond=0),
            visit_type=self.visit_type.value(),
            duration_minutes=duration,
            pain_before=self.pain_before.value(),
            pain_after=self.pain_after.value(),
            touch_comfort=self.touch_comfort.value(),
            chaperone=self.chaperone.value(),
            interpreter=self.interpreter.value(),
            consent_decision=self.consent_decision.value(),
            goal_progress=progress,
            adherence=adherence,
            practitioner_rating={k: e.value() for k, e in self.own_rating.items()},
            **free,
        )

    def revert_invalid(self) -> None:
        """Put every wrongly typed number back to its last valid value."""
        for score in (
            self.duration,
            self.pain_before,
            self.pain_after,
            self.touch_comfort,
            *self.own_rating.values(),
            *self.progress_edits.values(),
        ):
            score.revert_if_invalid()
        self.problem.show_message("")

    def starts_at_value(self) -> dt.datetime:
        value = self.starts_at.dateTime().toPython()
        assert isinstance(value, dt.datetime)
        return value

    def set_starts_at(self, value: dt.datetime) -> None:
        with QSignalBlocker(self.starts_at):
            self.starts_at.setDateTime(qdatetime(value))

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
            if read_only:  # still read from the keyboard: a caret shows focus, Shift selects
                edit.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                )
        for line in self.lines.values():
            line.setReadOnly(read_only)
        for widget in (
            *self.checks.values(),
            self.visit_type,
            self.chaperone,
            self.interpreter,
            self.consent_decision,
            *(c for c, _ in self.adherence_edits.values()),
        ):
            widget.setEnabled(not read_only)
        for _, barriers in self.adherence_edits.values():
            barriers.setReadOnly(read_only)
        for score in (
            self.duration,
            self.pain_before,
            self.pain_after,
            self.touch_comfort,
            *self.own_rating.values(),
            *self.progress_edits.values(),
        ):
            score.set_read_only(read_only)
        self.starts_at.setReadOnly(read_only)
