"""Light or dark: the window follows the system's colour scheme where Qt reports one.

Qt 6.5+ tells the scheme through `QStyleHints.colorScheme()`. Where the platform style already
draws dark (Windows 11, macOS, a dark GNOME with the right platform theme), nothing needs doing;
where it reports Dark but the palette is still light (Fusion on many Linux desktops), a dark Fusion
palette is set, and the scheme is followed when it changes while the window is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#292b2f",
        QPalette.ColorRole.ToolTipBase: "#3a3d42",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#7fb2f0",
        QPalette.ColorRole.Highlight: "#2e6fbd",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def follow_color_scheme(app: QApplication) -> None:
    """Apply the system's scheme now and whenever it changes."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "colorScheme"):  # Qt before 6.5 reports no scheme
        return
    light = QPalette(app.palette())

    def apply(scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()):
            app.setPalette(light)

    apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(apply)
