"""The hand-over check-in driven like a patient (answer, skip, review, send) and a practitioner.

The window must never be left without the PIN, must never count an untouched slider as an
answer, and must never lose answers when storing them fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.instruments import CHECKIN_ID, Instrument, instrument_from_dict
from alliance_desktop.services import Services
from alliance_desktop.services.instruments import shipped
from alliance_desktop.ui.checkin import checkin_window as module
from alliance_desktop.ui.checkin.checkin_window import AnswerSlider, CheckinWindow

PIN = "2468"
ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")

Submitted = list[tuple[dict[str, float | None], str]]
W = TypeVar("W", bound=QObject)


def _checkin() -> Instrument:
    return next(i for i in shipped() if i.id == CHECKIN_ID)


def _window(
    qtbot: QtBot,
    *,
    instrument: Instrument | None = None,
    submit: Callable[[dict[str, float | None], str], None] | None = None,
    check_pin: Callable[[str], bool] | None = None,
    language: str = "en",
) -> tuple[CheckinWindow, Submitted]:
    sent: Submitted = []

    def record(answers: dict[str, float | None], language: str) -> None:
        sent.append((answers, language))

    window = CheckinWindow(
        instrument or _checkin(),
        check_pin=check_pin or (lambda pin: pin == PIN),
        submit=submit or record,
        language=language,
    )
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    return window, sent


def _find(window: QWidget, kind: type[W], name: str) -> W:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = _find(window, QAbstractButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _slider(window: CheckinWindow, name: str) -> AnswerSlider:
    slider = _find(window, QSlider, name)
    assert isinstance(slider, AnswerSlider), name
    return slider


def _tap_groove(qtbot: QtBot, slider: AnswerSlider, index: int) -> None:
    """A tap on the line where ``index`` lies (not on the handle)."""
    qtbot.mouseClick(
        slider,
        Qt.MouseButton.LeftButton,
        pos=QPoint(slider.handle_centre(index), slider.height() // 2),
    )


def _type_pin(qtbot: QtBot, window: CheckinWindow, pin: str) -> None:
    edit = _find(window, QLineEdit, "pinEdit")
    assert edit.isVisible()
    qtbot.keyClicks(edit, pin)


def _label_text(window: CheckinWindow, name: str) -> str:
    return _find(window, QLabel, name).text()


def test_patient_answers_one_at_a_time_then_practitioner_unlocks(
    qtbot: QtBot, services: Services
) -> None:
    services.practice.set_handover_pin(PIN)
    instrument = services.instruments.latest(CHECKIN_ID)
    window, sent = _window(
        qtbot, instrument=instrument, check_pin=services.practice.check_handover_pin
    )
    assert window.isFullScreen() and window.isVisible()
    assert window.windowModality() == Qt.WindowModality.ApplicationModal
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.current_page() == "welcomePage"
    assert _find(window, QRadioButton, "modeOne").isChecked()
    _click(qtbot, window, "startButton")

    # 1: the handle sits somewhere, but nothing is answered until the patient acts.
    assert window.current_page() == "questionPage"
    assert window.progress_label.text() == "Question 1 of 7"
    assert window.progress.value() == 1
    goal = _slider(window, "answer_goal")
    assert window.answers()["goal"] is None
    assert _label_text(window, "answer_goal_value") == "Not answered yet: tap the line"
    qtbot.keyClick(goal, Qt.Key.Key_End)
    qtbot.keyClick(goal, Qt.Key.Key_Left)
    assert window.answers()["goal"] == 9
    assert _label_text(window, "answer_goal_value") == "9 out of 10"
    _click(qtbot, window, "nextButton")

    # 2: a tap anywhere on the line jumps there.
    assert window.progress_label.text() == "Question 2 of 7"
    _tap_groove(qtbot, _slider(window, "answer_task"), 8)
    assert window.answers()["task"] == 8
    _click(qtbot, window, "nextButton")

    # 3: skipped stays missing (never 0), even after it had an answer.
    qtbot.keyClick(_slider(window, "answer_bond"), Qt.Key.Key_Right)
    assert window.answers()["bond"] == 1
    _click(qtbot, window, "skipButton")
    assert window.answers()["bond"] is None
    assert window.progress_label.text() == "Question 4 of 7"

    # Back and forth keeps what was given.
    _click(qtbot, window, "backButton")
    _click(qtbot, window, "backButton")
    assert window.progress_label.text() == "Question 2 of 7"
    assert _slider(window, "answer_task").value() == 8
    _click(qtbot, window, "nextButton")
    _click(qtbot, window, "nextButton")

    # 4-7
    _tap_groove(qtbot, _slider(window, "answer_trust"), 10)
    _click(qtbot, window, "nextButton")
    _tap_groove(qtbot, _slider(window, "answer_respect"), 0)
    _click(qtbot, window, "nextButton")
    touch = _slider(window, "answer_touch")
    qtbot.keyClick(touch, Qt.Key.Key_Home)
    for _ in range(7):
        qtbot.keyClick(touch, Qt.Key.Key_Right)
    _click(qtbot, window, "nextButton")
    assert window.progress_label.text() == "Question 7 of 7"
    assert _find(window, QPushButton, "nextButton").text() == "Review my answers"
    _tap_groove(qtbot, _slider(window, "answer_overall"), 6)
    _click(qtbot, window, "nextButton")

    # Review, then change one answer and come straight back.
    assert window.current_page() == "reviewPage"
    assert _label_text(window, "review_task") == "8 out of 10"
    assert _label_text(window, "review_bond") == "Not answered"
    assert _label_text(window, "review_respect") == "0 out of 10"
    _click(qtbot, window, "change_task")
    assert window.current_page() == "questionPage"
    assert window.progress_label.text() == "Question 2 of 7"
    assert _find(window, QPushButton, "nextButton").text() == "Review my answers"
    qtbot.keyClick(_slider(window, "answer_task"), Qt.Key.Key_Left)
    _click(qtbot, window, "nextButton")
    assert window.current_page() == "reviewPage"
    assert _label_text(window, "review_task") == "7 out of 10"

    expected = {
        "goal": 9.0,
        "task": 7.0,
        "bond": None,
        "trust": 10.0,
        "respect": 0.0,
        "touch": 7.0,
        "overall": 6.0,
    }
    assert window.answers() == expected
    _click(qtbot, window, "submitButton")
    assert sent == [(expected, "en")]
    assert list(sent[0][0]) == list(ITEMS)
    assert window.current_page() == "thanksPage"
    assert "hand the laptop back to your practitioner" in _label_text(window, "thanksText")

    # The patient cannot leave: Esc, Alt+F4 and a close all lead to the PIN.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_page() == "pinPage" and window.isVisible()
    assert _find(window, QPushButton, "pinCancel").text() == "Back"
    _click(qtbot, window, "pinCancel")
    assert window.current_page() == "thanksPage"
    assert not window.close()
    assert window.isVisible() and window.current_page() == "pinPage"
    _click(qtbot, window, "pinCancel")
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "pinPage" and window.isVisible()

    # A wrong PIN keeps it open, says so, and clears the field.
    _type_pin(qtbot, window, "1357")
    _click(qtbot, window, "unlockButton")
    assert window.isVisible()
    assert _label_text(window, "pinMessage") == "That PIN is not right."
    assert _find(window, QLineEdit, "pinEdit").text() == ""

    # The practitioner's PIN closes it.
    _type_pin(qtbot, window, PIN)
    with qtbot.waitSignal(window.finished, timeout=2000) as blocker:
        _click(qtbot, window, "unlockButton")
    assert blocker.args == [True]
    assert not window.isVisible()


def test_escape_during_the_questions_returns_to_the_same_question(qtbot: QtBot) -> None:
    window, sent = _window(qtbot)
    _click(qtbot, window, "startButton")
    _click(qtbot, window, "nextButton")
    task = _slider(window, "answer_task")
    _tap_groove(qtbot, task, 4)
    assert window.focusWidget() is task
    qtbot.keyClick(task, Qt.Key.Key_Escape)  # the focused slider passes Esc on
    assert window.current_page() == "pinPage"
    assert _find(window, QPushButton, "pinCancel").text() == "Back to the questions"
    _click(qtbot, window, "pinCancel")
    assert window.current_page() == "questionPage"
    assert window.progress_label.text() == "Question 2 of 7"
    assert window.answers()["task"] == 4

    # Unlocking before sending: finished(False), nothing stored.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    _click(qtbot, window, "pinKey_2")
    _click(qtbot, window, "pinKey_4")
    _click(qtbot, window, "pinKey_6")
    _click(qtbot, window, "pinKey_9")
    _click(qtbot, window, "pinKeyDelete")
    _click(qtbot, window, "pinKey_8")
    assert _find(window, QLineEdit, "pinEdit").text() == PIN
    with qtbot.waitSignal(window.finished, timeout=2000) as blocker:
        qtbot.keyClick(_find(window, QLineEdit, "pinEdit"), Qt.Key.Key_Return)
    assert blocker.args == [False]
    assert sent == []


def test_pin_field_takes_digits_only(qtbot: QtBot) -> None:
    window, _ = _window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    _type_pin(qtbot, window, "12ab3")
    edit = _find(window, QLineEdit, "pinEdit")
    assert edit.text() == "123"
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_french_switches_every_text(qtbot: QtBot) -> None:
    window, sent = _window(qtbot)
    start = _find(window, QPushButton, "startButton")
    assert start.text() == "Start"
    _click(qtbot, window, "lang_fr")
    assert window.language == "fr"
    assert start.text() == "Commencer" and start.accessibleName() == "Commencer"
    assert window.welcome_title.text() == "Comment s'est passée la séance pour vous ?"
    assert _find(window, QRadioButton, "modeOne").text() == "Une question à la fois"
    _click(qtbot, window, "startButton")
    assert window.progress_label.text() == "Question 1 sur 7"
    assert window.question_labels["goal"].text() == "Nous travaillons sur ce qui compte pour moi."
    assert _label_text(window, "answer_goal_value") == "Pas encore de réponse : touchez la ligne"
    assert _find(window, QPushButton, "skipButton").text() == "Passer cette question"
    assert _find(window, QPushButton, "nextButton").text() == "Suivant"
    _tap_groove(qtbot, _slider(window, "answer_goal"), 5)
    assert _label_text(window, "answer_goal_value") == "5 sur 10"
    assert _slider(window, "answer_goal").accessibleName() == (
        "Nous travaillons sur ce qui compte pour moi."
    )
    for _ in range(6):
        _click(qtbot, window, "nextButton")
    _click(qtbot, window, "nextButton")
    assert window.current_page() == "reviewPage"
    assert _label_text(window, "review_goal") == "5 sur 10"
    assert _label_text(window, "review_task") == "Pas de réponse"
    assert _find(window, QPushButton, "change_goal").text() == "Modifier"
    assert _find(window, QPushButton, "submitButton").text() == "Envoyer mes réponses"
    _click(qtbot, window, "submitButton")
    assert sent[0][1] == "fr"
    assert "Merci" in _label_text(window, "thanksText")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert _find(window, QPushButton, "unlockButton").text() == "Déverrouiller"
    _type_pin(qtbot, window, "1111")
    _click(qtbot, window, "unlockButton")
    assert _label_text(window, "pinMessage") == "Ce code n'est pas le bon."

    # And back to English, including the message on show.
    window.set_language("en")
    assert _label_text(window, "pinMessage") == "That PIN is not right."
    assert _find(window, QPushButton, "returnButton").text() == ("Practitioner: return to the app")


def test_starting_in_french(qtbot: QtBot) -> None:
    window, _ = _window(qtbot, language="fr")
    assert _find(window, QPushButton, "lang_fr").isChecked()
    assert _find(window, QPushButton, "startButton").text() == "Commencer"
    # a language the questionnaire does not have falls back to its first one
    other, _ = _window(qtbot, language="de")
    assert other.language == "en"


def test_all_on_one_page(qtbot: QtBot) -> None:
    window, sent = _window(qtbot)
    _click(qtbot, window, "modeAll")
    _click(qtbot, window, "startButton")
    assert window.current_page() == "allPage"
    assert window.all_scroll.isVisible()
    for number, item_id in enumerate(ITEMS, start=1):
        assert window.all_inputs[item_id].value() is None
        text = _checkin().item(item_id).text["en"]
        assert window.all_labels[item_id].text() == f"{number}. {text}"
    _tap_groove(qtbot, _slider(window, "all_answer_goal"), 3)
    trust = _slider(window, "all_answer_trust")
    window.all_scroll.ensureWidgetVisible(trust)
    qtbot.keyClick(trust, Qt.Key.Key_End)
    assert window.answers()["goal"] == 3 and window.answers()["trust"] == 10
    # the one-at-a-time widgets show the same answers
    assert window.question_inputs["goal"].value() == 3

    # Scrolling over a slider scrolls the page; it never answers.
    bond = _slider(window, "all_answer_bond")
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(bond.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(bond, wheel)
    assert window.answers()["bond"] is None

    _click(qtbot, window, "allReviewButton")
    assert window.current_page() == "reviewPage"
    assert _label_text(window, "review_goal") == "3 out of 10"
    _click(qtbot, window, "change_goal")
    assert window.current_page() == "allPage"
    assert window.focusWidget() is _slider(window, "all_answer_goal")
    qtbot.keyClick(_slider(window, "all_answer_goal"), Qt.Key.Key_Right)
    _click(qtbot, window, "allReviewButton")
    assert _label_text(window, "review_goal") == "4 out of 10"
    _click(qtbot, window, "submitButton")
    expected = dict.fromkeys(ITEMS)
    expected.update(goal=4.0, trust=10.0)
    assert sent == [(expected, "en")]


def test_a_refused_response_is_shown_and_nothing_is_lost(qtbot: QtBot) -> None:
    calls: Submitted = []

    def submit(answers: dict[str, float | None], language: str) -> None:
        calls.append((answers, language))
        if len(calls) == 1:
            raise ValidationError("This visit is signed; the check-in cannot be added.")
        if len(calls) == 2:
            raise RuntimeError("disk full")

    window, _ = _window(qtbot, submit=submit)
    window.set_answer("goal", 6)
    window.set_answer("overall", 8)
    _click(qtbot, window, "startButton")
    for _ in range(7):
        _click(qtbot, window, "nextButton")
    assert window.current_page() == "reviewPage"

    _click(qtbot, window, "submitButton")
    assert window.current_page() == "reviewPage"
    error = _find(window, QLabel, "reviewError")
    assert error.isVisible()
    assert error.text() == "This visit is signed; the check-in cannot be added."
    assert window.answers()["goal"] == 6 and window.answers()["overall"] == 8
    assert _find(window, QPushButton, "submitButton").isEnabled()

    # Anything else is said in plain words, never as a traceback.
    _click(qtbot, window, "submitButton")
    assert window.current_page() == "reviewPage"
    assert error.text().startswith("Your answers could not be saved.")
    assert "disk full" not in error.text()

    _click(qtbot, window, "submitButton")
    assert window.current_page() == "thanksPage"
    assert calls[0] == calls[1] == calls[2]
    assert calls[2][0]["goal"] == 6


def test_five_wrong_pins_impose_a_wait(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []

    def check(pin: str) -> bool:
        tried.append(pin)
        return pin == PIN

    window, _ = _window(qtbot, check_pin=check)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    for attempt in range(4):
        _type_pin(qtbot, window, f"100{attempt}")
        _click(qtbot, window, "unlockButton")
        assert not window.pin_locked()
    _type_pin(qtbot, window, "1004")
    _click(qtbot, window, "unlockButton")
    assert window.pin_locked()
    message = _label_text(window, "pinMessage")
    assert "Please wait 30 seconds before trying again" in message
    edit = _find(window, QLineEdit, "pinEdit")
    assert not edit.isEnabled()
    assert not _find(window, QPushButton, "unlockButton").isEnabled()
    # no try is accepted while it waits, even the right one
    edit.setText(PIN)
    window._try_pin()
    assert len(tried) == 5 and window.isVisible()
    # leaving the PIN page and coming back does not end the wait
    _click(qtbot, window, "pinCancel")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pin_locked() and "Please wait" in _label_text(window, "pinMessage")


def test_the_wait_ends_and_the_right_pin_works(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "PIN_LOCKOUT_SECONDS", 0.2)
    window, _ = _window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    for _ in range(5):
        _type_pin(qtbot, window, "9999")
        _click(qtbot, window, "unlockButton")
    assert window.pin_locked()
    assert "Please wait 1 second " in _label_text(window, "pinMessage")
    qtbot.waitUntil(lambda: not window.pin_locked(), timeout=3000)
    assert _label_text(window, "pinMessage") == "You can try again now."
    _type_pin(qtbot, window, PIN)
    with qtbot.waitSignal(window.finished, timeout=2000) as blocker:
        _click(qtbot, window, "unlockButton")
    assert blocker.args == [False]


def test_a_pin_check_that_fails_is_not_a_crash(qtbot: QtBot) -> None:
    def broken(_pin: str) -> bool:
        raise OSError("database is locked")

    window, _ = _window(qtbot, check_pin=broken)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    _type_pin(qtbot, window, "1234")
    _click(qtbot, window, "unlockButton")
    assert window.isVisible()
    assert _label_text(window, "pinMessage") == "The PIN could not be checked. Please try again."


def test_slider_needs_a_touch_and_shows_big_type(qtbot: QtBot) -> None:
    window, _ = _window(qtbot)
    _click(qtbot, window, "startButton")
    goal = _slider(window, "answer_goal")
    assert goal.minimum() == 0 and goal.maximum() == 10
    assert "width: 44px" in goal.styleSheet()
    assert window.answers() == dict.fromkeys(ITEMS)
    # a tap on a tick number chooses it
    ticks = _find(window, QWidget, "answer_goal_ticks")
    centre = ticks.mapFromGlobal(goal.mapToGlobal(QPoint(goal.handle_centre(2), 0)))
    qtbot.mouseClick(ticks, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), 10))
    assert window.answers()["goal"] == 2
    # set_answer is checked against the scale
    with pytest.raises(ValidationError):
        window.set_answer("goal", 11)
    window.set_answer("goal", None)
    assert _label_text(window, "answer_goal_value") == "Not answered yet: tap the line"

    base = QApplication.font().pointSizeF()
    assert window.font().pointSizeF() >= 1.6 * base
    assert window.question_labels["goal"].font().pointSizeF() >= 2.2 * base
    for button in window.findChildren(QAbstractButton):
        assert button.font().pointSizeF() >= 1.2 * base, button.objectName()


def test_every_interactive_widget_is_named(qtbot: QtBot) -> None:
    window, _ = _window(qtbot)
    for language in ("en", "fr"):
        window.set_language(language)
        widgets: list[QWidget] = [
            *window.findChildren(QAbstractButton),
            *window.findChildren(QSlider),
            *window.findChildren(QLineEdit),
        ]
        assert len(widgets) > 30
        for widget in widgets:
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
    stack = window.stack
    pages = [w.objectName() for w in map(stack.widget, range(stack.count())) if w]
    assert pages == [
        "welcomePage",
        "questionPage",
        "allPage",
        "reviewPage",
        "thanksPage",
        "pinPage",
    ]


CHOICES = {
    "format": "alliance-instrument/1",
    "id": "test-choices",
    "version": 1,
    "respondent": "patient",
    "title": {"en": "Quick questions", "fr": "Questions rapides"},
    "languages": ["en", "fr"],
    "items": [
        {
            "id": "plan",
            "text": {"en": "We agreed a plan.", "fr": "Nous avons convenu d'un plan."},
            "scale": {"type": "yes_no"},
        },
        {
            "id": "care",
            "text": {"en": "How was the explanation?", "fr": "Comment était l'explication ?"},
            "scale": {
                "type": "choice",
                "options": [
                    {"value": 1, "label": {"en": "Poor", "fr": "Mauvaise"}},
                    {"value": 2, "label": {"en": "Fair", "fr": "Moyenne"}},
                    {"value": 3, "label": {"en": "Good", "fr": "Bonne"}},
                ],
            },
        },
    ],
    "scoring": {"total": {"rule": "sum", "max_missing": 1}},
}


def test_choice_and_yes_no_items(qtbot: QtBot) -> None:
    window, sent = _window(qtbot, instrument=instrument_from_dict(CHOICES))
    _click(qtbot, window, "startButton")
    assert _label_text(window, "answer_plan_status") == "Not answered yet: tap an answer"
    assert _find(window, QPushButton, "answer_plan_1").text() == "Yes"
    _click(qtbot, window, "answer_plan_1")
    assert window.answers()["plan"] == 1
    _click(qtbot, window, "nextButton")
    _click(qtbot, window, "answer_care_1")
    _click(qtbot, window, "answer_care_2")
    assert _find(window, QPushButton, "answer_care_2").isChecked()
    assert not _find(window, QPushButton, "answer_care_1").isChecked()
    _click(qtbot, window, "nextButton")
    assert _label_text(window, "review_care") == "Good"
    assert _label_text(window, "review_plan") == "Yes"
    window.set_language("fr")
    assert _label_text(window, "review_care") == "Bonne"
    _click(qtbot, window, "change_plan")
    _click(qtbot, window, "skipButton")
    assert window.current_page() == "reviewPage"
    assert not _find(window, QPushButton, "answer_plan_1").isChecked()
    assert _label_text(window, "review_plan") == "Pas de réponse"
    _click(qtbot, window, "submitButton")
    assert sent == [({"plan": None, "care": 3.0}, "fr")]
