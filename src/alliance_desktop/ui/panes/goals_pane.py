"""The Goals tab: an episode's goals in the patient's words, their strategies and progress."""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.vocab import GoalStatus, StrategySetting
from alliance_desktop.services.episodes import EpisodeRow
from alliance_desktop.services.goals import GoalDetail, StrategyDetail
from alliance_desktop.ui import formats
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.episode_dialog import (
    discharge_episode,
    exec_dialog,
    new_episode,
)
from alliance_desktop.ui.dialogs.goal_dialog import add_goal, revise_goal
from alliance_desktop.ui.dialogs.strategy_dialog import add_strategy, edit_strategy
from alliance_desktop.ui.panes.base import Pane, PaneContext

SPARK_BLOCKS = "▁▂▃▄▅▆▇█"
#: the progress column shows at most this many of the latest ratings
SPARK_MAX_POINTS = 12
# The English texts; the pane shows them translated (the functions below).
NO_RATINGS = "no ratings yet"

NO_PATIENT = "Select a patient to see their goals."
NO_EPISODE = "No episode of care yet. Start one with New episode…"
NO_GOALS = "No goals agreed yet. Add the first one in the patient's own words."

GOAL_COLUMNS = ("Goal (patient's words)", "Agreed", "Priority", "Status", "Progress", "Target date")
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL, STRATEGY = "goal", "strategy"


def no_ratings() -> str:
    """``NO_RATINGS`` in the app's language."""
    return QCoreApplication.translate("GoalsPane", "no ratings yet")


def no_patient() -> str:
    """``NO_PATIENT`` in the app's language."""
    return QCoreApplication.translate("GoalsPane", "Select a patient to see their goals.")


def no_episode() -> str:
    """``NO_EPISODE`` in the app's language."""
    return QCoreApplication.translate(
        "GoalsPane", "No episode of care yet. Start one with New episode…"
    )


def no_goals() -> str:
    """``NO_GOALS`` in the app's language."""
    return QCoreApplication.translate(
        "GoalsPane", "No goals agreed yet. Add the first one in the patient's own words."
    )


def goal_columns() -> tuple[str, ...]:
    """``GOAL_COLUMNS`` in the app's language."""
    return (
        QCoreApplication.translate("GoalsPane", "Goal (patient's words)"),
        QCoreApplication.translate("GoalsPane", "Agreed"),
        QCoreApplication.translate("GoalsPane", "Priority"),
        QCoreApplication.translate("GoalsPane", "Status"),
        QCoreApplication.translate("GoalsPane", "Progress"),
        QCoreApplication.translate("GoalsPane", "Target date"),
    )


def _short_setting(setting: StrategySetting) -> str:
    """Where a strategy happens, short enough for the tree's column."""
    if setting is StrategySetting.IN_ROOM:
        return QCoreApplication.translate("GoalsPane", "In the room")
    if setting is StrategySetting.SELF_CARE:
        return QCoreApplication.translate("GoalsPane", "Self-care")
    return setting.label


# ------------------------------------------------------------------ text helpers
def sparkline(values: Sequence[int], maximum: int = 10) -> str:
    """One block per value on a fixed 0-``maximum`` scale: ▁ is 0, █ is ``maximum``."""
    top = len(SPARK_BLOCKS) - 1
    return "".join(
        SPARK_BLOCKS[min(top, max(0, int(value * top / maximum + 0.5)))] for value in values
    )


def progress_trend(ratings: Sequence[int]) -> str:
    """The progress column: the latest ratings as a sparkline and the last value, "▂▃▅▇ 8/10"."""
    if not ratings:
        return no_ratings()
    recent = list(ratings)[-SPARK_MAX_POINTS:]
    return f"{sparkline(recent)} {recent[-1]}/10"


def agreement_text(patient: bool | None, practitioner: bool | None) -> str:
    """Who agrees with a goal, in a few words ("Both agree", "Patient unsure"...)."""
    if patient and practitioner:
        return QCoreApplication.translate("GoalsPane", "Both agree")
    if patient is None and practitioner is None:
        return QCoreApplication.translate("GoalsPane", "Not discussed yet")
    if patient is False and practitioner is False:
        return QCoreApplication.translate("GoalsPane", "Neither agrees")
    if patient is False:
        return QCoreApplication.translate("GoalsPane", "Patient disagrees")
    if practitioner is False:
        return QCoreApplication.translate("GoalsPane", "Practitioner disagrees")
    if patient is None:
        return QCoreApplication.translate("GoalsPane", "Patient unsure")
    return QCoreApplication.translate("GoalsPane", "Practitioner unsure")


def _yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("GoalsPane", "not asked yet")
    return (
        QCoreApplication.translate("GoalsPane", "yes")
        if value
        else QCoreApplication.translate("GoalsPane", "no")
    )


def _day(when: dt.date | None) -> str:
    """A date (or a moment, shown on the local calendar) as "05 Mar 2025"."""
    if when is None:
        return "—"
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        when = when.astimezone()
    return formats.day(when)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def episode_label(episode: EpisodeRow) -> str:
    """How an episode reads in the chooser: reason, dates and whether it is open."""
    end = (
        _day(episode.ended_on)
        if episode.ended_on
        else QCoreApplication.translate("GoalsPane", "now", "an episode still open")
    )
    state = episode.status.label.lower()
    return f"{_one_line(episode.reason)} · {_day(episode.started_on)} – {end} · {state}"


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{_esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def _facts(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' cellpadding='2'>{body}</table>"


def goal_html(goal: GoalDetail) -> str:
    """The detail view of a goal: success, who proposed it, agreement, history and progress."""
    d = goal.data
    status = goal.status.label
    if goal.status_reason:
        status += f" — {goal.status_reason}"
    not_set = QCoreApplication.translate("GoalsPane", "not set")
    parts = [
        f"<h3>“{_esc(d.wording)}”</h3>",
        _facts(
            [
                (
                    QCoreApplication.translate("GoalsPane", "Success measure"),
                    d.success_measure or not_set,
                ),
                (QCoreApplication.translate("GoalsPane", "Target"), d.success_target or not_set),
                (QCoreApplication.translate("GoalsPane", "Proposed by"), d.proposed_by.label),
                (
                    QCoreApplication.translate("GoalsPane", "Agreement"),
                    QCoreApplication.translate(
                        "GoalsPane",
                        "{agreement} (patient: {patient}; practitioner: {practitioner})",
                    ).format(
                        agreement=agreement_text(d.patient_agrees, d.practitioner_agrees),
                        patient=_yes_no(d.patient_agrees),
                        practitioner=_yes_no(d.practitioner_agrees),
                    ),
                ),
                (
                    QCoreApplication.translate("GoalsPane", "Priority"),
                    QCoreApplication.translate(
                        "GoalsPane", "{priority} (1 = most important)"
                    ).format(priority=d.priority),
                ),
                (QCoreApplication.translate("GoalsPane", "Status"), status),
                (
                    QCoreApplication.translate("GoalsPane", "Target date"),
                    _day(d.target_date)
                    if d.target_date
                    else QCoreApplication.translate("GoalsPane", "none", "no target date"),
                ),
            ]
        ),
        "<h4>" + QCoreApplication.translate("GoalsPane", "Earlier versions") + "</h4>",
    ]
    if goal.revisions:
        parts.append(
            _table(
                (
                    QCoreApplication.translate("GoalsPane", "Date"),
                    QCoreApplication.translate("GoalsPane", "Goal as it was"),
                    QCoreApplication.translate("GoalsPane", "Change"),
                    QCoreApplication.translate("GoalsPane", "Why"),
                ),
                [
                    (
                        _day(r.revised_at),
                        r.wording,
                        QCoreApplication.translate("GoalsPane", "Reworded")
                        if r.status is GoalStatus.REVISED
                        else QCoreApplication.translate("GoalsPane", "Was {status}").format(
                            status=r.status.label.lower()
                        ),
                        r.reason or "—",
                    )
                    for r in goal.revisions
                ],
            )
        )
    else:
        parts.append(
            "<p>"
            + QCoreApplication.translate("GoalsPane", "No changes since it was agreed.")
            + "</p>"
        )
    parts.append(
        "<h4>" + QCoreApplication.translate("GoalsPane", "Progress at each visit (0-10)") + "</h4>"
    )
    if goal.progress:
        parts.append(
            _table(
                (
                    QCoreApplication.translate("GoalsPane", "Visit"),
                    QCoreApplication.translate("GoalsPane", "Rating"),
                    QCoreApplication.translate("GoalsPane", "Note"),
                ),
                [(_day(p.visit_at), f"{p.rating}/10", p.note) for p in goal.progress],
            )
        )
    else:
        parts.append(
            "<p>" + QCoreApplication.translate("GoalsPane", "No progress ratings yet.") + "</p>"
        )
    return "".join(parts)


def strategy_html(strategy: StrategyDetail, goal: GoalDetail | None = None) -> str:
    """The detail view of a strategy: who does what, confidence, adherence at each visit."""
    d = strategy.data
    confidence = (
        QCoreApplication.translate("GoalsPane", "not asked")
        if d.patient_confidence is None
        else f"{d.patient_confidence}/10"
    )
    parts = [f"<h3>{_esc(d.description)}</h3>"]
    if goal is not None:
        parts.append(
            "<p>"
            + QCoreApplication.translate("GoalsPane", "Serves the goal “{goal}”.").format(
                goal=_esc(_one_line(goal.data.wording))
            )
            + "</p>"
        )
    parts.append(
        _facts(
            [
                (QCoreApplication.translate("GoalsPane", "Where"), d.setting.label),
                (QCoreApplication.translate("GoalsPane", "Who"), d.owner.label),
                (
                    QCoreApplication.translate("GoalsPane", "Who does what"),
                    d.responsibilities or QCoreApplication.translate("GoalsPane", "not set"),
                ),
                (QCoreApplication.translate("GoalsPane", "Patient's confidence"), confidence),
                (
                    QCoreApplication.translate("GoalsPane", "In use"),
                    QCoreApplication.translate("GoalsPane", "yes")
                    if strategy.active
                    else QCoreApplication.translate("GoalsPane", "no longer used"),
                ),
            ]
        )
    )
    parts.append(
        "<h4>" + QCoreApplication.translate("GoalsPane", "Adherence at each visit") + "</h4>"
    )
    if strategy.reviews:
        parts.append(
            _table(
                (
                    QCoreApplication.translate("GoalsPane", "Visit"),
                    QCoreApplication.translate("GoalsPane", "Done"),
                    QCoreApplication.translate("GoalsPane", "What got in the way"),
                ),
                [
                    (_day(r.visit_at), r.adherence.label, r.barriers or "—")
                    for r in strategy.reviews
                ],
            )
        )
    else:
        parts.append(
            "<p>" + QCoreApplication.translate("GoalsPane", "Not reviewed at a visit yet.") + "</p>"
        )
    return "".join(parts)


# ------------------------------------------------------------------ the pane
class GoalsPane(Pane):
    """Goals agreed with the patient for one episode of care, with their strategies.

    The episode chooser defaults to the open episode. The tree lists goals (with their
    strategies as children); the view below it shows the selected one in full. Every write
    goes through a service, then announces a ChangeSet and reloads, keeping the selection.

    Dialogs are shown through ``_run_dialog()``; tests replace it to type into the dialog
    and call its ``try_accept()`` instead of blocking on ``exec()``.
    """

    WATCHES = frozenset({"goal", "strategy", "episode", "visit"})

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("goalsPane")
        self.setAccessibleName(self.tr("Goals"))
        self._episodes: list[EpisodeRow] = []
        self._goals: list[GoalDetail] = []
        self._episode_id = 0
        self._open_episode_id = 0
        self._loaded_patient = 0
        self._pending_select: tuple[str, int] | None = None
        self._reload_count = 0
        self._build()
        self.reload()

    # ------------------------------------------------------------- building
    def _button(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def _build(self) -> None:
        self.episode_chooser = QComboBox(self)
        self.episode_chooser.setObjectName("episodeChooser")
        self.episode_chooser.setAccessibleName(self.tr("Episode of care"))
        self.episode_chooser.setPlaceholderText(self.tr("No episode of care yet"))
        self.episode_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.episode_chooser.setMinimumContentsLength(24)
        self.episode_chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        episode_label_widget = QLabel(self.tr("&Episode:"), self)
        episode_label_widget.setBuddy(self.episode_chooser)
        self.new_episode_button = self._button(
            self.tr("New episode…"),
            "newEpisodeButton",
            self.tr("Start a new episode of care for this patient"),
        )
        self.discharge_button = self._button(
            self.tr("Discharge…"), "dischargeButton", self.tr("End this episode of care")
        )
        self.reopen_button = self._button(
            self.tr("Reopen"),
            "reopenButton",
            self.tr("Reopen this discharged episode (undo the discharge)"),
        )

        self.add_goal_button = self._button(
            self.tr("Add goal…"),
            "addGoalButton",
            self.tr("Agree a new goal, in the patient's own words"),
        )
        self.revise_button = self._button(
            self.tr("Revise…"),
            "reviseGoalButton",
            self.tr("Change the selected goal; the earlier version is kept"),
        )
        self.achieve_button = self._button(
            self.tr("Mark achieved"),
            "achieveGoalButton",
            self.tr("Record that the selected goal is achieved"),
        )
        self.drop_button = self._button(
            self.tr("Drop…"),
            "dropGoalButton",
            self.tr("Stop working on the selected goal, and say why"),
        )
        self.reactivate_button = self._button(
            self.tr("Reactivate…"),
            "reactivateGoalButton",
            self.tr("Work on the selected goal again, and say why"),
        )
        self.add_strategy_button = self._button(
            self.tr("Add strategy…"),
            "addStrategyButton",
            self.tr("Agree a strategy for the selected goal"),
        )
        self.edit_strategy_button = self._button(
            self.tr("Edit strategy…"), "editStrategyButton", self.tr("Change the selected strategy")
        )

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("goalTree")
        self.tree.setAccessibleName(self.tr("Goals and their strategies"))
        self.tree.setColumnCount(len(GOAL_COLUMNS))
        self.tree.setHeaderLabels(list(goal_columns()))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(GOAL_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("goalDetail")
        self.detail.setAccessibleName(self.tr("Details of the selected goal or strategy"))
        self.detail.setOpenLinks(False)
        # Read from the keyboard too: arrows move a caret (which shows where focus is), and
        # Shift+arrows select text to copy.
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("goalsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)  # a course has a few goals; the detail needs room
        self.splitter.setStretchFactor(1, 3)

        self.empty_state = QLabel(self)
        self.empty_state.setObjectName("goalsEmptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("goalsStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)

        top = QHBoxLayout()
        top.addWidget(episode_label_widget)
        top.addWidget(self.episode_chooser, 1)
        top.addWidget(self.new_episode_button)
        top.addWidget(self.discharge_button)
        top.addWidget(self.reopen_button)
        actions = QHBoxLayout()
        for button in (
            self.add_goal_button,
            self.revise_button,
            self.achieve_button,
            self.drop_button,
            self.reactivate_button,
        ):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.add_strategy_button)
        actions.addWidget(self.edit_strategy_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        chain: list[QWidget] = [
            self.episode_chooser,
            self.new_episode_button,
            self.discharge_button,
            self.reopen_button,
            self.add_goal_button,
            self.revise_button,
            self.achieve_button,
            self.drop_button,
            self.reactivate_button,
            self.add_strategy_button,
            self.edit_strategy_button,
            self.tree,
            self.detail,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.episode_chooser.currentIndexChanged.connect(self._on_episode_chosen)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.new_episode_button.clicked.connect(self._new_episode)
        self.discharge_button.clicked.connect(self._discharge)
        self.reopen_button.clicked.connect(self._reopen)
        self.add_goal_button.clicked.connect(self._add_goal)
        self.revise_button.clicked.connect(self._revise_goal)
        self.achieve_button.clicked.connect(self._mark_achieved)
        self.drop_button.clicked.connect(self._drop_goal)
        self.reactivate_button.clicked.connect(self._reactivate_goal)
        self.add_strategy_button.clicked.connect(self._add_strategy)
        self.edit_strategy_button.clicked.connect(self._edit_strategy)

    # ------------------------------------------------------------- public
    def current_episode(self) -> EpisodeRow | None:
        """The episode shown (None when the patient has none)."""
        return next((e for e in self._episodes if e.id == self._episode_id), None)

    def selected_goal(self) -> GoalDetail | None:
        """The goal of the selected row (None when a strategy or nothing is selected)."""
        key = self._selected_key()
        if key is None or key[0] != GOAL:
            return None
        return next((g for g in self._goals if g.id == key[1]), None)

    def selected_strategy(self) -> StrategyDetail | None:
        """The selected strategy (None when a goal or nothing is selected)."""
        key = self._selected_key()
        if key is None or key[0] != STRATEGY:
            return None
        return next((s for g in self._goals for s in g.strategies if s.id == key[1]), None)

    def select_goal(self, goal_id: int) -> bool:
        """Select a goal's row; False if it is not shown."""
        return self._select((GOAL, goal_id))

    def select_strategy(self, strategy_id: int) -> bool:
        """Select a strategy's row; False if it is not shown."""
        return self._select((STRATEGY, strategy_id))

    # ------------------------------------------------------------- loading
    def reload(self) -> None:
        """Read the patient's episodes and the chosen episode's goals, keeping the selection."""
        self._reload_count += 1
        keep = self._pending_select or self._selected_key()
        self._pending_select = None
        if self.patient_id != self._loaded_patient:
            self._loaded_patient = self.patient_id
            self._episode_id = self._open_episode_id = 0
            keep = None
        self._episodes = (
            self.ctx.services.episodes.for_patient(self.patient_id) if self.patient_id else []
        )
        open_id = next((e.id for e in self._episodes if e.is_open), 0)
        if open_id and open_id != self._open_episode_id:
            self._episode_id = open_id  # an episode was just started (here or elsewhere)
        self._open_episode_id = open_id
        if self.current_episode() is None:
            self._episode_id = open_id or (self._episodes[0].id if self._episodes else 0)
        self._fill_chooser()
        self._load_goals(keep)

    def _fill_chooser(self) -> None:
        with QSignalBlocker(self.episode_chooser):
            self.episode_chooser.clear()
            for episode in self._episodes:
                self.episode_chooser.addItem(episode_label(episode), episode.id)
                if episode.discharge_note:
                    self.episode_chooser.setItemData(
                        self.episode_chooser.count() - 1,
                        self.tr("Discharge note: {note}").format(note=episode.discharge_note),
                        Qt.ItemDataRole.ToolTipRole,
                    )
            self.episode_chooser.setCurrentIndex(self.episode_chooser.findData(self._episode_id))
        self.episode_chooser.setEnabled(bool(self._episodes))

    def _load_goals(self, keep: tuple[str, int] | None) -> None:
        episode = self.current_episode()
        self._goals = self.ctx.services.goals.for_episode(episode.id) if episode else []
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for goal in self._goals:
                item = self._goal_item(goal)
                item.addChildren([self._strategy_item(s) for s in goal.strategies])
                self.tree.addTopLevelItem(item)
            self.tree.expandAll()
            target = self._find_item(keep) if keep else None
            if target is None and self.tree.topLevelItemCount():
                target = self.tree.topLevelItem(0)
            if target is not None:
                self.tree.setCurrentItem(target)
        if not self.patient_id:
            self._show_empty(no_patient())
        elif episode is None:
            self._show_empty(no_episode())
        elif not self._goals:
            self._show_empty(no_goals())
        else:
            self.stack.setCurrentWidget(self.splitter)
        self._show_detail()
        self._update_buttons()

    def _show_empty(self, message: str) -> None:
        self.empty_state.setText(message)
        self.empty_state.setAccessibleName(message)
        self.stack.setCurrentWidget(self.empty_state)

    def _goal_item(self, goal: GoalDetail) -> QTreeWidgetItem:
        d = goal.data
        status = goal.status.label
        item = QTreeWidgetItem(
            [
                _one_line(d.wording),
                agreement_text(d.patient_agrees, d.practitioner_agrees),
                str(d.priority),
                status,
                progress_trend([p.rating for p in goal.progress]),
                _day(d.target_date) if d.target_date else "—",
            ]
        )
        item.setData(0, KIND_ROLE, GOAL)
        item.setData(0, ID_ROLE, goal.id)
        item.setToolTip(0, d.wording)
        if goal.status_reason:
            item.setToolTip(
                3, self.tr("{status}: {reason}").format(status=status, reason=goal.status_reason)
            )
        item.setToolTip(
            4,
            ", ".join(
                self.tr("{date}: {rating}/10").format(date=_day(p.visit_at), rating=p.rating)
                for p in goal.progress
            )
            or no_ratings(),
        )
        if goal.status is GoalStatus.DROPPED:
            self._grey(item)
        return item

    def _strategy_item(self, strategy: StrategyDetail) -> QTreeWidgetItem:
        d = strategy.data
        confidence = "–" if d.patient_confidence is None else f"{d.patient_confidence}/10"
        latest = strategy.reviews[-1].adherence.label.lower() if strategy.reviews else "–"
        description = _one_line(d.description)
        if not strategy.active:
            description = self.tr("{strategy} (no longer used)").format(strategy=description)
        item = QTreeWidgetItem(
            [
                description,
                _short_setting(d.setting),
                self.tr("Who: {owner}").format(owner=d.owner.label.lower()),
                self.tr("Confidence {confidence}").format(confidence=confidence),
                self.tr("Adherence: {adherence}").format(adherence=latest),
                "",
            ]
        )
        item.setData(0, KIND_ROLE, STRATEGY)
        item.setData(0, ID_ROLE, strategy.id)
        item.setToolTip(0, d.description)
        item.setToolTip(1, d.setting.label)
        if not strategy.active:
            self._grey(item)
        return item

    def _grey(self, item: QTreeWidgetItem) -> None:
        brush = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for column in range(item.columnCount()):
            item.setForeground(column, brush)

    # ------------------------------------------------------------- selection
    def _selected_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))

    def _items(self) -> Iterator[QTreeWidgetItem]:
        """Every row: each goal followed by its strategies."""
        for index in range(self.tree.topLevelItemCount()):
            goal_item = self.tree.topLevelItem(index)
            if goal_item is None:
                continue
            yield goal_item
            for child in range(goal_item.childCount()):
                item = goal_item.child(child)
                if item is not None:
                    yield item

    def _find_item(self, key: tuple[str, int]) -> QTreeWidgetItem | None:
        return next(
            (i for i in self._items() if (i.data(0, KIND_ROLE), i.data(0, ID_ROLE)) == key), None
        )

    def _select(self, key: tuple[str, int]) -> bool:
        item = self._find_item(key)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def _goal_of_selection(self) -> GoalDetail | None:
        """The selected goal, or the goal of the selected strategy."""
        strategy = self.selected_strategy()
        if strategy is not None:
            return next((g for g in self._goals if g.id == strategy.goal_id), None)
        return self.selected_goal()

    def _on_episode_chosen(self, index: int) -> None:
        self._episode_id = int(self.episode_chooser.itemData(index) or 0)
        self._load_goals(None)

    def _on_current_item_changed(self, *_items: QTreeWidgetItem | None) -> None:
        self._show_detail()
        self._update_buttons()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == STRATEGY:
            self._edit_strategy()
        elif self.revise_button.isEnabled():
            self._revise_goal()

    def _show_detail(self) -> None:
        strategy = self.selected_strategy()
        goal = self._goal_of_selection()
        if strategy is not None:
            self.detail.setHtml(strategy_html(strategy, goal))
        elif goal is not None:
            self.detail.setHtml(goal_html(goal))
        else:
            self.detail.clear()

    def _update_buttons(self) -> None:
        episode = self.current_episode()
        any_open = any(e.is_open for e in self._episodes)
        episode_open = episode is not None and episode.is_open
        goal = self.selected_goal()
        active = goal is not None and goal.status is GoalStatus.ACTIVE
        parent_goal = self._goal_of_selection()

        self.new_episode_button.setEnabled(bool(self.patient_id) and not any_open)
        self.new_episode_button.setToolTip(
            self.tr("Discharge the open episode before starting a new one.")
            if any_open
            else self.new_episode_button.accessibleDescription()
        )
        self.discharge_button.setEnabled(episode_open)
        self.reopen_button.setEnabled(episode is not None and not episode_open and not any_open)
        self.add_goal_button.setEnabled(episode_open)
        self.revise_button.setEnabled(active)
        self.achieve_button.setEnabled(active)
        self.drop_button.setEnabled(active)
        self.reactivate_button.setEnabled(
            goal is not None and goal.status in (GoalStatus.ACHIEVED, GoalStatus.DROPPED)
        )
        self.add_strategy_button.setEnabled(
            episode_open and parent_goal is not None and parent_goal.status is GoalStatus.ACTIVE
        )
        self.edit_strategy_button.setEnabled(self.selected_strategy() is not None)

    # ------------------------------------------------------------- writing
    def _run_dialog(self, dialog: QDialog) -> bool:
        """Show ``dialog`` modally; True if accepted. Tests replace this seam."""
        return exec_dialog(dialog)

    def _after_write(self, entity: str, select: tuple[str, int] | None = None) -> None:
        """Announce a write so every view refreshes; reload here, keeping the selection."""
        self._pending_select = select or self._selected_key()
        before = self._reload_count
        self.ctx.events.emit_changes(ChangeSet.of(entity, patient_id=self.patient_id, origin=""))
        if self._reload_count == before:  # hidden panes only mark themselves stale
            self._reload_now()

    def _refused(self, problem: ValidationError) -> None:
        Ask.inform(
            self,
            self.tr("Nothing was changed. {problem}").format(problem=problem.message),
            warning=True,
        )

    def _new_episode(self) -> None:
        if not self.patient_id:
            return
        episode = new_episode(self, self.ctx.services, self.patient_id, run=self._run_dialog)
        if episode is not None:
            self._after_write("episode")  # the reload shows the newly opened episode

    def _discharge(self) -> None:
        episode = self.current_episode()
        if episode is None or not episode.is_open:
            return
        if discharge_episode(self, self.ctx.services, episode, run=self._run_dialog):
            self._after_write("episode")

    def _reopen(self) -> None:
        episode = self.current_episode()
        if episode is None or episode.is_open:
            return
        question = self.tr(
            "Reopen the episode “{reason}”? Its end date is cleared; the discharge note is kept."
        ).format(reason=_one_line(episode.reason))
        if not Ask.yes_no(self, question, yes=self.tr("Reopen"), no=self.tr("Cancel")):
            return
        try:
            self.ctx.services.episodes.reopen(episode.id)
        except ValidationError as problem:
            self._refused(problem)
            return
        self._after_write("episode")

    def _add_goal(self) -> None:
        episode = self.current_episode()
        if episode is None or not episode.is_open:
            return
        active = sum(1 for g in self._goals if g.status is GoalStatus.ACTIVE)
        goal = add_goal(
            self,
            self.ctx.services,
            episode.id,
            default_priority=min(5, active + 1),
            run=self._run_dialog,
        )
        if goal is not None:
            self._after_write("goal", (GOAL, goal.id))

    def _revise_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None or goal.status is not GoalStatus.ACTIVE:
            return
        if revise_goal(self, self.ctx.services, goal, run=self._run_dialog):
            self._after_write("goal", (GOAL, goal.id))

    def _set_status(self, goal: GoalDetail, status: GoalStatus, reason: str = "") -> None:
        try:
            self.ctx.services.goals.set_status(goal.id, status, reason)
        except ValidationError as problem:
            self._refused(problem)
            return
        self._after_write("goal", (GOAL, goal.id))

    def _mark_achieved(self) -> None:
        goal = self.selected_goal()
        if goal is not None and goal.status is GoalStatus.ACTIVE:
            self._set_status(goal, GoalStatus.ACHIEVED)

    def _drop_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None or goal.status is not GoalStatus.ACTIVE:
            return
        reason = Ask.text(
            self,
            self.tr(
                "Why is the goal “{goal}” being dropped?\nThe goal and its history are kept."
            ).format(goal=goal.short_wording),
            title=self.tr("Drop goal"),
        )
        if reason is not None:
            self._set_status(goal, GoalStatus.DROPPED, reason)

    def _reactivate_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None or goal.status is GoalStatus.ACTIVE:
            return
        reason = Ask.text(
            self,
            self.tr("Why is the goal “{goal}” active again?").format(goal=goal.short_wording),
            title=self.tr("Reactivate goal"),
        )
        if reason is not None:
            self._set_status(goal, GoalStatus.ACTIVE, reason)

    def _add_strategy(self) -> None:
        goal = self._goal_of_selection()
        if goal is None:
            return
        strategy = add_strategy(self, self.ctx.services, goal.id, run=self._run_dialog)
        if strategy is not None:
            self._after_write("strategy", (STRATEGY, strategy.id))

    def _edit_strategy(self) -> None:
        strategy = self.selected_strategy()
        if strategy is None:
            return
        if edit_strategy(self, self.ctx.services, strategy, run=self._run_dialog):
            self._after_write("strategy", (STRATEGY, strategy.id))
