"""Icons: the application's own, and line icons for the navigation and main buttons (Material Design
Icons through qtawesome), drawn in the palette's text colour so they read in light and dark alike."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

BRAND = "#2e6fbd"
APP_ICON = "mdi6.shield-lock-outline"
PAGE_ICONS = {
    "home": "mdi6.home-outline",
    "requests": "mdi6.account-question-outline",
    "breaches": "mdi6.shield-alert-outline",
    "register": "mdi6.domain",
    "records": "mdi6.book-open-variant",
    "deadlines": "mdi6.calendar-clock",
    "reports": "mdi6.file-chart-outline",
    "settings": "mdi6.cog-outline",
}


def icon(name: str) -> QIcon:
    """A line icon in the current palette's text colour (greyed when its widget is disabled)."""
    return _icon(name, QGuiApplication.palette().cacheKey())


@lru_cache(maxsize=256)
def _icon(name: str, _palette_key: int) -> QIcon:
    import qtawesome

    palette = QGuiApplication.palette()
    return qtawesome.icon(
        name,
        color=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        color_active=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        color_selected=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
    )


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """DPO Desk's own: a shield with a lock, in the brand's blue on a light disc (readable on any panel)."""
    import qtawesome

    return qtawesome.icon(
        "mdi6.circle", APP_ICON, options=[{"color": QColor("#eaf1fb")}, {"color": BRAND, "scale_factor": 0.7}]
    )


def icon_in(name: str, colour: str) -> QIcon:
    """An icon in a fixed colour, for a widget whose own background is fixed (the banner's yellow)."""
    import qtawesome

    return qtawesome.icon(name, color=QColor(colour))


def page_icon(key: str) -> QIcon:
    return icon(PAGE_ICONS.get(key, "mdi6.circle-outline"))
