"""The Overview pane: the patient's alliance, outcomes, goals and self-care on four charts.

With no patient selected it shows the practice overview instead.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.ui.after_paint import after_paint
from alliance_desktop.ui.charts.chart_widget import ChartWidget
from alliance_desktop.ui.charts.plots import (
    plot_adherence,
    plot_goal_progress,
    plot_outcomes,
    plot_trust_bond,
)
from alliance_desktop.ui.panes.base import Pane, PaneContext
from alliance_desktop.ui.panes.practice_view import PracticeView

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from alliance_desktop.services.charts import PatientCharts


class OverviewPane(Pane):
    """Four charts of the current episode; a click on a point opens that visit."""

    WATCHES = frozenset(
        {
            "patient",
            "episode",
            "goal",
            "strategy",
            "visit",
            "response",
            "alert",
            "annotation",
        }
    )

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("overviewPane")
        self.data: PatientCharts | None = None

        self.episode_label = QLabel(self)
        self.episode_label.setObjectName("overviewEpisode")
        # Wraps rather than widening the window (a long episode reason, or French).
        self.episode_label.setWordWrap(True)
        self.episode_label.setMinimumWidth(120)
        self.goal_task = QCheckBox(self.tr("Show goals and way of working"), self)
        self.goal_task.setObjectName("showGoalTask")
        self.goal_task.setAccessibleName(self.tr("Show the goals and way-of-working lines"))
        self.x_axis = QComboBox(self)
        self.x_axis.setObjectName("xAxisMode")
        self.x_axis.setAccessibleName(self.tr("Horizontal axis"))
        self.x_axis.addItem(self.tr("By visit number"), False)
        self.x_axis.addItem(self.tr("By date"), True)
        self.note_button = QPushButton(self.tr("Add a chart note…"), self)
        self.note_button.setObjectName("addChartNote")
        self.note_button.setToolTip(
            self.tr("Mark a life event or a change of treatment on the charts")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.episode_label, 1)
        bar.addWidget(self.note_button)
        bar.addWidget(self.goal_task)
        bar.addWidget(QLabel(self.tr("Axis"), self))
        bar.addWidget(self.x_axis)

        self.alliance_chart = ChartWidget("allianceChart", self.tr("Trust and bond chart"), self)
        self.outcome_chart = ChartWidget(
            "outcomeChart", self.tr("Pain chart"), self, left_margin=0.14
        )
        self.goal_chart = ChartWidget("goalChart", self.tr("Goal progress chart"), self)
        self.adherence_chart = ChartWidget(
            "adherenceChart", self.tr("Self-care chart"), self, left_margin=0.18
        )
        self.charts = [
            self.alliance_chart,
            self.outcome_chart,
            self.goal_chart,
            self.adherence_chart,
        ]
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.alliance_chart, 0, 0)
        grid.addWidget(self.outcome_chart, 0, 1)
        grid.addWidget(self.goal_chart, 1, 0)
        grid.addWidget(self.adherence_chart, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        patient_page = QWidget(self)
        patient_layout = QVBoxLayout(patient_page)
        patient_layout.setContentsMargins(4, 4, 4, 4)
        patient_layout.addLayout(bar)
        patient_layout.addLayout(grid, 1)

        self.message = QTextBrowser(self)
        self.message.setObjectName("overviewText")
        self.message.setAccessibleName(self.tr("Overview"))
        self.practice_page = PracticeView(ctx.services, ctx.workers, self)
        self.practice_page.patient_chosen.connect(ctx.events.patient_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(patient_page)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.practice_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # Tab in reading order: the bar left to right, then the charts row by row.
        chain: list[QWidget] = [self.note_button, self.goal_task, self.x_axis, *self.charts]
        for index in range(1, len(chain)):
            QWidget.setTabOrder(chain[index - 1], chain[index])

        for chart in self.charts:
            chart.visit_clicked.connect(ctx.events.visit_requested)
        self.note_button.clicked.connect(self.add_note)
        self.goal_task.toggled.connect(lambda _on: self._draw())
        self.x_axis.currentIndexChanged.connect(lambda _i: self._draw())
        # Until the pane is first on screen a reload waits: the window paints before the
        # charts' data is read and matplotlib is imported for the first chart.
        self._painted = False
        self._reload_after_paint = False
        self._others_waiting = False
        # what waits for the first chart and the three others (see when_drawn)
        self._when_drawn: list[Callable[[], None]] = []
        after_paint(self, self._after_first_paint)

    # ---------------------------------------------------------------- loading
    def _after_first_paint(self) -> None:
        self._painted = True
        if self._reload_after_paint:
            self._reload_after_paint = False
            self.reload()
        if not self._others_waiting:  # no chart is being drawn (no patient, no episode)
            self._release_when_drawn()

    def reload(self) -> None:
        if not self._painted:
            self._reload_after_paint = True
            return
        if not self.patient_id:
            self.data = None
            self._show_practice()
            return
        data = self.ctx.services.charts.patient_charts(self.patient_id)
        if data.episode_id is None:
            self.data = None
            self.stack.setCurrentWidget(self.message)
            self.message.setHtml(
                self.tr(
                    "<h3>No episode of care yet</h3><p>Start one in the Goals pane (Patient &gt; "
                    "New episode); the charts of trust and bond, pain, goals and self-care appear "
                    "here as the visits go on.</p>"
                )
            )
            return
        self.data = data
        self.stack.setCurrentIndex(0)
        count = len(self.data.alliance.visits)
        self.episode_label.setText(
            # Two messages, the same in English: French says "0 séance", "1 séance", "2 séances".
            (
                self.tr("<b>{episode}</b> · {count} visits", "0 or 1")
                if count < 2
                else self.tr("<b>{episode}</b> · {count} visits")
            ).format(episode=escape(self.data.episode_title), count=count)
        )
        self._draw()

    def _draw(self) -> None:
        data = self.data
        if data is None:
            return
        by_date = bool(self.x_axis.currentData())
        self.alliance_chart.show_series(
            plot_trust_bond,
            data.alliance,
            by_date=by_date,
            show_goal_task=self.goal_task.isChecked(),
        )
        if self.outcome_chart.canvas is None:
            # The very first picture (matplotlib has just loaded): the trust and bond chart
            # goes on screen before the three others are made.
            if not self._others_waiting and self.alliance_chart.canvas is not None:
                self._others_waiting = True
                after_paint(self.alliance_chart.canvas, self._draw_others)
            return
        self._draw_others()

    def _draw_others(self) -> None:
        self._others_waiting = False
        data = self.data
        if data is not None:
            by_date = bool(self.x_axis.currentData())
            self.outcome_chart.show_series(plot_outcomes, data.outcomes, by_date=by_date)
            self.goal_chart.show_series(plot_goal_progress, data.goals, by_date=by_date)
            self.adherence_chart.show_series(plot_adherence, data.adherence, by_date=by_date)
        self._release_when_drawn()

    def when_drawn(self, callback: Callable[[], None]) -> None:
        # Waits while the pane's first reload waits for its paint, and while the first chart
        # is drawn and the three others follow it.
        if self._reload_after_paint or self._others_waiting:
            self._when_drawn.append(callback)
            return
        super().when_drawn(callback)

    def _release_when_drawn(self) -> None:
        # What was drawn is on screen (the first chart, or the pane without one): the rest
        # waits for the pane's next paint, which follows the three other charts.
        waiting, self._when_drawn = self._when_drawn, []
        for callback in waiting:
            super().when_drawn(callback)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # not painted again soon (see Pane.hideEvent): now
            self._release_when_drawn()
        super().hideEvent(event)

    #: tests replace this to drive a dialog without exec()
    run_dialog: Callable[[Any], bool] = staticmethod(lambda dialog: bool(dialog.exec()))

    def add_note(self) -> None:
        if not self.patient_id:
            return
        from alliance_desktop.ui.dialogs.annotation_dialog import AnnotationDialog

        dialog = AnnotationDialog(self.ctx.services, self.patient_id, self)
        if self.run_dialog(dialog):
            self.ctx.events.emit_changes(ChangeSet.of("annotation", patient_id=self.patient_id))

    def _show_practice(self) -> None:
        self.stack.setCurrentWidget(self.practice_page)
        self.practice_page.reload()
