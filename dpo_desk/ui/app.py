"""Starting the window: arguments, the display check, the create or unlock dialog, then the main window."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from dpo_desk.errors import DpoDeskError, InvalidInput, WrongPassphrase

SCREENSHOT_SIZE = (1440, 900)
T = TypeVar("T")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from dpo_desk.ui.pages import PAGE_KEYS

    parser = argparse.ArgumentParser(prog="main.py", description="Open the DPO Desk window.")
    parser.add_argument("--store", metavar="PATH", help="the store to open (created if it does not exist)")
    parser.add_argument("--demo", action="store_true", help="open the fictional demo store (made on first use)")
    parser.add_argument("--page", choices=PAGE_KEYS, help="the page to show first")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="the window's language for this run")
    parser.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG (1440×900) and exit")
    parser.add_argument("--size", metavar="WxH", type=_size, help="the window's size for --screenshot (e.g. 1280x800)")
    parser.add_argument(
        "--first-paint",
        action="store_true",
        help="print the monotonic clock when the first page has painted (for the benchmark), then exit",
    )
    return parser.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x800") from None
    return width, height


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
    app.setDesktopFileName("dpo-desk")
    if args.screenshot or args.first_paint:
        _forget_window_memory()
    from dpo_desk.ui.look import follow_color_scheme

    follow_color_scheme(app)
    from dpo_desk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    try:
        opened = obtain_store(args)
    except DpoDeskError as error:
        print(f"DPO Desk: {error}", file=sys.stderr)
        return 1
    if opened is None:
        return 0
    store, banner = opened
    window = build_window(store, banner, first_page=args.page)
    if args.first_paint:
        return _report_first_paint(app, window)
    if args.screenshot:
        window.resize(*(args.size or SCREENSHOT_SIZE))
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

    PrivateCopies().remove_stale()  # every temporary folder (viewer copies, print previews) a crash left
    window.daily_backup()
    window.show()
    code = app.exec()
    window.ops.store.close()
    return code


def _forget_window_memory() -> None:
    """A screenshot or a timing run starts from the defaults and leaves the user's remembered window alone."""
    import atexit
    import shutil
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="dpo-desk-window-")
    atexit.register(shutil.rmtree, folder, True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def _report_first_paint(app: object, window: object) -> int:
    """Show the window, print `time.monotonic()` when its page has first painted, and quit.

    The monotonic clock is the machine's, shared by every process, so the benchmark subtracts the
    moment it started this process. A measure of elapsed time, not a "now" of the domain.
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    page = window.current_page()  # type: ignore[attr-defined]

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is page:
                print(f"first-paint {time.monotonic():.6f}", flush=True)
                page.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
            return False

    watcher = FirstPaint()
    page.installEventFilter(watcher)
    window.show()  # type: ignore[attr-defined]
    app.exec()  # type: ignore[attr-defined]
    window.ops.wait_idle()  # type: ignore[attr-defined]
    print(f"loaded {time.monotonic():.6f}", flush=True)
    window.close()  # type: ignore[attr-defined]
    window.ops.store.close()  # type: ignore[attr-defined]
    return 0


def build_window(store: object, banner: str = "", first_page: str | None = None):

    from dpo_desk.services import settings as settings_service
    from dpo_desk.services.store_lifecycle import open_store
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.ops import Ops

    with store.read() as session:  # type: ignore[attr-defined]
        minutes = settings_service.get(session, "lock.idle_minutes")
    ops = Ops(store)
    return MainWindow(
        ops,
        lambda path, passphrase: open_store(path, passphrase, clock=store.clock),  # type: ignore[attr-defined]
        lock_minutes=minutes,
        banner=banner,
        first_page=first_page,
    )


def obtain_store(args: argparse.Namespace) -> tuple[object, str] | None:
    """The open store and a banner line, after the create or unlock dialog; None if the user cancelled."""

    from dpo_desk.paths import default_store_path, demo_store_path
    from dpo_desk.services.store_lifecycle import open_store
    from dpo_desk.services.team import is_server_url

    env_passphrase = os.environ.get("DPO_DESK_PASSPHRASE")
    if args.demo and is_server_url(args.store):  # else the URL would be taken for a file's name
        raise InvalidInput(
            "--demo",
            None,
            "makes a demo store file: give --store a file's path, or fill an empty server store with "
            "`dpo-desk --store URL demo` and open it without --demo",
        )
    if args.demo:
        from dpo_desk.demo import DEMO_PASSPHRASE

        path = Path(args.store).expanduser() if args.store else demo_store_path()
        if not path.exists():
            create_demo_store(path)
        from dpo_desk.ui.i18n import translate

        banner = translate("App", "Fictional demo data — this store's passphrase is “{0}”. File: {1}").format(
            DEMO_PASSPHRASE, path
        )
        return open_store(path, DEMO_PASSPHRASE), banner
    from dpo_desk.paths import STORE_ENV

    location = args.store or os.environ.get(STORE_ENV)
    if is_server_url(location):  # team mode: the password from the environment, libpq's, or asked
        try:
            return open_store(location, env_passphrase), ""
        except DpoDeskError as refused:
            from dpo_desk.ui.dialogs.passphrase import refusal_text

            return _unlock_with_dialog(location, refusal_text(refused))
    path = Path(args.store).expanduser() if args.store else default_store_path()
    if not path.exists():
        return _create_with_dialog(path)
    error = ""
    if env_passphrase is not None:
        try:
            return open_store(path, env_passphrase), ""
        except WrongPassphrase as wrong:
            from dpo_desk.ui.dialogs.passphrase import refusal_text

            error = refusal_text(wrong)
    return _unlock_with_dialog(path, error)


def create_demo_store(path: Path) -> None:

    from dpo_desk import demo
    from dpo_desk.services.store_lifecycle import create_store

    store = create_store(path, demo.DEMO_PASSPHRASE)
    try:
        with store.write() as session:
            demo.populate(session)
    finally:
        store.close()


def _create_with_dialog(path: Path) -> tuple[object, str] | None:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from dpo_desk.services.store_lifecycle import create_store
    from dpo_desk.ui.dialogs.passphrase import CreateStoreDialog, refusal_text

    dialog = CreateStoreDialog(path)
    while dialog.exec():
        try:
            return with_progress(
                partial(create_store, dialog.path, dialog.passphrase), QT_TRANSLATE_NOOP("App", "Creating the store…")
            ), ""
        except DpoDeskError as error:
            dialog.problem.setText(refusal_text(error))
    return None


def _unlock_with_dialog(path: Path | str, error: str = "") -> tuple[object, str] | None:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from dpo_desk.services.store_lifecycle import open_store
    from dpo_desk.services.team import display, is_server_url
    from dpo_desk.ui.dialogs.passphrase import UnlockDialog, refusal_text

    server = is_server_url(path)
    refusals: tuple[type[BaseException], ...] = (DpoDeskError,) if server else (WrongPassphrase,)
    while True:
        dialog = UnlockDialog(display(str(path)) if server else path, error=error)  # type: ignore[arg-type]
        if not dialog.exec():
            return None
        try:
            return with_progress(
                partial(open_store, path, dialog.passphrase), QT_TRANSLATE_NOOP("App", "Opening the store…")
            ), ""
        except refusals as wrong:
            error = refusal_text(wrong)


def with_progress(work: Callable[[], T], label: str) -> T:
    """Run `work` (a key derivation: a second or so) on a thread while a busy bar says what is happening.

    `label` is translated in the "App" context (callers mark it with QT_TRANSLATE_NOOP). The answer, or
    the error, is handed back as if `work` had run here.
    """
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt
    from PySide6.QtWidgets import QProgressDialog

    box = QProgressDialog(QCoreApplication.translate("App", label), "", 0, 0)
    box.setWindowTitle(QCoreApplication.translate("App", "DPO Desk"))
    box.setCancelButton(None)  # a key derivation cannot be stopped halfway
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setMinimumDuration(0)
    box.show()
    loop = QEventLoop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(work)
        # called on the worker thread: a queued call is the thread-safe way to end the GUI thread's loop
        future.add_done_callback(
            lambda _done: QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
        )
        if not future.done():
            loop.exec()
    box.close()
    return future.result()
