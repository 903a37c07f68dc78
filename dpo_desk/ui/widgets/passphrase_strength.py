"""A passphrase's strength as a meter, and the eye that shows what was typed.

The estimate is zxcvbn's (dictionary words, names, keyboard patterns, dates, repeats), not a count of
character kinds: "Password1!" is weak, four ordinary words are strong. The time is how long an
attacker holding the store file would need at 10,000 guesses a second (the store's key derivation
makes each guess slow); the meter says it in words of its own, so it can be translated. A hint only:
the rule a passphrase must meet stays where it is decided (its length).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from dpo_desk.ui.icons import icon

GUESSES_PER_SECOND = 1e4  # an offline attacker against a slow key derivation
ESTIMATED_LENGTH = 100  # zxcvbn's work grows with the length; beyond this the estimate changes little
COLOURS = ("#b42318", "#d9480f", "#d4ac0d", "#3a9a6c", "#1b7f4b")


@dataclass(frozen=True)
class Estimate:
    score: int  # 0 (guessed at once) … 4 (out of reach)
    seconds: float  # to guess it offline at GUESSES_PER_SECOND


def estimate(passphrase: str) -> Estimate:
    if not passphrase:
        return Estimate(0, 0.0)
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:ESTIMATED_LENGTH])
    return Estimate(int(result["score"]), float(result["guesses"]) / GUESSES_PER_SECOND)


class PassphraseStrength(QWidget):
    """A five-step meter and a sentence: "Strong: centuries to guess." Follows a line edit as it is typed in."""

    def __init__(self, edit: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = QProgressBar()
        self.meter.setObjectName("passphrase_meter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setMaximumWidth(160)
        self.words = QLabel()
        self.words.setObjectName("passphrase_strength")
        self.words.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.words, 1)
        self.estimate = Estimate(0, 0.0)
        if edit is not None:
            edit.textChanged.connect(self.show_for)
        self.show_for("")

    def show_for(self, passphrase: str) -> None:
        self.estimate = estimate(passphrase)
        score = self.estimate.score if passphrase else 0
        self.meter.setValue(score if passphrase else 0)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[score]}; }}")
        if not passphrase:
            self.words.setText(self.tr("Several ordinary words make a strong passphrase."))
            return
        verdict = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )[score]
        self.words.setText(self.tr("{0}: {1} to guess.").format(verdict, self._duration(self.estimate.seconds)))

    def _duration(self, seconds: float) -> str:
        minute, hour, day = 60, 3600, 86400
        year = 365.25 * day
        if seconds < minute:
            return self.tr("under a minute")
        if seconds < hour:
            return self.tr("%n minute(s)", "", int(seconds // minute))
        if seconds < day:
            return self.tr("%n hour(s)", "", int(seconds // hour))
        if seconds < year:
            return self.tr("%n day(s)", "", int(seconds // day))
        if seconds < 100 * year:
            return self.tr("%n year(s)", "", int(seconds // year))
        return self.tr("centuries")


def reveal_toggle(edit: QLineEdit) -> QAction:
    """An eye at the field's end that shows the passphrase while it is pressed on, and hides it again."""
    action = edit.addAction(icon("mdi6.eye-outline"), QLineEdit.ActionPosition.TrailingPosition)
    action.setCheckable(True)
    action.setObjectName("show_passphrase")
    action.setToolTip(edit.tr("Show the passphrase"))

    def toggled(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(icon("mdi6.eye-off-outline" if shown else "mdi6.eye-outline"))
        action.setToolTip(edit.tr("Hide the passphrase") if shown else edit.tr("Show the passphrase"))

    action.toggled.connect(toggled)
    return action
