"""The reflective journal: write reflections (Gibbs, Rolfe or free text) and keep the CPD record."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, QSizeF, Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.cpd import REQUIRED_HOURS, REQUIRED_HOURS_WITH_OTHERS, CpdTotals
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.reflection import (
    TEMPLATES,
    alliance_prompts,
    private_prompt,
    private_title,
    section_titles,
)
from alliance_desktop.domain.vocab import CpdTheme, ReflectionTemplate
from alliance_desktop.services.reflections import ReflectionDetail, ReflectionInput, ReflectionRow
from alliance_desktop.ui import formats
from alliance_desktop.ui.autosave import DraftSaver
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.panes.base import Pane, PaneContext
from alliance_desktop.ui.widgets.fields import (
    DateField,
    InlineError,
    ScoreEdit,
    line_edit,
    text_edit,
)

#: The most minutes one reflection may record (a full week of CPD).
MAX_MINUTES = 10080

WHOSE_ALL = "all"
WHOSE_PATIENT = "patient"
WHOSE_JOURNAL = "journal"

#: A new reflection's title, in English (``new_title`` gives it translated).
NEW_TITLE = "New reflection"

_ID_ROLE = Qt.ItemDataRole.UserRole

_PRIVATE_STYLE = """
QFrame#privateFrame {
    background: #f3edf9;
    border: 1px solid #9c7fc4;
    border-radius: 6px;
}
QLabel#privateTitle { color: #4a2a78; font-weight: 700; }
QLabel#privatePrompt { color: #4a2a78; }
"""
_HINT_STYLE = "QLabel#alliancePrompts { color: #4d5560; }"
_BANNER_STYLE = (
    "QLabel#archivedBanner { background: #fff4d6; border: 1px solid #d9b44a;"
    " border-radius: 4px; padding: 4px 8px; color: #5c4400; }"
)


def new_title() -> str:
    """``NEW_TITLE`` in the app's language."""
    return QCoreApplication.translate("ReflectionPane", "New reflection")


def day_text(day: dt.date) -> str:
    """A date as a practitioner reads it, e.g. ``12 Mar 2026`` (no leading zero)."""
    return formats.day(day, "d MMM yyyy")


def cpd_line(totals: CpdTotals) -> str:
    """The one-line CPD progress shown at the top of the pane."""
    start, end = day_text(totals.cycle_start), day_text(totals.cycle_end)
    if totals.requirements_met:
        return QCoreApplication.translate(
            "ReflectionPane", "CPD cycle {start} – {end}: {summary} — all requirements met"
        ).format(start=start, end=end, summary=totals.summary())
    return QCoreApplication.translate(
        "ReflectionPane", "CPD cycle {start} – {end}: {summary}"
    ).format(start=start, end=end, summary=totals.summary())


@contextlib.contextmanager
def _blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` while filling them (loading never triggers a save)."""
    blockers = [QSignalBlocker(o) for o in objects]
    try:
        yield
    finally:
        for blocker in blockers:
            blocker.unblock()


def _fit_lines(box: QPlainTextEdit, fewest: int, most: int) -> None:
    """Let a text box grow with its text from ``fewest`` to ``most`` lines, then scroll."""
    line = box.fontMetrics().lineSpacing()
    margins = box.contentsMargins()
    extra = (
        2 * box.frameWidth()
        + int(2 * box.document().documentMargin())
        + margins.top()
        + margins.bottom()
        + 4
    )

    def fit(size: QSizeF) -> None:
        lines = min(max(round(size.height()), fewest), most)
        box.setFixedHeight(line * lines + extra)

    layout = box.document().documentLayout()
    layout.documentSizeChanged.connect(fit)
    fit(box.document().size())


def _move_error(field: QWidget, error: InlineError) -> None:
    """Take a field's inline message out of its row, for the caller to place below it."""
    layout = field.layout()
    if isinstance(layout, QHBoxLayout):
        layout.removeWidget(error)
        layout.addStretch(1)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ReflectionPane(Pane):
    """The practitioner's reflections, with or without a selected patient.

    A filtered list of entries on the left, the open reflection on the right. Edits save
    themselves within two seconds (and on ``flush()``); the CPD totals at the top follow.

    Attributes:
        saver: the DraftSaver of the open reflection (tests read its state).
    """

    WATCHES = frozenset({"reflection"})

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reflectionPane")
        self.setAccessibleName(self.tr("Reflections and CPD"))
        self._current_id: int | None = None
        self._link: tuple[int | None, int | None] = (None, None)
        self._loaded_updated_at: dt.datetime | None = None
        #: text of every section ever typed in this reflection, shown or not (key -> text)
        self._section_text: dict[str, str] = {}
        self._section_boxes: dict[str, QPlainTextEdit] = {}
        self._section_labels: list[QLabel] = []

        self.saver = DraftSaver(ctx.workers, self._collect, self._on_saved, self)
        self.saver.state_changed.connect(self._on_save_state)

        self._build()
        self._fix_tab_order()
        ctx.events.reflection_requested.connect(self.start_reflection)
        self._sync_whose()
        self._show_editor(False)

    # ================================================================ building
    def _build(self) -> None:
        self.cpd_label = QLabel(self)
        self.cpd_label.setObjectName("cpdTotals")
        self.cpd_label.setAccessibleName(self.tr("CPD progress"))
        self.cpd_label.setWordWrap(True)
        self.cpd_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cpd_label.setToolTip(
            self.tr(
                "A three-year cycle needs {hours} hours of CPD, at least {with_others} learning "
                "with others, all four themes, one objective activity and one communication "
                "and consent activity."
            ).format(
                hours=formats.number(REQUIRED_HOURS),
                with_others=formats.number(REQUIRED_HOURS_WITH_OTHERS),
            )
        )
        self.cpd_label.setStyleSheet(
            "QLabel#cpdTotals { background: #eef3f8; border: 1px solid #c5d3e3;"
            " border-radius: 4px; padding: 5px 8px; }"
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reflectionSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.cpd_label)
        layout.addWidget(self.splitter, 1)

    def _build_left(self) -> QWidget:
        left = QWidget(self)
        left.setObjectName("reflectionFilters")
        left.setMinimumWidth(240)

        self.theme_filter = QComboBox(left)
        self.theme_filter.setObjectName("themeFilter")
        self.theme_filter.setAccessibleName(self.tr("Show reflections for CPD theme"))
        self.theme_filter.addItem(self.tr("All themes"), "")
        for theme in CpdTheme:
            self.theme_filter.addItem(theme.label, theme.value)
        self._shrinkable(self.theme_filter)

        self.whose_filter = QComboBox(left)
        self.whose_filter.setObjectName("whoseFilter")
        self.whose_filter.setAccessibleName(self.tr("Show reflections about"))
        self.whose_filter.addItem(self.tr("All entries"), WHOSE_ALL)
        self.whose_filter.addItem(self.tr("Selected patient"), WHOSE_PATIENT)
        self.whose_filter.addItem(self.tr("Journal only (no patient)"), WHOSE_JOURNAL)
        self._shrinkable(self.whose_filter)

        self.tag_filter = QComboBox(left)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show reflections with tag"))
        self.tag_filter.setEditable(True)
        self.tag_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        tag_edit = self.tag_filter.lineEdit()
        assert tag_edit is not None  # the combo is editable
        tag_edit.setPlaceholderText(self.tr("Any tag"))
        tag_edit.setClearButtonEnabled(True)
        tag_edit.setObjectName("tagFilterText")
        tag_edit.setAccessibleName(self.tr("Show reflections with tag"))
        self._shrinkable(self.tag_filter)

        self.show_archived = QCheckBox(self.tr("Show archived"), left)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived reflections"))

        filters = QFormLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Theme"), self.theme_filter),
            (self.tr("&Whose"), self.whose_filter),
            (self.tr("Ta&g"), self.tag_filter),
        ):
            label = QLabel(text, left)
            label.setBuddy(widget)
            filters.addRow(label, widget)
        filters.addRow("", self.show_archived)

        self.new_button = QPushButton(new_title(), left)
        self.new_button.setObjectName("newReflection")
        self.new_button.setAccessibleName(new_title())
        self.new_button.setToolTip(self.tr("Start a new reflection dated today"))

        self.entry_list = QListWidget(left)
        self.entry_list.setObjectName("reflectionList")
        self.entry_list.setAccessibleName(self.tr("Reflections"))
        self.entry_list.setAlternatingRowColors(True)
        self.entry_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entry_list.setWordWrap(False)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.setSpacing(1)
        self.entry_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.list_empty = QLabel(left)
        self.list_empty.setObjectName("reflectionListEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_empty.setStyleSheet("QLabel#reflectionListEmpty { color: #4d5560; }")
        self.list_empty.hide()

        self.list_count = QLabel(left)
        self.list_count.setObjectName("reflectionCount")
        self.list_count.setStyleSheet("QLabel#reflectionCount { color: #4d5560; }")

        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 4, 0)
        column.addLayout(filters)
        column.addWidget(self.new_button)
        column.addWidget(self.list_count)
        column.addWidget(self.entry_list, 1)
        column.addWidget(self.list_empty, 1)

        self.theme_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.whose_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.tag_filter.currentTextChanged.connect(self._on_filter_changed)
        self.show_archived.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_reflection)
        self.entry_list.itemSelectionChanged.connect(self._on_list_selection)
        return left

    @staticmethod
    def _shrinkable(combo: QComboBox) -> None:
        """Let a combo with long labels fit a narrow column (its pop-up still shows all)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)

    def _build_right(self) -> QWidget:
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.setObjectName("reflectionEditorStack")

        self.editor_empty = QLabel(
            self.tr(
                "No reflection is open.\n\nChoose one from the list on the left, or press "
                "“New reflection” to start writing."
            ),
            self.editor_stack,
        )
        self.editor_empty.setObjectName("reflectionEditorEmpty")
        self.editor_empty.setWordWrap(True)
        self.editor_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_empty.setStyleSheet("QLabel#reflectionEditorEmpty { color: #4d5560; }")
        self.editor_empty.setMargin(24)

        page = QWidget(self.editor_stack)
        page.setObjectName("reflectionEditorPage")
        self.link_label = QLabel(page)
        self.link_label.setObjectName("reflectionLink")
        self.link_label.setWordWrap(True)
        _bold(self.link_label)
        self.save_label = QLabel(page)
        self.save_label.setObjectName("reflectionSaveState")
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_label.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(self.link_label, 1)
        header.addWidget(self.save_label)

        self.archived_banner = QLabel(
            self.tr(
                "This reflection is archived: it is left out of the CPD totals. "
                "Press “Restore” at the bottom to bring it back."
            ),
            page,
        )
        self.archived_banner.setObjectName("archivedBanner")
        self.archived_banner.setWordWrap(True)
        self.archived_banner.setStyleSheet(_BANNER_STYLE)
        self.archived_banner.hide()

        self.scroll_area = QScrollArea(page)
        self.scroll_area.setObjectName("reflectionScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._build_form())
        # No Tab stop of its own: Tab goes through the fields and it scrolls to the one focused.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(4)
        page_layout.addLayout(header)
        page_layout.addWidget(self.archived_banner)
        page_layout.addWidget(self.scroll_area, 1)

        self.editor_stack.addWidget(self.editor_empty)
        self.editor_stack.addWidget(page)
        return self.editor_stack

    def _build_form(self) -> QWidget:
        form = QWidget()
        form.setObjectName("reflectionForm")

        # --- title, date, template
        self.title_edit = line_edit(
            "reflectionTitle",
            self.tr("Title"),
            parent=form,
            placeholder=self.tr("A few words to find it again"),
        )
        self.title_edit.setMaxLength(300)
        self.title_error = InlineError(form)
        self.date_field = DateField("reflectionDate", self.tr("Date"), optional=False, parent=form)
        self.template_combo = QComboBox(form)
        self.template_combo.setObjectName("reflectionTemplate")
        self.template_combo.setAccessibleName(self.tr("Reflective model"))
        for template in ReflectionTemplate:
            self.template_combo.addItem(template.label, template.value)

        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(8)
        title_label = QLabel(self.tr("T&itle"), form)
        title_label.setBuddy(self.title_edit)
        date_label = QLabel(self.tr("&Date"), form)
        date_label.setBuddy(self.date_field.edit)
        template_label = QLabel(self.tr("&Model"), form)
        template_label.setBuddy(self.template_combo)
        top.addWidget(title_label, 0, 0)
        top.addWidget(self.title_edit, 0, 1, 1, 3)
        top.addWidget(self.title_error, 1, 1, 1, 3)
        top.addWidget(date_label, 2, 0)
        top.addWidget(self.date_field, 2, 1)
        top.addWidget(template_label, 2, 2)
        top.addWidget(self.template_combo, 2, 3)
        # The date's message gets a full-width row of its own instead of squeezing the row.
        _move_error(self.date_field, self.date_field.error)
        top.addWidget(self.date_field.error, 3, 1, 1, 3)
        top.setColumnStretch(3, 1)

        # --- alliance prompts, compact
        prompts = "".join(
            f"<b>{name}</b>: {question}<br>" for name, question in alliance_prompts()
        ).removesuffix("<br>")
        self.prompts_label = QLabel(
            "<span>" + self.tr("Think about the alliance: ") + "</span><br>" + prompts, form
        )
        self.prompts_label.setObjectName("alliancePrompts")
        self.prompts_label.setAccessibleName(self.tr("Questions about the alliance"))
        self.prompts_label.setWordWrap(True)
        self.prompts_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompts_label.setStyleSheet(_HINT_STYLE)
        small = self.prompts_label.font()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
        self.prompts_label.setFont(small)

        # --- sections of the chosen template (rebuilt on every template change)
        self.sections_box = QWidget(form)
        self.sections_box.setObjectName("reflectionSections")
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.setSpacing(4)
        self.hidden_note = QLabel(form)
        self.hidden_note.setObjectName("hiddenSections")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("QLabel#hiddenSections { color: #4d5560; }")
        self.hidden_note.hide()

        # --- private notes, clearly set apart
        private_frame = QFrame(form)
        private_frame.setObjectName("privateFrame")
        private_frame.setStyleSheet(_PRIVATE_STYLE)
        private_title_label = QLabel(private_title(), private_frame)
        private_title_label.setObjectName("privateTitle")
        private_title_label.setWordWrap(True)
        private_prompt_label = QLabel(private_prompt(), private_frame)
        private_prompt_label.setObjectName("privatePrompt")
        private_prompt_label.setWordWrap(True)
        self.private_edit = text_edit(
            "privateNotes",
            private_title(),
            lines=3,
            parent=private_frame,
            placeholder=self.tr("Only for you. Never printed, reported or exported."),
        )
        self.private_edit.setAccessibleDescription(private_prompt())
        _fit_lines(self.private_edit, 3, 15)
        private_title_label.setBuddy(self.private_edit)
        private_layout = QVBoxLayout(private_frame)
        private_layout.setContentsMargins(8, 6, 8, 8)
        private_layout.setSpacing(3)
        private_layout.addWidget(private_title_label)
        private_layout.addWidget(private_prompt_label)
        private_layout.addWidget(self.private_edit)

        # --- tags
        self.tags_edit = line_edit(
            "reflectionTags",
            self.tr("Tags"),
            parent=form,
            placeholder=self.tr("e.g. consent, rupture, peer"),
        )
        self.tags_edit.setAccessibleDescription(
            self.tr("Words to find this reflection, separated by commas")
        )
        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("T&ags"), form)
        tags_label.setBuddy(self.tags_edit)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)

        # --- CPD record
        cpd = QGroupBox(self.tr("CPD record"), form)
        cpd.setObjectName("cpdRecord")
        self.minutes = ScoreEdit(
            "reflectionMinutes", self.tr("Minutes"), maximum=MAX_MINUTES, parent=cpd
        )
        self.minutes.edit.setMaxLength(len(str(MAX_MINUTES)))
        self.minutes.edit.setFixedWidth(
            self.minutes.edit.fontMetrics().horizontalAdvance("0000000") + 16
        )
        self.minutes.edit.setAccessibleDescription(
            self.tr("Time spent, in whole minutes from 0 to {maximum}").format(maximum=MAX_MINUTES)
        )
        self.minutes.hint.setText(self.tr("min", "minutes"))
        minutes_label = QLabel(self.tr("Mi&nutes"), cpd)
        minutes_label.setBuddy(self.minutes.edit)
        self.with_others = QCheckBox(self.tr("Learning with others"), cpd)
        self.with_others.setObjectName("cpdWithOthers")
        self.with_others.setAccessibleName(self.tr("Learning with others"))
        self.theme_boxes: dict[CpdTheme, QCheckBox] = {}
        for theme in CpdTheme:
            box = QCheckBox(theme.label, cpd)
            box.setObjectName(f"theme_{theme.value}")
            box.setAccessibleName(self.tr("Theme {theme}").format(theme=theme.label))
            self.theme_boxes[theme] = box
        self.objective_box = QCheckBox(
            self.tr("Objective activity (feedback, outcomes, case discussion, observation, audit)"),
            cpd,
        )
        self.objective_box.setObjectName("cpdObjective")
        self.objective_box.setAccessibleName(self.tr("Objective activity"))
        self.communication_box = QCheckBox(self.tr("Communication and consent"), cpd)
        self.communication_box.setObjectName("cpdCommunication")
        self.communication_box.setAccessibleName(self.tr("Communication and consent activity"))
        for box in (self.objective_box, *self.theme_boxes.values()):
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setToolTip(box.text())

        cpd_grid = QGridLayout(cpd)
        cpd_grid.setHorizontalSpacing(12)
        minutes_row = QHBoxLayout()
        minutes_row.setSpacing(8)
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.minutes, 1)
        cpd_grid.addLayout(minutes_row, 0, 0)
        cpd_grid.addWidget(self.with_others, 0, 1)
        _move_error(self.minutes, self.minutes.error)
        cpd_grid.addWidget(self.minutes.error, 1, 0, 1, 2)
        themes = list(self.theme_boxes.values())
        for index, box in enumerate(themes):
            cpd_grid.addWidget(box, 2 + index // 2, index % 2)
        cpd_grid.addWidget(self.objective_box, 4, 0, 1, 2)
        cpd_grid.addWidget(self.communication_box, 5, 0, 1, 2)
        cpd_grid.setColumnStretch(0, 1)
        cpd_grid.setColumnStretch(1, 1)

        # --- archive / restore
        self.archive_button = QPushButton(self.tr("Archive"), form)
        self.archive_button.setObjectName("archiveReflection")
        self.archive_button.setAccessibleName(self.tr("Archive this reflection"))
        self.archive_button.setToolTip(
            self.tr(
                "Archived reflections leave the list and the CPD totals; tick “Show archived” "
                "to find and restore them."
            )
        )
        self.restore_button = QPushButton(self.tr("Restore"), form)
        self.restore_button.setObjectName("restoreReflection")
        self.restore_button.setAccessibleName(self.tr("Restore this reflection"))
        self.restore_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(form)
        layout.setContentsMargins(4, 4, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.prompts_label)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.hidden_note)
        layout.addWidget(private_frame)
        layout.addLayout(tags_row)
        layout.addWidget(cpd)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.title_edit.textEdited.connect(self._on_title_edited)
        self.date_field.edited.connect(self._on_date_edited)
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.private_edit.textChanged.connect(self._edited)
        self.tags_edit.textEdited.connect(self._edited)
        self.minutes.edited.connect(self._on_minutes_edited)
        for box in (self.with_others, *themes, self.objective_box, self.communication_box):
            box.toggled.connect(self._edited)
        self.archive_button.clicked.connect(self.archive_current)
        self.restore_button.clicked.connect(self.restore_current)
        return form

    def _build_sections(self, template: ReflectionTemplate, *, keep_typed: bool = True) -> None:
        """Show one text box per section of ``template``, filled from the kept text.

        Args:
            template: the reflective model to show.
            keep_typed: first keep what the current boxes hold (False when loading another
                reflection, whose text is already in ``_section_text``).
        """
        if keep_typed:
            for key, box in self._section_boxes.items():
                self._section_text[key] = box.toPlainText()
        for widget in (*self._section_boxes.values(), *self._section_labels):
            self.sections_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._section_boxes = {}
        self._section_labels = []
        for section in TEMPLATES[template]:
            label = _bold(QLabel(section.shown_title, self.sections_box))
            box = text_edit(
                f"section_{section.key}",
                section.shown_title,
                lines=3,
                parent=self.sections_box,
                placeholder=section.shown_prompt,
            )
            box.setAccessibleDescription(section.shown_prompt)
            _fit_lines(box, 3, 15)
            box.setPlainText(self._section_text.get(section.key, ""))
            label.setBuddy(box)
            box.textChanged.connect(self._edited)
            self.sections_layout.addWidget(label)
            self.sections_layout.addWidget(box)
            self._section_labels.append(label)
            self._section_boxes[section.key] = box
        self._update_hidden_note()
        self._fix_tab_order()

    def _update_hidden_note(self) -> None:
        shown = set(self._section_boxes)
        kept = [
            key for key, text in self._section_text.items() if key not in shown and text.strip()
        ]
        titles = section_titles()
        if kept:
            names = ", ".join(titles.get(key, key) for key in kept)
            self.hidden_note.setText(
                self.tr(
                    "Also kept from another model (not shown here, still saved): {sections}. "
                    "Switch the model back to see it."
                ).format(sections=names)
            )
        self.hidden_note.setVisible(bool(kept))

    def _fix_tab_order(self) -> None:
        """Tab moves through the pane in reading order: filters, list, then the editor."""
        chain: list[QWidget] = [
            self.theme_filter,
            self.whose_filter,
            self.tag_filter,
            self.show_archived,
            self.new_button,
            self.entry_list,
            self.title_edit,
            self.date_field,
            self.template_combo,
            *self._section_boxes.values(),
            self.private_edit,
            self.tags_edit,
            self.minutes,
            self.with_others,
            *self.theme_boxes.values(),
            self.objective_box,
            self.communication_box,
            self.archive_button,
            self.restore_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ================================================================ Pane API
    def reload(self) -> None:
        """Re-read the list, the tags and the CPD totals; keep the open reflection."""
        self.saver.flush()
        self.ctx.workers.wait_for_writes()
        self._sync_whose()
        self._refresh_tags()
        self._refresh_totals()
        self._refresh_list()
        if self._current_id is not None and not self.saver.dirty:
            try:
                detail = self.ctx.services.reflections.get(self._current_id)
            except ValidationError:  # deleted elsewhere
                self._close_editor()
                return
            if detail.updated_at != self._loaded_updated_at:
                self._load(detail)

    def _sync_whose(self) -> None:
        """Offer "Selected patient" only while a patient is selected."""
        model = self.whose_filter.model()
        item = model.item(1) if isinstance(model, QStandardItemModel) else None
        if item is not None:
            item.setEnabled(bool(self.patient_id))
        if not self.patient_id and self.whose_filter.currentData() == WHOSE_PATIENT:
            with _blocked(self.whose_filter):
                self.whose_filter.setCurrentIndex(0)

    def flush(self) -> bool:
        """Queue a save of the open reflection now. False if something typed is invalid."""
        return self.saver.flush()

    def has_unsaved_problem(self) -> str:
        """The reason the open reflection cannot be saved as typed, else ''."""
        if self._current_id is None or not self.saver.dirty:
            return ""
        try:
            self._read_input()
        except ValidationError as exc:
            return exc.message
        return ""

    def save_pending(self) -> bool:
        """Queue a save of the open reflection without asking anything; False if invalid."""
        return self.saver.flush()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        # The list holds every patient's reflections, so any reflection change matters here,
        # whichever patient is selected. reload() never overwrites typing that is not saved.
        if changes.origin and changes.origin == self.objectName():
            return
        if "reflection" in changes.entities:
            self._stale = True
            if self.isVisible():
                self._reload_now()

    # ================================================================ public actions
    @property
    def current_id(self) -> int | None:
        """The id of the open reflection, None when none is open."""
        return self._current_id

    def new_reflection(self) -> None:
        """Create a reflection dated today and open it, title selected for typing.

        It is about the selected patient when the list shows that patient's entries,
        otherwise a journal entry.
        """
        about = (
            self.patient_id
            if self.patient_id and self.whose_filter.currentData() == WHOSE_PATIENT
            else 0
        )
        self._create(new_title(), about, 0)

    def start_reflection(self, patient_id: int, visit_id: int) -> None:
        """Create and open a reflection about a patient's visit (0 = none).

        Args:
            patient_id: the patient the reflection is about, 0 for the visit's patient or none.
            visit_id: the visit it is about, 0 for none.
        """
        title = new_title()
        if visit_id:
            try:
                starts_at = self.ctx.services.visits.get(visit_id).draft.starts_at
            except ValidationError as exc:
                Ask.inform(self, exc.message, warning=True)
                return
            title = self.tr("Reflection on the visit of {date}").format(
                date=day_text(starts_at.date())
            )
        elif patient_id:
            title = self.tr("Reflection on a patient")
        self._create(title, patient_id, visit_id)

    def archive_current(self) -> None:
        """Archive the open reflection (it leaves the list and the CPD totals)."""
        self._set_archived(True)

    def restore_current(self) -> None:
        """Bring the open archived reflection back."""
        self._set_archived(False)

    def select_reflection(self, reflection_id: int) -> bool:
        """Open a reflection and select it in the list. False if an edit could not be saved."""
        if reflection_id != self._current_id and not self._leave_current():
            return False
        self.ctx.workers.wait_for_writes()
        try:
            detail = self.ctx.services.reflections.get(reflection_id)
        except ValidationError as exc:
            Ask.inform(self, exc.message, warning=True)
            return False
        self._load(detail)
        self._select_in_list(reflection_id)
        return True

    # ================================================================ list and filters
    def _on_filter_changed(self, *_args: object) -> None:
        self._refresh_list()

    def _filtered_rows(self) -> list[ReflectionRow]:
        theme_value = self.theme_filter.currentData()
        whose = self.whose_filter.currentData()
        tag = self.tag_filter.currentText().strip()
        rows = self.ctx.services.reflections.rows(
            patient_id=self.patient_id if whose == WHOSE_PATIENT and self.patient_id else None,
            theme=CpdTheme(theme_value) if theme_value else None,
            tag=tag or None,
            include_archived=self.show_archived.isChecked(),
        )
        if whose == WHOSE_JOURNAL:
            rows = [r for r in rows if r.patient_id is None]
        return rows

    def _refresh_list(self) -> None:
        rows = self._filtered_rows()
        with _blocked(self.entry_list):
            self.entry_list.clear()
            for row in rows:
                item = QListWidgetItem()
                self._fill_item(item, row)
                self.entry_list.addItem(item)
            if self._current_id is not None:
                self._select_in_list(self._current_id)
        filtered = (
            self.theme_filter.currentIndex() > 0
            or self.whose_filter.currentData() != WHOSE_ALL
            or bool(self.tag_filter.currentText().strip())
        )
        if rows:
            self.list_empty.hide()
        elif filtered:
            self.list_empty.setText(
                self.tr(
                    "No reflections match these filters. Choose “All themes”, “All entries” "
                    "and clear the tag to see every reflection."
                )
            )
        else:
            self.list_empty.setText(
                self.tr(
                    "No reflections yet. Press “New reflection” to write your first one; "
                    "it counts towards your CPD once you add the minutes."
                )
            )
        self.entry_list.setVisible(bool(rows))
        self.list_empty.setVisible(not rows)
        count = len(rows)
        if count == 1:
            counted = self.tr("{count} reflection")
        elif count == 0:  # singular in French: "0 réflexion"
            counted = self.tr("{count} reflections", "0")
        else:
            counted = self.tr("{count} reflections")
        self.list_count.setText(counted.format(count=count))

    @staticmethod
    def _fill_item(item: QListWidgetItem, row: ReflectionRow) -> None:
        themes = ", ".join(sorted(t.value for t in row.themes))
        second = row.patient_name or QCoreApplication.translate(
            "ReflectionPane", "Journal", "a reflection about no patient"
        )
        if themes:
            second = QCoreApplication.translate(
                "ReflectionPane", "{about} · themes {themes}"
            ).format(about=second, themes=themes)
        if row.archived:
            second = QCoreApplication.translate("ReflectionPane", "{about} · archived").format(
                about=second
            )
        item.setText(f"{day_text(row.written_on)} · {row.title}\n{second}")
        item.setData(_ID_ROLE, row.id)
        tip = f"{row.title}\n{day_text(row.written_on)} · {row.template.label}\n{second}"
        if row.tags:
            tip += "\n" + QCoreApplication.translate("ReflectionPane", "Tags: {tags}").format(
                tags=", ".join(row.tags)
            )
        item.setToolTip(tip)
        if row.archived:
            item.setForeground(QColor("#6b6b6b"))

    def _item_for(self, reflection_id: int) -> QListWidgetItem | None:
        for index in range(self.entry_list.count()):
            item = self.entry_list.item(index)
            if item.data(_ID_ROLE) == reflection_id:
                return item
        return None

    def _select_in_list(self, reflection_id: int | None) -> None:
        with _blocked(self.entry_list):
            item = None if reflection_id is None else self._item_for(reflection_id)
            if item is None:
                self.entry_list.clearSelection()
                self.entry_list.setCurrentRow(-1)
            else:
                self.entry_list.setCurrentItem(item)
                self.entry_list.scrollToItem(item)

    def _on_list_selection(self) -> None:
        items = self.entry_list.selectedItems()
        if not items:
            return
        reflection_id = int(items[0].data(_ID_ROLE))
        if reflection_id == self._current_id:
            return
        if not self.select_reflection(reflection_id):
            self._select_in_list(self._current_id)

    def _refresh_tags(self) -> None:
        tags = self.ctx.services.reflections.all_tags()
        current = [self.tag_filter.itemText(i) for i in range(self.tag_filter.count())]
        if current == ["", *tags]:
            return
        text = self.tag_filter.currentText()
        with _blocked(self.tag_filter):
            self.tag_filter.clear()
            self.tag_filter.addItem("")
            self.tag_filter.addItems(tags)
            self.tag_filter.setEditText(text)

    def _refresh_totals(self) -> None:
        totals = self.ctx.services.reflections.cpd_totals()
        self.cpd_label.setText(cpd_line(totals))

    def _leave_current(self) -> bool:
        """Save the open reflection before opening another; ask if it cannot be saved."""
        if self.saver.flush():
            return True
        problem = self.saver.last_problem or self.has_unsaved_problem()
        if Ask.yes_no(
            self,
            self.tr(
                "The open reflection cannot be saved as typed: {problem}\n\n"
                "Leave it and lose the last change?"
            ).format(problem=problem),
            yes=self.tr("Leave it"),
            no=self.tr("Stay and correct it"),
        ):
            self.saver.discard()
            return True
        return False

    def _make_visible(self, row_id: int, patient_id: int | None) -> None:
        """Clear the filters that would hide a just-created reflection."""
        whose = self.whose_filter.currentData()
        with _blocked(self.theme_filter, self.whose_filter, self.tag_filter):
            self.theme_filter.setCurrentIndex(0)
            self.tag_filter.setEditText("")
            if (whose == WHOSE_PATIENT and patient_id != self.patient_id) or (
                whose == WHOSE_JOURNAL and patient_id is not None
            ):
                self.whose_filter.setCurrentIndex(0)
        self._refresh_list()
        self._select_in_list(row_id)

    def _create(self, title: str, patient_id: int, visit_id: int) -> None:
        if not self._leave_current():
            return
        self.ctx.workers.wait_for_writes()
        data = ReflectionInput(
            title=title,
            written_on=dt.date.today(),
            patient_id=patient_id or None,
            visit_id=visit_id or None,
        )
        try:
            detail = self.ctx.services.reflections.create(data)
        except ValidationError as exc:
            Ask.inform(self, exc.message, warning=True)
            return
        self._load(detail)
        self._make_visible(detail.id, detail.data.patient_id)
        self._refresh_totals()
        self._announce(detail.data.patient_id)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def _set_archived(self, archived: bool) -> None:
        reflection_id = self._current_id
        if reflection_id is None:
            return
        discarded = False
        if not self.saver.flush():
            problem = self.saver.last_problem or self.has_unsaved_problem()
            if archived:
                question = self.tr(
                    "The last change cannot be saved as typed: {problem}\n\n"
                    "Archive the reflection without that change?"
                )
                answer = self.tr("Archive without it")
            else:
                question = self.tr(
                    "The last change cannot be saved as typed: {problem}\n\n"
                    "Restore the reflection without that change?"
                )
                answer = self.tr("Restore without it")
            if not Ask.yes_no(
                self,
                question.format(problem=problem),
                yes=answer,
                no=self.tr("Stay and correct it"),
            ):
                return
            self.saver.discard()
            discarded = True
        self.ctx.workers.wait_for_writes()
        try:
            self.ctx.services.reflections.archive(reflection_id, archived=archived)
        except ValidationError as exc:
            Ask.inform(self, exc.message, warning=True)
            return
        if discarded:  # show what is stored, not the text that could not be saved
            self._load(self.ctx.services.reflections.get(reflection_id))
        else:
            self._set_archived_look(archived)
        self._refresh_list()
        self._refresh_totals()
        self._announce(self._link[0])
        (self.restore_button if archived else self.archive_button).setFocus()

    def _announce(self, patient_id: int | None) -> None:
        self.ctx.events.emit_changes(
            ChangeSet.of("reflection", patient_id=patient_id, origin=self.objectName())
        )

    # ================================================================ editor
    def _show_editor(self, shown: bool) -> None:
        self.editor_stack.setCurrentIndex(1 if shown else 0)

    def _close_editor(self) -> None:
        self.saver.discard()
        self._current_id = None
        self._loaded_updated_at = None
        self._show_editor(False)
        self._select_in_list(None)

    def _editor_widgets(self) -> list[QObject]:
        return [
            self.title_edit,
            self.date_field,
            self.date_field.edit,
            self.template_combo,
            *self._section_boxes.values(),
            self.private_edit,
            self.tags_edit,
            self.minutes,
            self.minutes.edit,
            self.with_others,
            *self.theme_boxes.values(),
            self.objective_box,
            self.communication_box,
        ]

    def _load(self, detail: ReflectionDetail) -> None:
        """Fill the editor from a stored reflection, without triggering a save."""
        self.saver.discard()
        data = detail.data
        self._current_id = detail.id
        self._loaded_updated_at = detail.updated_at
        self._link = (data.patient_id, data.visit_id)
        self._section_text = dict(data.sections)
        with _blocked(*self._editor_widgets()):
            self.title_edit.setText(data.title)
            self.title_error.show_message("")
            self.date_field.set_value(data.written_on)
            self.template_combo.setCurrentIndex(self.template_combo.findData(data.template.value))
            self._build_sections(ReflectionTemplate(data.template), keep_typed=False)
            self.private_edit.setPlainText(data.private_notes)
            self.tags_edit.setText(", ".join(data.tags))
            self.minutes.set_value(data.minutes or None)
            self._update_minutes_hint()
            self.with_others.setChecked(data.with_others)
            for theme, box in self.theme_boxes.items():
                box.setChecked(theme in data.themes)
            self.objective_box.setChecked(data.objective_activity)
            self.communication_box.setChecked(data.communication_consent)
        self.link_label.setText(self._link_text(detail))
        self._set_archived_look(detail.archived)
        self.save_label.setText("")
        self._show_editor(True)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _link_text(self, detail: ReflectionDetail) -> str:
        patient_id, visit_id = detail.data.patient_id, detail.data.visit_id
        if patient_id is None:
            return self.tr("Journal entry (not about a patient)")
        text = self.tr("About {name}").format(name=detail.patient_name)
        if visit_id is not None:
            try:
                starts_at = self.ctx.services.visits.get(visit_id).draft.starts_at
            except ValidationError:
                return text
            text = self.tr("About {name} · visit of {date}").format(
                name=detail.patient_name, date=day_text(starts_at.date())
            )
        return text

    def _set_archived_look(self, archived: bool) -> None:
        self.archived_banner.setVisible(archived)
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived)

    # ---------------------------------------------------------------- edits
    def _edited(self, *_args: object) -> None:
        if self._current_id is not None:
            self.saver.mark_dirty()

    def _on_title_edited(self, text: str) -> None:
        if text.strip():
            self.title_error.show_message("")
        self._edited()

    def _on_date_edited(self) -> None:
        self._check_date()
        self._edited()

    def _on_minutes_edited(self) -> None:
        self._update_minutes_hint()
        self._edited()

    def _update_minutes_hint(self) -> None:
        try:
            minutes = self.minutes.value()
        except ValidationError:
            minutes = None
        self.minutes.hint.setText(
            self.tr("min = {hours} h").format(hours=f"{minutes / 60:.4g}")
            if minutes
            else self.tr("min", "minutes")
        )

    def _on_template_changed(self, _index: int) -> None:
        self._build_sections(ReflectionTemplate(self.template_combo.currentData()))
        self._edited()

    def _check_date(self) -> dt.date | None:
        """The typed date, showing the problem beside it; None when it is wrong."""
        try:
            day = self._date_value()
        except ValidationError as exc:
            self.date_field.error.show_message(exc.message)
            return None
        self.date_field.error.show_message("")
        return day

    def _date_value(self) -> dt.date:
        day = self.date_field.value()
        if day is None:  # optional=False makes value() raise instead
            raise ValidationError(self.tr("Please enter the date."), field="written_on")
        if day > dt.date.today():
            raise ValidationError(
                self.tr("A reflection cannot be dated in the future."), field="written_on"
            )
        return day

    def _read_input(self) -> ReflectionInput:
        """What the editor shows, as service input; raises ValidationError if wrong.

        Every problem is shown beside its field; the first one is raised.
        """
        problems: list[str] = []
        title = self.title_edit.text().strip()
        if not title:
            message = self.tr("Please give the reflection a title.")
            self.title_error.show_message(message)
            problems.append(message)
        if self._check_date() is None:
            problems.append(self.date_field.error.text())
        minutes_problem = self.minutes.check()
        if minutes_problem:
            problems.append(minutes_problem)
        if problems:
            raise ValidationError(problems[0])
        sections = dict(self._section_text)
        sections.update({key: box.toPlainText() for key, box in self._section_boxes.items()})
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        patient_id, visit_id = self._link
        return ReflectionInput(
            title=title,
            written_on=self._date_value(),
            template=ReflectionTemplate(self.template_combo.currentData()),
            sections=sections,
            private_notes=self.private_edit.toPlainText(),
            tags=tags,
            minutes=self.minutes.value() or 0,
            with_others=self.with_others.isChecked(),
            themes=frozenset(t for t, box in self.theme_boxes.items() if box.isChecked()),
            objective_activity=self.objective_box.isChecked(),
            communication_consent=self.communication_box.isChecked(),
            patient_id=patient_id,
            visit_id=visit_id,
        )

    # ---------------------------------------------------------------- autosave
    def _collect(self) -> Callable[[], ReflectionDetail]:
        reflection_id = self._current_id
        if reflection_id is None:
            raise ValidationError(self.tr("No reflection is open."))
        data = self._read_input()
        service = self.ctx.services.reflections

        def save() -> ReflectionDetail:
            return service.update(reflection_id, data)

        return save

    def _on_saved(self, detail: ReflectionDetail) -> None:
        if not shiboken6.isValid(self.entry_list):  # a save that landed after the pane closed
            return
        if detail.id == self._current_id:
            self._loaded_updated_at = detail.updated_at
        item = self._item_for(detail.id)
        if item is not None:
            self._fill_item(
                item,
                ReflectionRow(
                    id=detail.id,
                    written_on=detail.data.written_on,
                    title=detail.data.title,
                    template=ReflectionTemplate(detail.data.template),
                    patient_id=detail.data.patient_id,
                    patient_name=detail.patient_name,
                    visit_id=detail.data.visit_id,
                    tags=tuple(detail.data.tags),
                    themes=frozenset(detail.data.themes),
                    minutes=detail.data.minutes,
                    archived=detail.archived,
                ),
            )
        self._refresh_totals()
        self._refresh_tags()
        self._announce(detail.data.patient_id)

    def _on_save_state(self, state: str, message: str) -> None:
        texts = {
            "saving": self.tr("Saving…"),
            "saved": self.tr("All changes saved"),
            "invalid": self.tr("Not saved yet: {message}").format(message=message),
            "failed": self.tr("Could not save: {message}").format(message=message),
        }
        self.save_label.setText(texts.get(state, ""))
        colour = "#b3261e" if state in ("invalid", "failed") else "#4d5560"
        self.save_label.setStyleSheet(f"QLabel#reflectionSaveState {{ color: {colour}; }}")
        self.ctx.events.save_state_changed.emit(state if state in ("saving", "saved") else "error")
