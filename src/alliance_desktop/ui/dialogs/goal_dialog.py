"""Agree a new goal in the patient's own words, or revise one and say why it changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.vocab import ProposedBy
from alliance_desktop.services import Services
from alliance_desktop.services.goals import GoalDetail, GoalInput
from alliance_desktop.ui.dialogs.episode_dialog import (
    DialogRunner,
    FormDialog,
    exec_dialog,
    read_date,
)
from alliance_desktop.ui.widgets.fields import (
    DateField,
    EnumCombo,
    YesNoCombo,
    line_edit,
    text_edit,
)

PRIORITIES = range(1, 6)
DEFAULT_PRIORITY = 2


def _priority_label(priority: int) -> str:
    if priority == PRIORITIES[0]:
        return QCoreApplication.translate("GoalDialog", "{priority} – most important").format(
            priority=priority
        )
    if priority == PRIORITIES[-1]:
        return QCoreApplication.translate("GoalDialog", "{priority} – least important").format(
            priority=priority
        )
    return str(priority)


class GoalDialog(FormDialog):
    """A new goal for an episode, or a revision of an existing goal.

    Pass ``episode_id`` for a new goal, or ``goal`` to revise it: the form then starts from
    the goal as it is and asks why it is changing (the service keeps the earlier version).

    Attributes:
        goal: the stored goal (None until ``try_accept()`` succeeds).
    """

    def __init__(
        self,
        services: Services,
        *,
        episode_id: int | None = None,
        goal: GoalDetail | None = None,
        default_priority: int = DEFAULT_PRIORITY,
        parent: QWidget | None = None,
    ) -> None:
        if (episode_id is None) == (goal is None):
            raise ValueError("Give either episode_id (new goal) or goal (revision), not both.")
        revising = goal is not None
        super().__init__(
            self.tr("Revise goal") if revising else self.tr("New goal"),
            parent,
            ok_text=self.tr("Save revision") if revising else self.tr("Add goal"),
        )
        self.setObjectName("goalDialog")
        self._services = services
        self._episode_id = episode_id
        self._original = goal
        self.goal: GoalDetail | None = None

        self.wording = text_edit(
            "goalWording",
            self.tr("Goal in the patient's own words"),
            lines=2,
            placeholder=self.tr(
                "In the patient's own words, e.g. “to carry the shopping up the stairs”"
            ),
        )
        self.success_measure = line_edit(
            "goalSuccessMeasure",
            self.tr("What success looks like: how it is measured"),
            placeholder=self.tr("e.g. minutes of walking before the back aches"),
        )
        self.success_target = line_edit(
            "goalSuccessTarget",
            self.tr("What success looks like: the target"),
            placeholder=self.tr("e.g. 30 minutes, twice a week"),
        )
        self.proposed_by = EnumCombo("goalProposedBy", self.tr("Proposed by"), ProposedBy)
        self.patient_agrees = YesNoCombo("goalPatientAgrees", self.tr("Patient agrees"))
        self.practitioner_agrees = YesNoCombo(
            "goalPractitionerAgrees", self.tr("Practitioner agrees")
        )
        self.priority = QComboBox()
        self.priority.setObjectName("goalPriority")
        self.priority.setAccessibleName(self.tr("Priority, 1 most important to 5 least"))
        for value in PRIORITIES:
            self.priority.addItem(_priority_label(value), value)
        self.target_date = DateField("goalTargetDate", self.tr("Target date"), optional=True)
        self.reason = (
            text_edit(
                "goalRevisionReason",
                self.tr("Why is the goal changing?"),
                lines=2,
                placeholder=self.tr(
                    "e.g. The patient now wants to get back to running, not just walking"
                ),
            )
            if revising
            else None
        )

        self.add_row(self.tr("&Goal, in their words:"), self.wording, field="goal_wording")
        self.add_row(self.tr("Success &measure:"), self.success_measure, field="success_measure")
        self.add_row(self.tr("Success &target:"), self.success_target, field="success_target")
        self.add_row(self.tr("&Proposed by:"), self.proposed_by, field="proposed_by")
        self.add_row(self.tr("Patient &agrees:"), self.patient_agrees)
        self.add_row(self.tr("Practitioner a&grees:"), self.practitioner_agrees)
        self.add_row(self.tr("P&riority:"), self.priority, field="priority")
        self.add_row(
            self.tr("Target &date:"),
            self.target_date,
            field="target_date",
            error=self.target_date.error,
        )
        if self.reason is not None:
            self.add_row(
                self.tr("&Why is the goal changing?"), self.reason, field="reason_for_revising"
            )
        self.finish()

        if goal is not None:
            self._fill(goal.data)
        else:
            self.proposed_by.set_value(ProposedBy.TOGETHER)
            self._set_priority(default_priority)

    @property
    def revising(self) -> bool:
        """True when the dialog revises an existing goal."""
        return self._original is not None

    def _fill(self, data: GoalInput) -> None:
        self.wording.setPlainText(data.wording)
        self.success_measure.setText(data.success_measure)
        self.success_target.setText(data.success_target)
        self.proposed_by.set_value(data.proposed_by)
        self.patient_agrees.set_value(data.patient_agrees)
        self.practitioner_agrees.set_value(data.practitioner_agrees)
        self._set_priority(data.priority)
        self.target_date.set_value(data.target_date)

    def _set_priority(self, priority: int) -> None:
        index = self.priority.findData(priority)
        self.priority.setCurrentIndex(index if index >= 0 else DEFAULT_PRIORITY - 1)

    def goal_input(self) -> GoalInput:
        """The goal as typed (not yet checked by the service).

        Raises:
            ValidationError: the target date is not a date.
        """
        return GoalInput(
            wording=self.wording.toPlainText(),
            proposed_by=self.proposed_by.value(),
            success_measure=self.success_measure.text(),
            success_target=self.success_target.text(),
            patient_agrees=self.patient_agrees.value(),
            practitioner_agrees=self.practitioner_agrees.value(),
            priority=int(self.priority.currentData()),
            target_date=read_date(self.target_date, "target_date"),
        )

    def submit(self) -> None:
        data = self.goal_input()
        if self._original is None:
            assert self._episode_id is not None
            self.goal = self._services.goals.add(self._episode_id, data)
            return
        assert self.reason is not None
        if data == self._original.data:
            raise ValidationError(
                self.tr("Nothing in the goal has changed yet. Change it, or press Cancel.")
            )
        self.goal = self._services.goals.revise(self._original.id, data, self.reason.toPlainText())


def add_goal(
    parent: QWidget | None,
    services: Services,
    episode_id: int,
    *,
    default_priority: int = DEFAULT_PRIORITY,
    run: DialogRunner = exec_dialog,
) -> GoalDetail | None:
    """Ask for a new goal and add it to the episode; None if cancelled."""
    dialog = GoalDialog(
        services, episode_id=episode_id, default_priority=default_priority, parent=parent
    )
    try:
        return dialog.goal if run(dialog) else None
    finally:
        dialog.deleteLater()


def revise_goal(
    parent: QWidget | None,
    services: Services,
    goal: GoalDetail,
    *,
    run: DialogRunner = exec_dialog,
) -> GoalDetail | None:
    """Ask for the goal's new version and the reason, and revise it; None if cancelled."""
    dialog = GoalDialog(services, goal=goal, parent=parent)
    try:
        return dialog.goal if run(dialog) else None
    finally:
        dialog.deleteLater()
