"""The Overview pane: a plain-language summary of where the patient's care stands."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from alliance_desktop.domain.instruments import CHECKIN_ID
from alliance_desktop.domain.vocab import GoalStatus
from alliance_desktop.ui.panes.base import Pane, PaneContext


class OverviewPane(Pane):
    """Episode, goals with their latest progress, recent visits with pain and check-ins."""

    WATCHES = frozenset({"patient", "episode", "goal", "strategy", "visit", "response"})

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("overviewPane")
        self.view = QTextBrowser(self)
        self.view.setObjectName("overviewText")
        self.view.setAccessibleName("Patient overview")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def reload(self) -> None:
        sv = self.ctx.services
        if not self.patient_id:
            info = sv.practice.info()
            rows = sv.patients.rows(include_archived=False)
            self.view.setHtml(
                f"<h2>{escape(info.name or 'Your practice')}</h2>"
                f"<p>{len(rows):,} active patients."
                + (
                    " This is the demo practice: every record is synthetic.</p>"
                    if info.is_demo
                    else "</p>"
                )
                + "<p>Select a patient on the left (Ctrl+F to find one) to see their care.</p>"
            )
            return
        detail = sv.patients.get(self.patient_id)
        episode = detail.current_episode
        html = []
        if episode is None:
            html.append(
                "<p>No episode of care yet. Start one in the Goals pane "
                "(Patient &gt; New episode).</p>"
            )
            self.view.setHtml("".join(html))
            return
        html.append(
            f"<h3>{escape(episode.reason)}</h3><p>Since {episode.started_on:%d %b %Y}"
            f"{'' if episode.is_open else f', discharged {episode.ended_on:%d %b %Y}'}"
            f" · {episode.visit_count} visits</p>"
        )
        goals = sv.goals.for_episode(episode.id)
        html.append("<h4>Goals</h4>")
        if not goals:
            html.append("<p>No goals agreed yet.</p>")
        else:
            html.append("<ul>")
            for g in goals:
                latest = f"{g.progress[-1].rating}/10" if g.progress else "not rated yet"
                state = "" if g.status is GoalStatus.ACTIVE else f" ({g.status.label.lower()})"
                html.append(f"<li>{escape(g.data.wording)}{state}: progress {latest}</li>")
            html.append("</ul>")
        visits = sv.visits.for_episode(episode.id)[-6:]
        checkins = {
            r.visit_id: r
            for r in sv.questionnaires.for_patient(self.patient_id)
            if r.instrument_id == CHECKIN_ID
        }
        html.append("<h4>Recent visits</h4>")
        if not visits:
            html.append("<p>No visits yet. Start one with Ctrl+Shift+N.</p>")
        else:
            html.append(
                "<table cellpadding='4'><tr><th align='left'>Date</th><th>Pain before"
                "</th><th>Pain after</th><th align='left'>Patient check-in</th></tr>"
            )
            for v in reversed(visits):
                c = checkins.get(v.id)
                answered = [x for x in (c.answers.values() if c else []) if x is not None]
                summary = f"lowest item {min(answered):g}/10" if answered else "no check-in"
                html.append(
                    f"<tr><td>{v.starts_at:%d %b %Y}</td>"
                    f"<td align='center'>{'' if v.pain_before is None else v.pain_before}</td>"
                    f"<td align='center'>{'' if v.pain_after is None else v.pain_after}</td>"
                    f"<td>{summary}</td></tr>"
                )
            html.append("</table>")
        self.view.setHtml("".join(html))
