"""The Sessions pane: the episode's visits and the editor of one visit, saved as you type."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.errors import ConfirmationRequired, ValidationError
from alliance_desktop.domain.instruments import CHECKIN_ID
from alliance_desktop.domain.vocab import ConsentDecision, Respondent, ResponseMode
from alliance_desktop.services.episodes import EpisodeRow
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.visits import VisitDetail, VisitRow
from alliance_desktop.ui import formats
from alliance_desktop.ui.autosave import DraftSaver
from alliance_desktop.ui.dialogs.amend_dialog import AmendDialog
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.paper_checkin_dialog import PaperCheckinDialog
from alliance_desktop.ui.panes.base import Pane, PaneContext
from alliance_desktop.ui.panes.visit_editor import VisitEditor
from alliance_desktop.ui.widgets.alert_panel import AlertPanel

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1


def visit_label(v: VisitRow) -> str:
    """A visit in the list: its date and time, then its type, state and what it holds."""
    parts = [
        v.visit_type.label,
        QCoreApplication.translate("SessionsPane", "✓ signed")
        if v.signed
        else QCoreApplication.translate("SessionsPane", "✎ draft"),
    ]
    if v.has_checkin:
        parts.append(QCoreApplication.translate("SessionsPane", "check-in"))
    if v.rupture_noticed:
        parts.append(QCoreApplication.translate("SessionsPane", "strain noticed"))
    return formats.moment(v.starts_at) + "\n" + " · ".join(parts)


class SessionsPane(Pane):
    """Visits of an episode; drafts save themselves within 2 seconds of the last change."""

    WATCHES = frozenset({"visit", "episode", "goal", "strategy", "response", "patient", "alert"})

    #: tests replace this to drive a dialog without exec()
    run_dialog: Callable[[Any], bool] = staticmethod(lambda dialog: bool(dialog.exec()))

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("sessionsPane")
        self.visit: VisitDetail | None = None
        self._future_ok_for: int = 0
        self._wanted_visit = 0
        self.checkin_window: Any = None  # the patient's full-screen check-in while it is open

        self.episodes = QComboBox(self)
        self.episodes.setObjectName("sessionEpisode")
        self.episodes.setAccessibleName(self.tr("Episode of care"))
        self.visit_list = QListWidget(self)
        self.visit_list.setObjectName("visitList")
        self.visit_list.setAccessibleName(self.tr("Visits"))
        self.visit_list.setAlternatingRowColors(True)
        self.visit_list.setWordWrap(True)
        self.visit_list.setSpacing(2)
        self.new_button = QPushButton(self.tr("New visit"), self)
        self.new_button.setObjectName("newVisit")
        self.new_button.setToolTip(self.tr("Start a visit now (Ctrl+Shift+N)"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.episodes)
        left_layout.addWidget(self.visit_list, 1)
        left_layout.addWidget(self.new_button)

        self.status = QLabel(self)
        self.status.setObjectName("visitStatus")
        # Wraps rather than widening the pane: longer words (French) must still fit 1366 px.
        self.status.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign visit"), self)
        self.sign_button.setObjectName("signVisit")
        self.sign_button.setToolTip(
            self.tr("Finalise this visit (Ctrl+Enter); corrections become amendments")
        )
        self.amend_button = QPushButton(self.tr("Add amendment…"), self)
        self.amend_button.setObjectName("amendVisit")
        self.reflect_button = QPushButton(self.tr("Reflect on this visit"), self)
        self.reflect_button.setObjectName("reflectOnVisit")
        self.delete_button = QPushButton(self.tr("Delete draft"), self)
        self.delete_button.setObjectName("deleteDraft")
        bar = QHBoxLayout()
        self.handover_button = QPushButton(self.tr("Hand to patient"), self)
        self.handover_button.setObjectName("handToPatient")
        self.handover_button.setToolTip(
            self.tr(
                "The patient's one-minute check-in, full screen; you return with your PIN (Ctrl+H)"
            )
        )
        self.paper_button = QPushButton(self.tr("Paper form…"), self)
        self.paper_button.setObjectName("paperCheckin")
        self.paper_button.setToolTip(
            self.tr("Key in a questionnaire the patient filled in on paper")
        )
        bar.addWidget(self.status, 1)
        for b in (
            self.handover_button,
            self.paper_button,
            self.reflect_button,
            self.amend_button,
            self.delete_button,
            self.sign_button,
        ):
            bar.addWidget(b)
        self.alerts = AlertPanel(ctx, self)

        self.editor = VisitEditor(self)
        self.amendments = QLabel(self)
        self.amendments.setObjectName("amendments")
        self.amendments.setWordWrap(True)
        self.amendments.setTextFormat(Qt.TextFormat.RichText)
        self.amendments.setFrameShape(QFrame.Shape.StyledPanel)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.amendments)
        holder_layout.addWidget(self.editor)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("visitScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(holder)
        # No Tab stop of its own: Tab goes through the fields and it scrolls to the one focused.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel(self)
        self.empty.setObjectName("sessionsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.alerts)
        right_layout.addWidget(self.scroll_area, 1)
        right_layout.addWidget(self.empty, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sessionsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.saver = DraftSaver(ctx.workers, self._save_job, self._on_saved, self)
        self.saver.state_changed.connect(self._on_save_state)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.date_edited.connect(self._on_date_edited)
        self.visit_list.currentItemChanged.connect(self._on_visit_chosen)
        self.episodes.currentIndexChanged.connect(self._on_episode_chosen)
        self.new_button.clicked.connect(self.new_visit)
        self.sign_button.clicked.connect(self.sign_current)
        self.amend_button.clicked.connect(self.amend_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.reflect_button.clicked.connect(self._on_reflect_clicked)
        self.handover_button.clicked.connect(self.hand_to_patient)
        self.paper_button.clicked.connect(self.enter_paper_form)
        self.alerts.record_repair.connect(self.record_repair)
        ctx.events.visit_requested.connect(self.open_visit)
        self._fix_tab_order()
        self._show_visit(None)

    def _fix_tab_order(self) -> None:
        """Tab in reading order: the visits column, the visit's buttons left to right, the
        alerts, then the visit's fields (their goal rows change with each visit)."""
        chain: list[QWidget] = [
            self.episodes,
            self.visit_list,
            self.new_button,
            self.handover_button,
            self.paper_button,
            self.reflect_button,
            self.amend_button,
            self.delete_button,
            self.sign_button,
            self.alerts.toggle,
            self.alerts.list,
            self.alerts.ack_button,
            self.alerts.repair_button,
            self.alerts.reflect_button,
            *self.editor.tab_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ================================================================ loading
    def set_patient(self, patient_id: int) -> None:
        if patient_id != self.patient_id:
            self._wanted_visit = 0
        super().set_patient(patient_id)

    def reload(self) -> None:
        sv = self.ctx.services
        self.alerts.set_patient(self.patient_id)
        with QSignalBlocker(self.episodes):
            self.episodes.clear()
            episodes: list[EpisodeRow] = (
                sv.episodes.for_patient(self.patient_id) if (self.patient_id) else []
            )
            for e in episodes:
                self.episodes.addItem(
                    self.tr("{reason} — open").format(reason=e.reason)
                    if e.is_open
                    else self.tr("{reason} — discharged").format(reason=e.reason),
                    e.id,
                )
        if not episodes:
            self._fill_visits([])
            self._show_visit(None)
            return
        wanted_episode = episodes[0].id
        if self._wanted_visit:
            try:
                wanted_episode = sv.visits.get(self._wanted_visit).episode_id
            except ValidationError:
                self._wanted_visit = 0
        with QSignalBlocker(self.episodes):
            self.episodes.setCurrentIndex(max(0, self.episodes.findData(wanted_episode)))
        self._load_episode(wanted_episode)

    def _load_episode(self, episode_id: int) -> None:
        visits = self.ctx.services.visits.for_episode(episode_id)
        self._fill_visits(visits)
        target = (
            self._wanted_visit
            if any(v.id == self._wanted_visit for v in visits)
            else (visits[-1].id if visits else 0)
        )
        self._select_visit(target)

    def _fill_visits(self, visits: list[VisitRow]) -> None:
        with QSignalBlocker(self.visit_list):
            self.visit_list.clear()
            for v in visits:
                item = QListWidgetItem(visit_label(v))
                item.setData(VISIT_ROLE, v.id)
                self.visit_list.addItem(item)

    def _select_visit(self, visit_id: int) -> None:
        for i in range(self.visit_list.count()):
            item = self.visit_list.item(i)
            if item.data(VISIT_ROLE) == visit_id:
                with QSignalBlocker(self.visit_list):
                    self.visit_list.setCurrentItem(item)
                self.visit_list.scrollToItem(item)  # the open visit is in sight in the list
                self._load_visit(visit_id)
                return
        self._show_visit(None)

    def _load_visit(self, visit_id: int) -> None:
        sv = self.ctx.services
        visit = sv.visits.get(visit_id)
        goals = sv.goals.for_episode(visit.episode_id)
        self._wanted_visit = visit_id
        self.saver.discard()
        self.editor.load(visit, goals)
        self._fix_tab_order()
        self._show_visit(visit)

    def _show_visit(self, visit: VisitDetail | None) -> None:
        self.visit = visit
        has = visit is not None
        self.scroll_area.setVisible(has)
        self.empty.setVisible(not has)
        for b in (
            self.sign_button,
            self.amend_button,
            self.reflect_button,
            self.delete_button,
            self.handover_button,
            self.paper_button,
        ):
            b.setEnabled(has)
        self.new_button.setEnabled(bool(self.patient_id))
        if visit is None:
            self.status.setText("")
            if not self.patient_id:
                self.empty.setText(self.tr("Select a patient to see their visits."))
            elif self.episodes.count() == 0:
                self.empty.setText(
                    self.tr(
                        "No episode of care yet. Start one in the Goals pane "
                        "(Patient > New episode), then add a visit."
                    )
                )
            else:
                self.empty.setText(
                    self.tr(
                        "No visits in this episode yet. Press New visit "
                        "(Ctrl+Shift+N) when the patient arrives."
                    )
                )
            self.amendments.hide()
            return
        self.sign_button.setVisible(not visit.signed)
        self.delete_button.setVisible(not visit.signed)
        self.amend_button.setVisible(visit.signed)
        if visit.signed and visit.signed_at:
            self.status.setText(
                self.tr("Signed {when}: read-only. Corrections are added as amendments.").format(
                    when=formats.moment(visit.signed_at.astimezone(), "dd MMM yyyy HH:mm")
                )
            )
        else:
            self.status.setText(self.tr("Draft: saved as you type."))
        if visit.amendments:
            rows = "".join(
                self.tr("<p><b>{when}</b> — reason: {reason}<br>{text}</p>").format(
                    when=formats.moment(a.created_at.astimezone(), "dd MMM yyyy HH:mm"),
                    reason=_esc(a.reason),
                    text=_esc(a.text),
                )
                for a in visit.amendments
            )
            self.amendments.setText("<b>" + self.tr("Amendments") + "</b>" + rows)
            self.amendments.show()
        else:
            self.amendments.hide()

    # ================================================================ navigation
    def _on_episode_chosen(self, _index: int) -> None:
        if not self.flush():
            shown = self.visit.episode_id if self.visit else None
            with QSignalBlocker(self.episodes):
                self.episodes.setCurrentIndex(max(0, self.episodes.findData(shown)))
            return
        self._wanted_visit = 0
        self.ctx.workers.wait_for_writes()
        self._load_episode(int(self.episodes.currentData()))

    def _on_visit_chosen(self, current: QListWidgetItem | None, previous: Any) -> None:
        if current is None:
            return
        if not self.flush():
            with QSignalBlocker(self.visit_list):
                self.visit_list.setCurrentItem(previous)
            return
        self.ctx.workers.wait_for_writes()
        self._load_visit(int(current.data(VISIT_ROLE)))

    def open_visit(self, visit_id: int) -> None:
        """Show a visit (asked for by a chart or another pane)."""
        self._wanted_visit = visit_id
        self._stale = True
        if self.isVisible():
            self._reload_now()

    # ================================================================ saving
    def _on_editor_edited(self) -> None:
        if self.visit is not None and not self.visit.signed:
            self.saver.mark_dirty()

    def _on_date_edited(self) -> None:
        if self.visit is None:
            return
        chosen = self.editor.starts_at_value()
        if chosen.date() > dt.date.today() and self._future_ok_for != self.visit.id:
            if Ask.yes_no(
                self,
                self.tr("The visit date {date} is in the future. Is that right?").format(
                    date=formats.day(chosen)
                ),
                yes=self.tr("Yes, keep it"),
                no=self.tr("No, go back"),
            ):
                self._future_ok_for = self.visit.id
            else:
                self.editor.set_starts_at(self.visit.draft.starts_at)

    def _save_job(self) -> Callable[[], VisitRow]:
        assert self.visit is not None
        draft = self.editor.collect()
        visit_id = self.visit.id
        confirm = self._future_ok_for == visit_id
        visits = self.ctx.services.visits
        return lambda: visits.save_draft(visit_id, draft, confirm_future=confirm)

    def _on_saved(self, row: VisitRow) -> None:
        for i in range(self.visit_list.count()):
            item = self.visit_list.item(i)
            if item.data(VISIT_ROLE) == row.id:
                item.setText(visit_label(row))
        self.ctx.events.emit_changes(
            ChangeSet.of("visit", patient_id=row.patient_id, origin=self.objectName())
        )

    def _on_save_state(self, state: str, message: str) -> None:
        self.ctx.events.save_state_changed.emit(f"{state}:{message}" if message else state)

    def flush(self) -> bool:
        """Save what was typed and make sure it landed; False keeps the user here."""
        if not self.saver.dirty and not self.saver.pending:
            return True
        if not self.saver.flush():
            if not Ask.yes_no(
                self,
                self.tr(
                    "This visit has something that cannot be saved as typed:\n\n{problem}\n\n"
                    "Leave it anyway? That one value goes back to what it was; everything else "
                    "you typed is saved."
                ).format(problem=self.saver.last_problem),
                yes=self.tr("Leave without it"),
                no=self.tr("Stay and fix it"),
                default_yes=False,
            ):
                return False
            self.editor.revert_invalid()
            self.saver.mark_dirty()
        if self.saver.save_and_confirm():
            return True
        Ask.inform(
            self,
            self.tr(
                "This visit could not be saved: {problem}.\n\nWhat you typed is "
                "still on screen; it will be saved as soon as it can."
            ).format(problem=self.saver.last_problem),
            warning=True,
        )
        return False

    def save_pending(self) -> bool:
        return self.saver.flush()

    def has_unsaved_problem(self) -> str:
        if self.saver.dirty:
            try:
                self.editor.collect()
            except ValidationError as exc:
                return exc.message
        return ""

    # ================================================================ actions
    def new_visit(self) -> None:
        if not self.patient_id or not self.flush():
            return
        sv = self.ctx.services
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.ctx.workers.wait_for_writes()
        try:
            visit = sv.visits.create(self.patient_id, now)
        except ConfirmationRequired:
            return
        except ValidationError as exc:
            Ask.inform(self, exc.message, warning=True)
            return
        self._wanted_visit = visit.id
        self.ctx.events.emit_changes(ChangeSet.of("visit", patient_id=self.patient_id))
        self._reload_now()
        self.editor.texts["subjective"].setFocus()

    def sign_current(self) -> None:
        visit = self.visit
        if visit is None or visit.signed:
            return
        if not self.flush():
            return
        self.ctx.workers.wait_for_writes()
        current = self.ctx.services.visits.get(visit.id)
        if current.draft.consent_decision is ConsentDecision.NOT_RECORDED and not Ask.yes_no(
            self,
            self.tr("Consent is not recorded for this visit. Sign it anyway?"),
            yes=self.tr("Sign anyway"),
            no=self.tr("Go back"),
            default_yes=False,
        ):
            return
        if not Ask.yes_no(
            self,
            self.tr(
                "Sign this visit? After signing it cannot be changed; corrections are added "
                "as dated amendments."
            ),
            yes=self.tr("Sign"),
            no=self.tr("Not yet"),
        ):
            return
        try:
            self.ctx.services.visits.sign(visit.id)
        except ValidationError as exc:
            Ask.inform(self, exc.message, warning=True)
            return
        self.ctx.events.emit_changes(ChangeSet.of("visit", patient_id=self.patient_id))
        self._wanted_visit = visit.id
        self._reload_now()

    def amend_current(self) -> None:
        if self.visit is None or not self.visit.signed:
            return
        dialog = AmendDialog(self.ctx.services, self.visit.id, self)
        if self.run_dialog(dialog):
            self.ctx.events.emit_changes(ChangeSet.of("visit", patient_id=self.patient_id))
            self._reload_now()

    def delete_current(self) -> None:
        visit = self.visit
        if visit is None or visit.signed:
            return
        if not Ask.yes_no(
            self,
            self.tr("Delete this draft visit and everything typed in it?"),
            yes=self.tr("Delete"),
            no=self.tr("Keep it"),
            default_yes=False,
        ):
            return
        self.saver.discard()
        self.ctx.workers.wait_for_writes()
        self.ctx.services.visits.delete_draft(visit.id)
        self._wanted_visit = 0
        self.ctx.events.emit_changes(ChangeSet.of("visit", patient_id=self.patient_id))
        self._reload_now()

    # ================================================================ check-ins and alerts
    def hand_to_patient(self) -> None:
        """Give the laptop to the patient for the check-in; everything else stays locked."""
        from alliance_desktop.ui.checkin.checkin_window import CheckinWindow
        from alliance_desktop.ui.dialogs.pin_dialog import PinDialog

        visit = self.visit
        if visit is None or not self.flush():
            return
        sv = self.ctx.services
        if not sv.practice.has_handover_pin() and not self.run_dialog(PinDialog(sv, self)):
            return
        if visit.checkin is not None and not Ask.yes_no(
            self,
            self.tr("This visit already has a patient check-in. Hand over for another one?"),
            yes=self.tr("Hand over"),
            no=self.tr("Cancel"),
            default_yes=False,
        ):
            return
        instrument = sv.instruments.latest(CHECKIN_ID)

        def submit(answers: dict[str, float | None], language: str) -> None:
            sv.questionnaires.record(
                ResponseInput(
                    patient_id=visit.patient_id,
                    visit_id=visit.id,
                    instrument_id=instrument.id,
                    instrument_version=instrument.version,
                    respondent=Respondent.PATIENT,
                    answered_at=dt.datetime.now().replace(second=0, microsecond=0),
                    answers=answers,
                    mode=ResponseMode.IN_ROOM,
                    language=language,
                )
            )
            # the result shows in the visit and on the charts at once
            self.ctx.events.emit_changes(
                ChangeSet.of("response", "alert", patient_id=visit.patient_id)
            )

        self.checkin_window = CheckinWindow(
            instrument, check_pin=sv.practice.check_handover_pin, submit=submit
        )
        self.checkin_window.finished.connect(self._on_checkin_finished)
        self.checkin_window.start()

    def _on_checkin_finished(self, _submitted: bool) -> None:
        window = getattr(self, "checkin_window", None)
        if window is not None:
            window.deleteLater()
            self.checkin_window = None
        self.window().activateWindow()

    def enter_paper_form(self) -> None:
        if self.visit is None or not self.flush():
            return
        dialog = PaperCheckinDialog(self.ctx.services, self.visit, self)
        if self.run_dialog(dialog):
            self.ctx.events.emit_changes(
                ChangeSet.of("response", "alert", patient_id=self.patient_id)
            )

    def record_repair(self, visit_id: int) -> None:
        """Open the visit where a strain and its repair should be written down."""
        sv = self.ctx.services
        target = sv.visits.get(visit_id)
        if target.signed:
            drafts = [v for v in sv.visits.for_episode(target.episode_id) if not v.signed]
            if not drafts:
                Ask.inform(
                    self,
                    self.tr(
                        "That visit is signed. Start today's visit (Ctrl+Shift+N) and "
                        "record the strain and what you tried there; to correct the "
                        "signed visit itself, add an amendment."
                    ),
                )
                return
            visit_id = drafts[-1].id
        self.open_visit(visit_id)
        if self.visit is not None and self.visit.id == visit_id and not self.visit.signed:
            box = self.editor.checks["rupture_noticed"]
            if not box.isChecked():
                box.setChecked(True)
            self.editor.lines["rupture_note"].setFocus()
            self.scroll_area.ensureWidgetVisible(self.editor.lines["repair_note"])

    def _on_reflect_clicked(self) -> None:
        if self.visit is not None and self.flush():
            self.ctx.events.reflection_requested.emit(self.patient_id, self.visit.id)


def _esc(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
