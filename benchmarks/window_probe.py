"""Run in a subprocess per size: the window offscreen, the requests table's first page, a search keystroke, memory.

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
    started = time.perf_counter()
    window.show_page("requests")  # built when first shown
    page = window.pages["requests"]
    if not hasattr(page, "model"):
        return {"skipped": "the requests page has no table yet"}
    _until_loaded(window, page.model)
    result["first_show_s"] = time.perf_counter() - started
    result["rss_after_table_kib"] = rss_kib()
    firsts = []
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
    result["rss_end_kib"] = rss_kib()
    result["rss_peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    store.close()
    app.processEvents()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), sys.argv[3:])))
