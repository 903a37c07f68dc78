"""Starting the window: arguments, the display check, the create or unlock dialog, then the main window."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dpo_desk.errors import DpoDeskError, WrongPassphrase

SCREENSHOT_SIZE = (1440, 900)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from dpo_desk.ui.pages import PAGE_KEYS

    parser = argparse.ArgumentParser(prog="main.py", description="Open the DPO Desk window.")
    parser.add_argument("--store", metavar="PATH", help="the store to open (created if it does not exist)")
    parser.add_argument("--demo", action="store_true", help="open the fictional demo store (made on first use)")
    parser.add_argument("--page", choices=PAGE_KEYS, help="the page to show first")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="the window's language for this run")
    parser.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG (1440×900) and exit")
    return parser.parse_args(argv)


def display_problem(screenshot: bool) -> str | None:
    """One line saying what to do when Qt would otherwise abort for want of a display."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        if screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return None
        return (
            "DPO Desk needs a display: none was found. Run it under `xvfb-run -a` (Debian package xvfb), "
            "set QT_QPA_PLATFORM=offscreen, or add --screenshot FILE to render the window to a picture."
        )
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "Qt's X11 plugin needs libxcb-cursor0: run `sudo apt-get install libxcb-cursor0 libxcb-icccm4 "
            "libxcb-keysyms1` (or set QT_QPA_PLATFORM=offscreen)."
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    problem = display_problem(bool(args.screenshot))
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("DPO Desk")
    app.setOrganizationName("DPO Desk")
    from dpo_desk.ui import i18n

    i18n.install(i18n.chosen_language(args.lang))  # before any dialog or window is built
    try:
        opened = obtain_store(args)
    except DpoDeskError as error:
        print(f"DPO Desk: {error}", file=sys.stderr)
        return 1
    if opened is None:
        return 0
    store, banner = opened
    window = build_window(store, banner)
    if args.page:
        window.show_page(args.page)
    if args.screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.wait_loaded()
        ok = window.grab().save(args.screenshot, "PNG")
        window.close()
        store.close()
        if not ok:
            print(f"DPO Desk: could not write the screenshot to {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    from dpo_desk.services.attachments import PrivateCopies

    PrivateCopies().remove_stale()  # temporary attachment copies a crash may have left
    window.daily_backup()
    window.show()
    code = app.exec()
    window.ops.store.close()
    return code


def build_window(store: object, banner: str = ""):
    from dpo_desk.services import settings as settings_service
    from dpo_desk.store import Store
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.ops import Ops

    with store.read() as session:  # type: ignore[attr-defined]
        minutes = settings_service.get(session, "lock.idle_minutes")
    ops = Ops(store)
    return MainWindow(
        ops,
        lambda path, passphrase: Store.open(path, passphrase, clock=store.clock),
        lock_minutes=minutes,
        banner=banner,
    )


def obtain_store(args: argparse.Namespace) -> tuple[object, str] | None:
    """The open store and a banner line, after the create or unlock dialog; None if the user cancelled."""
    from dpo_desk.paths import default_store_path, demo_store_path
    from dpo_desk.store import Store

    env_passphrase = os.environ.get("DPO_DESK_PASSPHRASE")
    if args.demo:
        from dpo_desk.demo import DEMO_PASSPHRASE

        path = Path(args.store).expanduser() if args.store else demo_store_path()
        if not path.exists():
            create_demo_store(path)
        from dpo_desk.ui.i18n import translate

        banner = translate("App", "Fictional demo data — this store's passphrase is “{0}”. File: {1}").format(
            DEMO_PASSPHRASE, path
        )
        return Store.open(path, DEMO_PASSPHRASE), banner
    path = Path(args.store).expanduser() if args.store else default_store_path()
    if not path.exists():
        return _create_with_dialog(path)
    error = ""
    if env_passphrase is not None:
        try:
            return Store.open(path, env_passphrase), ""
        except WrongPassphrase as wrong:
            error = str(wrong)
    return _unlock_with_dialog(path, error)


def create_demo_store(path: Path) -> None:
    from dpo_desk import demo
    from dpo_desk.store import Store

    store = Store.create(path, demo.DEMO_PASSPHRASE)
    try:
        with store.write() as session:
            demo.populate(session)
    finally:
        store.close()


def _create_with_dialog(path: Path) -> tuple[object, str] | None:
    from dpo_desk.store import Store
    from dpo_desk.ui.dialogs.passphrase import CreateStoreDialog

    dialog = CreateStoreDialog(path)
    while dialog.exec():
        try:
            return Store.create(dialog.path, dialog.passphrase), ""
        except DpoDeskError as error:
            dialog.problem.setText(str(error))
    return None


def _unlock_with_dialog(path: Path, error: str = "") -> tuple[object, str] | None:
    from dpo_desk.store import Store
    from dpo_desk.ui.dialogs.passphrase import UnlockDialog

    while True:
        dialog = UnlockDialog(path, error=error)
        if not dialog.exec():
            return None
        try:
            return Store.open(path, dialog.passphrase), ""
        except WrongPassphrase as wrong:
            error = str(wrong)
