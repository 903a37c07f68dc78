"""Run in a subprocess per size: the window offscreen, the requests table's first page, a search keystroke, memory,
and the longest the GUI thread kept its event loop from running while all that happened and every page was shown.

Prints one JSON document on standard output. A process of its own per size, so the memory figure
is the window's after showing that store's table, not what an earlier size left behind.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from typing import Any


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _until_loaded(window: Any, model: Any) -> None:
    """Until the page asked for has arrived (the count goes first on the same worker, so it is included).

    An event loop that quits on the model's signal, so the figure has no polling interval in it.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if not model.loading:
        return
    loop = QEventLoop()
    model.rows_did_load.connect(loop.quit)
    window.ops.error_did_happen.connect(loop.quit)
    QTimer.singleShot(300_000, loop.quit)
    try:
        if model.loading:
            loop.exec()
    finally:
        model.rows_did_load.disconnect(loop.quit)
        window.ops.error_did_happen.disconnect(loop.quit)
    if model.loading:
        raise TimeoutError("the requests table did not load")


class StallWatch:
    """The longest gap between the ticks of a 5 ms timer: how long the GUI thread kept the event loop busy.

    A person feels such a gap as a window that does not answer (a click, a keystroke, a repaint waits); the
    phase names what the window was doing when the longest gap ended.
    """

    TICK_MS = 5

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.phase = ""
        self.longest_s = 0.0
        self.longest_in = ""
        self.gaps: list[float] = []
        self.longest_by_phase: dict[str, float] = {}
        self._last = 0.0

    def start(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last - self.TICK_MS / 1000
        self._last = now
        self.gaps.append(gap)
        self.longest_by_phase[self.phase] = max(gap, self.longest_by_phase.get(self.phase, 0.0))
        if gap > self.longest_s:
            self.longest_s, self.longest_in = gap, self.phase

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


def _settle(window: Any, at_least_s: float) -> None:
    """Run the event loop until the window's background work has answered and `at_least_s` has passed.

    Not `wait_loaded()`: that blocks the GUI thread on the workers, which the stall watch would count.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.perf_counter()

    def check() -> None:
        waited = time.perf_counter() - started
        if (waited >= at_least_s and not window.ops.busy) or waited > 300:
            loop.quit()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


def main(path: str, repeat: int, terms: list[str]) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dpo_desk.store import Store
    from dpo_desk.ui.app import build_window

    app = QApplication.instance() or QApplication(["benchmark"])
    result: dict[str, Any] = {"rss_start_kib": rss_kib()}
    store = Store.open(path, os.environ["DPO_DESK_PASSPHRASE"])
    window = build_window(store, first_page="home")
    window.resize(1440, 900)
    window.show()
    window.wait_loaded()
    watch = StallWatch()
    watch.start("requests page first shown")
    started = time.perf_counter()
    window.show_page("requests")  # built when first shown
    page = window.pages["requests"]
    if not hasattr(page, "model"):
        return {"skipped": "the requests page has no table yet"}
    _until_loaded(window, page.model)
    result["first_show_s"] = time.perf_counter() - started
    result["rss_after_table_kib"] = rss_kib()
    firsts = []
    watch.phase = "requests reloaded"
    for _ in range(repeat):
        started = time.perf_counter()
        page.model.reload()
        _until_loaded(window, page.model)
        firsts.append(time.perf_counter() - started)
    result["first_page_s"] = statistics.median(firsts)
    result["first_page_samples"] = firsts
    result["rows_shown"] = page.model.rowCount()
    if hasattr(page, "search") and hasattr(page, "apply_filters"):
        keystrokes = []
        watch.phase = "quick search"
        for _ in range(repeat):
            for term in terms:
                page.search.setText(term)
                started = time.perf_counter()
                page.apply_filters()
                _until_loaded(window, page.model)
                keystrokes.append(time.perf_counter() - started)
        page.search.setText("")
        result["search_keystroke_s"] = statistics.median(keystrokes)
        result["search_samples"] = keystrokes
    from dpo_desk.ui.pages import PAGE_KEYS

    for key in PAGE_KEYS:
        watch.phase = f"{key} page shown" if key in window.pages else f"{key} page first shown"
        window.show_page(key)
        _settle(window, 0.5)
    watch.stop()
    result["longest_stall_s"] = watch.longest_s
    result["longest_stall_in"] = watch.longest_in
    result["stalls_over_50_ms"] = sum(gap > 0.050 for gap in watch.gaps)
    result["longest_stall_by_phase_s"] = watch.longest_by_phase
    result["rss_end_kib"] = rss_kib()
    result["rss_peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    store.close()
    app.processEvents()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), sys.argv[3:])))
