"""What the GUI thread does during a keystroke, and what the reading thread does meanwhile.

    donors.py profile DB [--no-count] [--paints] [--switch MS] [--no-app-filter]
                         [--pyinstrument]

types the donors probe's 32 keystrokes into LibDesk's donors list over DB and prints, for the
slowest frames, what ran on the GUI thread (below), the reads that overlapped the frame (wall
and CPU time of the reading thread), the model's signals around it and, with ``--paints``,
which widgets painted and how much of them. ``--no-count`` times the frames without the
profile hook (it slows every Python call); ``--switch`` sets ``sys.setswitchinterval``;
``--no-app-filter`` takes the idle watch's application event filter away; ``--pyinstrument``
samples the GUI thread during the frames. What the reading thread does holding the
interpreter lock: ``py-spy record --gil --threads --pid PID`` beside it (``pip install
py-spy``).

``EntryCounter`` counts every call from Qt into Python on the thread it was started on (a
call at depth 0 of ``sys.setprofile``): each one has to take the interpreter lock, and while
another thread holds it, each waits up to ``sys.getswitchinterval()`` (5 ms by default).
Per keystroke it records the frame's wall time, the GUI thread's own CPU time, the calls by
name and how long the thread spent outside Python between them (Qt's C++ work plus waiting
for the lock).

``LockWatch`` measures the lock itself: a helper thread that asks for it every millisecond
and records how long each request waited (what the GUI thread would wait on entering Python).
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter


class EntryCounter:
    """Counts calls from C into Python on the current thread (``start`` … ``stop``): a
    Python call made while the innermost active function is a C one (``processEvents``,
    ``sendEvent``, a signal's ``emit``…)."""

    def __init__(self) -> None:
        self.stack: list[tuple[bool, float]] = []  # (is C, entered at)
        self.calls: Counter[str] = Counter()
        self.python_s = 0.0       # time inside Python calls entered from Qt

    def _profile(self, frame, event, _arg) -> None:
        stack = self.stack
        if event == "call":
            from_c = not stack or stack[-1][0]
            if from_c:
                code = frame.f_code
                self.calls[f"{code.co_name} ({code.co_filename.rsplit('/', 1)[-1]})"] += 1
            stack.append((False, time.perf_counter() if from_c else 0.0))
        elif event == "c_call":
            stack.append((True, 0.0))
        elif stack:  # return, c_return, c_exception
            is_c, entered = stack.pop()
            if not is_c and entered:
                self.python_s += time.perf_counter() - entered

    def start(self) -> None:
        self.stack = [(True, 0.0)]
        self.calls.clear()
        self.python_s = 0.0
        sys.setprofile(self._profile)

    def stop(self) -> dict:
        sys.setprofile(None)
        return {"entries": sum(self.calls.values()), "python_ms": self.python_s * 1000,
                "calls": dict(self.calls.most_common(12))}


class LockWatch:
    """A thread that wakes every millisecond and notes how long taking the GIL took."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            asked = time.perf_counter()
            time.sleep(0.001)   # releases the lock; coming back takes it again
            self.waits.append(time.perf_counter() - asked - 0.001)

    def start(self) -> "LockWatch":
        self._thread.start()
        return self

    def take(self) -> list[float]:
        waits, self.waits = self.waits, []
        return waits

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


class ReadLog:
    """Wraps the table loader's jobs: each read's wall and CPU time on its thread."""

    def __init__(self) -> None:
        self.reads: list[dict] = []

    def install(self) -> None:
        from libdesk.ui.common import row_loader

        log, run = self, row_loader._Job.run

        def timed(job) -> None:
            wall, cpu = time.perf_counter(), time.thread_time()
            run(job)
            log.reads.append({"slot": str(job._slot[1:]), "start": wall,
                              "end": time.perf_counter(),
                              "wall_ms": (time.perf_counter() - wall) * 1000,
                              "cpu_ms": (time.thread_time() - cpu) * 1000})

        row_loader._Job.run = timed

    def between(self, start: float, end: float) -> list[dict]:
        """The reads that ran during start … end (finished by then)."""
        return [dict(r, start_ms=(r["start"] - start) * 1000, end_ms=(r["end"] - start) * 1000)
                for r in self.reads if r["start"] <= end and r["end"] >= start]


class PaintLog:
    """Which widgets paint (an application event filter: itself a call into Python per
    event, so only for finding out what repaints, not for timing)."""

    def __init__(self, application) -> None:
        from PySide6.QtCore import QEvent, QObject

        log = self
        self.seen: list[str] = []

        class _Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    parent = watched.parent()
                    rect = event.rect()
                    log.seen.append(f"{type(watched).__name__}:{watched.objectName()}"
                                    f"<{type(parent).__name__}:{parent.objectName()} "
                                    f"{rect.width()}x{rect.height()}")
                return False

        self._filter = _Filter()
        application.installEventFilter(self._filter)


def profile(database: str, options: list[str]) -> dict:
    """Type the donors probe's searches with the GUI thread instrumented."""
    from PySide6.QtWidgets import QApplication

    from donors import SEARCHES, _type, _wait_for
    from paint import PaintWatch

    if "--switch" in options:
        sys.setswitchinterval(float(options[options.index("--switch") + 1]) / 1000)
    reads = ReadLog()
    reads.install()
    from libdesk.app import build_main_window, create_application, open_services_or_explain

    application = create_application(sys.argv[:1])
    services = open_services_or_explain(database)
    window = build_main_window(services)
    if "--no-app-filter" in options and getattr(window, "safety", None) is not None:
        application.removeEventFilter(window.safety)
    window.show()
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)
    view = tab.donors.view
    watch = PaintWatch(view.viewport(), lambda: view.model().rowCount() > 0)
    window.show_tab("donations")
    watch.wait(after=0)
    edit, model = tab.donors.filter_edit, view.model()
    edit.setFocus()
    box = PaintWatch(edit)
    arrived = {"n": 0, "paints": 0}

    def _loaded() -> None:  # as the donors probe: the rows' own repaint comes after this
        arrived["n"] += 1
        arrived["paints"] = watch.painted

    model.loaded.connect(_loaded)
    watch.condition = None
    signals: list[tuple[str, float]] = []
    for name in ("modelReset", "rowsInserted", "dataChanged", "layoutChanged", "counted"):
        getattr(model, name).connect(
            lambda *_a, n=name: signals.append((n, time.perf_counter())))
    counter, lock = EntryCounter(), LockWatch().start()
    paints = PaintLog(application) if "--paints" in options else None
    sampler, counting = None, "--no-count" not in options
    if "--pyinstrument" in options:
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.0005)
    keystrokes = []
    for text in SEARCHES:
        for char in text:
            before_box, before_rows = box.painted, arrived["n"]
            lock.take()
            started, cpu = time.perf_counter(), time.thread_time()
            if sampler is not None:
                sampler.start()
            if paints is not None:
                paints.seen.clear()
            if counting:
                counter.start()
            _type(edit, char)
            box.wait(after=before_box)
            entry = counter.stop() if counting else {}
            if sampler is not None:
                sampler.stop()
            ended = time.perf_counter()
            waits = lock.take()
            entry.update(char=char, frame_ms=(ended - started) * 1000,
                         gui_cpu_ms=(time.thread_time() - cpu) * 1000,
                         lock_wait_max_ms=max(waits, default=0) * 1000,
                         reads=[{k: round(v, 1) if isinstance(v, float) else v
                                 for k, v in r.items() if k not in ("start", "end")}
                                for r in reads.between(started, ended)])
            if paints is not None:
                entry["paints"] = dict(Counter(paints.seen))
            entry["signals"] = [(n, round((t - started) * 1000, 1)) for n, t in signals
                                if t >= started - 0.05]
            keystrokes.append(entry)
            _wait_for(lambda: arrived["n"] > before_rows)
            watch.wait(after=arrived["paints"])
        edit.clear()
        _wait_for(lambda: not model.counting and arrived["n"] > 0)
    lock.stop()
    result = {"switch_ms": sys.getswitchinterval() * 1000, "keystrokes": keystrokes}
    if sampler is not None:
        result["pyinstrument"] = sampler.output_text(unicode=True, color=False)
    window.hide()
    services.close()
    QApplication.instance().processEvents()
    return result


def summary(result: dict, slowest: int = 6) -> str:
    """The frames' p95 and median, and the slowest frames with what ran in them."""
    keys = result["keystrokes"]
    frames = sorted(k["frame_ms"] for k in keys)
    lines = [f"switch interval {result['switch_ms']:.1f} ms; frame p95 "
             f"{frames[min(len(frames) - 1, round(0.95 * (len(frames) - 1)))]:.1f} ms, median "
             f"{frames[len(frames) // 2]:.1f} ms over {len(frames)} keystrokes"]
    for k in sorted(keys, key=lambda k: -k["frame_ms"])[:slowest]:
        lines.append(f"{k['char']}: frame {k['frame_ms']:.1f} ms, GUI CPU {k['gui_cpu_ms']:.1f}"
                     f" ms, calls into Python {k.get('entries', '-')}, longest wait for the "
                     f"lock {k['lock_wait_max_ms']:.1f} ms")
        for key in ("calls", "reads", "signals", "paints"):
            if k.get(key):
                lines.append(f"    {key}: {k[key]}")
    if "pyinstrument" in result:
        lines.append(result["pyinstrument"])
    return "\n".join(lines)


if __name__ == "__main__":
    import json

    outcome = profile(sys.argv[1], sys.argv[2:])
    print(summary(outcome), file=sys.stderr, flush=True)
    print(json.dumps(outcome, ensure_ascii=False), flush=True)
