"""Agree a strategy (task) that serves a goal: what, where, who does what, and confidence."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from alliance_desktop.domain.vocab import StrategyOwner, StrategySetting
from alliance_desktop.services import Services
from alliance_desktop.services.goals import StrategyDetail, StrategyInput
from alliance_desktop.ui.dialogs.episode_dialog import (
    DialogRunner,
    FormDialog,
    exec_dialog,
    read_score,
)
from alliance_desktop.ui.widgets.fields import EnumCombo, ScoreEdit, text_edit


class StrategyDialog(FormDialog):
    """A new strategy for a goal, or a change to an existing one.

    Pass ``goal_id`` for a new strategy, or ``strategy`` to edit it (the form then also asks
    whether it is still in use).

    Attributes:
        strategy: the stored strategy (None until ``try_accept()`` succeeds).
    """

    def __init__(
        self,
        services: Services,
        *,
        goal_id: int | None = None,
        strategy: StrategyDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if (goal_id is None) == (strategy is None):
            raise ValueError("Give either goal_id (new strategy) or strategy (edit), not both.")
        editing = strategy is not None
        super().__init__(
            self.tr("Edit strategy") if editing else self.tr("New strategy"),
            parent,
            ok_text=self.tr("Save") if editing else self.tr("Add strategy"),
        )
        self.setObjectName("strategyDialog")
        self._services = services
        self._goal_id = goal_id
        self._original = strategy
        self.strategy: StrategyDetail | None = None

        self.description = text_edit(
            "strategyDescription",
            self.tr("What the strategy is"),
            lines=2,
            placeholder=self.tr("e.g. Walk to the end of the road and back after lunch"),
        )
        self.setting = EnumCombo(
            "strategySetting", self.tr("In the room or self-care"), StrategySetting
        )
        self.owner = EnumCombo("strategyOwner", self.tr("Who carries it out"), StrategyOwner)
        self.responsibilities = text_edit(
            "strategyResponsibilities",
            self.tr("Who does what"),
            lines=2,
            placeholder=self.tr(
                "e.g. Patient walks daily; practitioner reviews the distance each visit"
            ),
        )
        self.confidence = ScoreEdit("strategyConfidence", self.tr("Patient's confidence"))
        self.confidence.edit.setAccessibleDescription(
            self.tr(
                "How sure the patient is they can do it, 0 (not at all) to 10 (completely), "
                "or empty"
            )
        )
        self.active: QCheckBox | None = None
        if editing:
            self.active = QCheckBox(self.tr("Still in use"))
            self.active.setObjectName("strategyActive")
            self.active.setAccessibleName(self.tr("Strategy still in use"))

        self.add_row(self.tr("&Strategy:"), self.description, field="strategy_description")
        self.add_row(self.tr("&Where:"), self.setting, field="setting")
        self.add_row(self.tr("W&ho:"), self.owner, field="owner")
        self.add_row(self.tr("Who does &what:"), self.responsibilities, field="responsibilities")
        self.add_row(
            self.tr("Patient's &confidence (0-10):"),
            self.confidence,
            field="patient_confidence",
            error=self.confidence.error,
        )
        if self.active is not None:
            self.add_row("", self.active)
        self.finish()

        if strategy is not None:
            self._fill(strategy)
        else:
            self.setting.set_value(StrategySetting.SELF_CARE)
            self.owner.set_value(StrategyOwner.PATIENT)

    def _fill(self, strategy: StrategyDetail) -> None:
        data = strategy.data
        self.description.setPlainText(data.description)
        self.setting.set_value(data.setting)
        self.owner.set_value(data.owner)
        self.responsibilities.setPlainText(data.responsibilities)
        self.confidence.set_value(data.patient_confidence)
        if self.active is not None:
            self.active.setChecked(strategy.active)

    def strategy_input(self) -> StrategyInput:
        """The strategy as typed (not yet checked by the service).

        Raises:
            ValidationError: the confidence is not a whole number from 0 to 10.
        """
        return StrategyInput(
            description=self.description.toPlainText(),
            setting=self.setting.value(),
            owner=self.owner.value(),
            responsibilities=self.responsibilities.toPlainText(),
            patient_confidence=read_score(self.confidence, "patient_confidence"),
        )

    def submit(self) -> None:
        data = self.strategy_input()
        if self._original is None:
            assert self._goal_id is not None
            self.strategy = self._services.goals.add_strategy(self._goal_id, data)
        else:
            active = self.active.isChecked() if self.active is not None else True
            self.strategy = self._services.goals.update_strategy(
                self._original.id, data, active=active
            )


def add_strategy(
    parent: QWidget | None,
    services: Services,
    goal_id: int,
    *,
    run: DialogRunner = exec_dialog,
) -> StrategyDetail | None:
    """Ask for a new strategy and add it to the goal; None if cancelled."""
    dialog = StrategyDialog(services, goal_id=goal_id, parent=parent)
    try:
        return dialog.strategy if run(dialog) else None
    finally:
        dialog.deleteLater()


def edit_strategy(
    parent: QWidget | None,
    services: Services,
    strategy: StrategyDetail,
    *,
    run: DialogRunner = exec_dialog,
) -> StrategyDetail | None:
    """Ask for the strategy's new content and store it; None if cancelled."""
    dialog = StrategyDialog(services, strategy=strategy, parent=parent)
    try:
        return dialog.strategy if run(dialog) else None
    finally:
        dialog.deleteLater()
