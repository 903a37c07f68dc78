"""The page commands of the Case menu: one key, one meaning, on every page.

A page offers the commands it can do (`Page.commands()`); the window keeps one menu action per
command below, shows the ones the current page offers, and hides the rest (a hidden action's key does
nothing). Pages never register keys of their own, so no key can clash with a menu's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class PageCommand:
    """What a page does for a command: the menu's text for this page, and the work."""

    text: str
    run: Callable[[], object]


@dataclass(frozen=True)
class CommandSlot:
    key: str
    shortcut: QKeySequence | QKeySequence.StandardKey | str
    icon: str
    separator_before: bool = False


# The order is the Case menu's. Keys taken by the File, Tools and Go menus (Ctrl+Shift+E/I/B/A, Ctrl+L,
# Ctrl+Q, Ctrl+1…8) are not used here; tests/ui/test_keyboard_and_memory.py checks there is no clash.
SLOTS: tuple[CommandSlot, ...] = (
    CommandSlot("new", QKeySequence.StandardKey.New, "mdi6.plus-circle-outline"),
    CommandSlot("edit", "Ctrl+E", "mdi6.pencil-outline"),
    CommandSlot("find", QKeySequence.StandardKey.Find, "mdi6.magnify"),
    CommandSlot("refresh", "F5", "mdi6.refresh"),
    CommandSlot("note", "Ctrl+Shift+N", "mdi6.note-plus-outline", separator_before=True),
    CommandSlot("close_case", "Ctrl+Shift+C", "mdi6.check-circle-outline"),
    CommandSlot("announce", "Ctrl+Shift+U", "mdi6.bullhorn-outline"),
    CommandSlot("review", "Ctrl+R", "mdi6.calendar-check-outline"),
    CommandSlot("screen", "Ctrl+D", "mdi6.clipboard-search-outline"),
    CommandSlot("assess", "Ctrl+I", "mdi6.scale-balance"),
    CommandSlot("open_attachment", "Ctrl+Shift+O", "mdi6.paperclip"),
    CommandSlot("save", QKeySequence.StandardKey.Save, "mdi6.content-save-outline", separator_before=True),
    CommandSlot("print", QKeySequence.StandardKey.Print, "mdi6.printer-outline"),
    CommandSlot("export", "Ctrl+Shift+S", "mdi6.export"),
)


def default_text(key: str) -> str:
    """The menu's text when a page gives none of its own (shown greyed out, or before any page)."""
    texts = {
        "new": QCoreApplication.translate("Commands", "&New…"),
        "edit": QCoreApplication.translate("Commands", "&Edit the selected…"),
        "find": QCoreApplication.translate("Commands", "&Find"),
        "refresh": QCoreApplication.translate("Commands", "&Reload"),
        "note": QCoreApplication.translate("Commands", "Add a &note…"),
        "close_case": QCoreApplication.translate("Commands", "&Close the case…"),
        "announce": QCoreApplication.translate("Commands", "&Announce a change…"),
        "review": QCoreApplication.translate("Commands", "Mark as &reviewed"),
        "screen": QCoreApplication.translate("Commands", "DPIA &screening…"),
        "assess": QCoreApplication.translate("Commands", "&Impact assessment…"),
        "open_attachment": QCoreApplication.translate("Commands", "&Open the selected attachment"),
        "save": QCoreApplication.translate("Commands", "&Save"),
        "print": QCoreApplication.translate("Commands", "&Print…"),
        "export": QCoreApplication.translate("Commands", "E&xport this list…"),
    }
    return texts[key]


def shortcut_text(key: str) -> str:
    """The key of a command as the user reads it (for tooltips: "New request (Ctrl+N)")."""
    slot = next(s for s in SLOTS if s.key == key)
    return QKeySequence(slot.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
