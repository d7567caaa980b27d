"""The practice overview: how the alliance went across all patients over a chosen period."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import display_name
from alliance_desktop.services import Services
from alliance_desktop.services.practice_stats import PracticeOverview
from alliance_desktop.ui.charts.chart_widget import ChartWidget
from alliance_desktop.ui.charts.plots import (
    plot_alliance_pain,
    plot_first_latest,
    plot_score_distribution,
)
from alliance_desktop.ui.workers import Workers

PERIODS = (
    ("Last 30 days", 30),
    ("Last 3 months", 91),
    ("Last 12 months", 365),
    ("Last 3 years (a CPD cycle)", 3 * 365),
)
PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


class PracticeView(QWidget):
    """Figures and charts for a period; every figure says how many records it rests on.

    Signals:
        patient_chosen(int): a patient with open alerts was double-clicked.
    """

    patient_chosen = Signal(int)

    def __init__(self, services: Services, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceView")
        self.services = services
        self.workers = workers
        self.overview: PracticeOverview | None = None
        self._asked = 0
        self.title = QLabel(self)
        self.title.setObjectName("practiceTitle")
        self.period = QComboBox(self)
        self.period.setObjectName("practicePeriod")
        self.period.setAccessibleName("Period")
        for label, days in PERIODS:
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.figures = QLabel(self)
        self.figures.setObjectName("practiceFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.alert_list = QListWidget(self)
        self.alert_list.setObjectName("practiceAlertPatients")
        self.alert_list.setAccessibleName("Patients with alliance alerts")
        self.alert_list.setMaximumWidth(260)
        self.distribution = ChartWidget(
            "scoreDistribution", "Check-in score chart", self, left_margin=0.16
        )
        self.first_latest = ChartWidget(
            "firstLatest", "First and latest alliance chart", self, left_margin=0.16
        )
        self.alliance_pain = ChartWidget(
            "alliancePain", "Alliance and pain chart", self, left_margin=0.16
        )
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel("Period", self))
        head.addWidget(self.period)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>Patients with alerts</b> (double-click to open)", self))
        side.addWidget(self.alert_list, 1)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addLayout(side)
        grid = QGridLayout()
        grid.addWidget(self.distribution, 0, 0)
        grid.addWidget(self.first_latest, 0, 1)
        grid.addWidget(self.alliance_pain, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.alert_list.itemActivated.connect(self._on_patient_activated)

    def reload(self, today: dt.date | None = None) -> None:
        end = today or dt.date.today()
        start = end - dt.timedelta(days=int(self.period.currentData()) - 1)
        info = self.services.practice.info()
        demo = " · demo practice: every record is synthetic" if info.is_demo else ""
        self.title.setText(
            f"<h2>{escape(info.name or 'Your practice')}</h2>"
            f"{start:%d %b %Y} – {end:%d %b %Y}{demo}"
        )
        # A year of a large practice takes a second or more: never on the UI thread.
        self._asked += 1
        ticket = self._asked
        self.figures.setText("Adding up the period…")
        stats = self.services.practice_stats
        self.workers.run(
            lambda: stats.overview(start, end),
            lambda o: self._show(o) if ticket == self._asked else None,
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, ValidationError) else "could not be computed"
        self.figures.setText(escape(f"The practice figures {message}."))

    def _show(self, o: PracticeOverview) -> None:
        self.overview = o
        self.figures.setText(
            "<table cellpadding='3'>"
            f"<tr><td><b>{o.visits:,}</b> visits</td><td>{o.patients_seen:,} patients, "
            f"{o.episodes_seen:,} episodes</td></tr>"
            f"<tr><td><b>{_pct(o.visits_with_checkin, o.visits)}</b> had a check-in</td>"
            f"<td>{o.visits_with_checkin:,} of {o.visits:,} visits</td></tr>"
            f"<tr><td><b>{_pct(o.perfect_checkins, o.visits_with_checkin)}</b> perfect scores"
            f"</td><td>{o.perfect_checkins:,} of {o.visits_with_checkin:,} check-ins: the "
            "ceiling; invite candour</td></tr>"
            f"<tr><td><b>{o.attention_patients:,}</b> patients with open alerts</td>"
            f"<td>of {o.patients_seen:,} patients seen</td></tr>"
            f"<tr><td><b>{o.ruptures_noticed:,}</b> strains noticed</td>"
            f"<td>{o.repairs_tried:,} with a repair tried; {o.ruptures_recovered:,} followed by "
            f"recovery ({o.ruptures_followed_up:,} had a later check-in)</td></tr>"
            f"<tr><td><b>{o.first_mean:.1f} → {o.latest_mean:.1f}</b> alliance</td>"
            f"<td>first to latest check-in, {o.first_latest_episodes:,} episodes</td></tr>"
            f"<tr><td><b>{_pct(o.pain_improved_meaningfully, o.alliance_pain_episodes)}</b> "
            "much better</td><td>pain down 2 points or 30%, "
            f"{o.alliance_pain_episodes:,} episodes</td></tr>"
            "</table>"
        )
        self.alert_list.clear()
        names = {r.id: r for r in self.services.patients.rows()}
        for pid in o.attention_patient_ids:
            row = names.get(pid)
            if row is None:
                continue
            item = QListWidgetItem(
                f"{display_name(row.family_name, row.given_names)}  ⚠ {row.open_alerts}"
            )
            item.setData(PATIENT_ROLE, pid)
            self.alert_list.addItem(item)
        self.distribution.show_series(plot_score_distribution, o)
        self.first_latest.show_series(plot_first_latest, o)
        self.alliance_pain.show_series(plot_alliance_pain, o)

    def _on_patient_activated(self, item: QListWidgetItem) -> None:
        self.patient_chosen.emit(int(item.data(PATIENT_ROLE)))
