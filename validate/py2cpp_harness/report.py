"""The results: a table for people (stdout) and a JSON report for tools.

JSON report (schema_version 1):
{
  "schema_version": 1, "status": "pass" | "mismatch" | "transpile failed" | "build failed" | "run failed",
  "input": "...", "module": "...", "work_dir": "...", "py2cpp": "...", "target": null,
  "signatures": ["f(float64[:], float)", ...],
  "steps": {"transpile": {"command": [...], "returncode": 0, "seconds": 0.4, "stderr": "..."}, "build": {...},
            "host build": {...}},
  "machines": [{"label": "aarch64", "binary": ".../build-aarch64/f", "bytes": 2823040,
                "runner": ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"], "startup_peak_rss_kib": 17288,
                "peak_rss_kib": 18604, "call_seconds": 0.05},
               {"label": "host", ...}],         (the target's first; "host" beside a cross target)
  "runs": [{
      "index": 1, "call": "f(a, 2.0)", "where": "f.py:3", "signature": "f(float64[:], float)",
      "arguments": {"a": "run1/args/a.npy", "x": "2.0"},
      "python": {"seconds": 0.001, "exception": null},
      "cpp": {"seconds": 0.0002, "process_seconds": 0.01, "peak_rss_kib": 18604, "returncode": 0, "exception": null,
              "stderr": ""},
      "host": {"seconds": 0.0001, "process_seconds": 0.003, "peak_rss_kib": 10580, "returncode": 0},  (cross only)
      "passed": true,
      "outputs": [{"path": "result[0]", "kind": "array", "dtype": "float64", "shape": [3],
                   "max_abs_err": 0.0, "max_rel_err": 0.0, "max_ulp": 0, "mismatches": 0, "count": 3,
                   "tolerance": {"rtol": 1e-12, "atol": 0.0, "max_ulp": null}, "passed": true, "note": ""}]
  }]
}
Non-finite floats are written as the strings "inf", "-inf", "nan" (JSON has no such numbers).
peak_rss_kib is the driver's own report (VmHWM): under qemu-user that is the emulator's process,
the guest program's memory included; startup_peak_rss_kib (the binary printing its usage) is the
fixed part, so the difference estimates what the runs themselves need.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any, Optional

from .sensitivity import FLOOR_ULP
from .tool import Completed

SCHEMA_VERSION = 1


@dataclasses.dataclass
class Context:
    options: Any
    spec: Any
    work: Path
    signatures: list[str]
    steps: dict[str, Completed] = dataclasses.field(default_factory=dict)
    machines: list = dataclasses.field(default_factory=list)  # validation.Machine: the target's, then the host's


# ---- JSON ----------------------------------------------------------------------------------------

def build_report(context: Context, outcomes: list, status: str) -> dict[str, Any]:
    options = context.options
    return {
        "schema_version": SCHEMA_VERSION,
        "status": status,
        "input": str(options.target),
        "module": str(context.spec.module),
        "work_dir": str(context.work),
        "py2cpp": options.py2cpp,
        "target": options.build_target,
        "signatures": context.signatures,
        "steps": {name: _step(completed) for name, completed in context.steps.items()},
        "machines": [_machine(machine, runs) for machine, runs in _machine_runs(context, outcomes)],
        "runs": [_run(outcome) for outcome in outcomes],
    }


def _machine_runs(context: Context, outcomes: list) -> list[tuple[Any, list]]:
    """Each machine with the driver runs it made (the target's are the compared ones)."""
    return [(machine, [o.driver if k == 0 else o.host for o in outcomes])
            for k, machine in enumerate(context.machines)]


def _machine(machine, runs: list) -> dict[str, Any]:
    return {"label": machine.label, "binary": str(machine.binary), "bytes": _size(machine.binary),
            "runner": machine.runner,
            "startup_peak_rss_kib": machine.startup_rss_kib, "peak_rss_kib": _peak_rss(runs),
            "call_seconds": _total_seconds(runs)}


def _size(path: Path) -> Optional[int]:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _peak_rss(runs: list) -> Optional[int]:
    values = [run.peak_rss_kib for run in runs if run is not None and run.peak_rss_kib is not None]
    return max(values) if values else None


def _total_seconds(runs: list) -> Optional[float]:
    values = [run.call_seconds for run in runs if run is not None and run.call_seconds is not None]
    return sum(values) if values else None


def _step(completed: Completed) -> dict[str, Any]:
    return {"command": completed.command, "returncode": completed.returncode, "seconds": completed.seconds,
            "stdout": completed.stdout, "stderr": completed.stderr}


def _run(outcome) -> dict[str, Any]:
    run = outcome.run
    arguments = dict(zip(run.params, run.driver_args))
    data = {
        "index": run.index, "call": run.spec.call.text, "where": run.where, "signature": run.signature,
        "arguments": arguments,
        "python": {"seconds": run.python_seconds,
                   "exception": _exception(run.python_exception)},
        "cpp": None,
        "passed": outcome.passed,
        "outputs": [_output(row) for row in outcome.rows],
        "sensitivity": _sensitivity(run),
    }
    if outcome.driver is not None:
        driver = outcome.driver
        data["cpp"] = {"seconds": driver.call_seconds, "process_seconds": driver.completed.seconds,
                       "peak_rss_kib": driver.peak_rss_kib,
                       "returncode": driver.completed.returncode, "timed_out": driver.completed.timed_out,
                       "exception": _exception(driver.exception), "stderr": driver.stderr,
                       "command": driver.completed.command}
    if outcome.host is not None:
        host = outcome.host
        data["host"] = {"seconds": host.call_seconds, "process_seconds": host.completed.seconds,
                        "peak_rss_kib": host.peak_rss_kib, "returncode": host.completed.returncode}
    return data


def _sensitivity(run) -> Optional[dict[str, Any]]:
    measured = getattr(run, "sensitivity", None)
    if measured is None:
        return None
    return {"variants": measured.variants, "notes": measured.notes}


def _exception(exception) -> Optional[dict[str, str]]:
    return None if exception is None else {"type": exception.type, "message": exception.message}


def _tolerance(tolerance) -> Optional[dict[str, Any]]:
    if tolerance is None:
        return None
    if tolerance.auto:
        return {"auto": True, "multiple": tolerance.multiple, "floor_ulp": FLOOR_ULP}
    return {"rtol": tolerance.rtol, "atol": tolerance.atol, "max_ulp": tolerance.max_ulp}


def _output(row) -> dict[str, Any]:
    tolerance = _tolerance(row.tolerance)
    return {"path": row.path, "kind": row.kind, "dtype": row.dtype,
            "shape": list(row.shape) if row.shape is not None else None,
            "max_abs_err": row.max_abs, "max_rel_err": row.max_rel, "max_ulp": row.max_ulp,
            "mismatches": row.mismatches, "count": row.count, "tolerance": tolerance,
            "sensitivity_ratio": row.sensitivity_ratio, "passed": row.passed, "note": row.note}


def json_safe(value):
    """Non-finite floats as strings, NumPy scalars as Python ones, recursively."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)) and getattr(value, "ndim", None) == 0:
        value = value.item()  # np.bool_, np.float64, ... (e.g. an expected result that is a NumPy scalar)
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    return value


def write_json(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(json_safe(data), indent=2, allow_nan=False) + "\n", encoding="utf-8")


# ---- table ---------------------------------------------------------------------------------------

COLUMNS = ("run", "output", "dtype", "shape", "max abs err", "max rel err", "max ulp", "vs Python", "Python s", "C++ s",
           "result")


def format_figures(context: Context, outcomes: list) -> str:
    """Binary size, C++ time and peak RSS of each machine that ran (the target's, and the host's
    beside a cross target's), as a small table."""
    machines = _machine_runs(context, outcomes)
    if not machines:
        return ""
    header = ["figures"] + [m.label + (f" (under {Path(m.runner[0]).name})" if m.runner else "") for m, _ in machines]
    rows = [header,
            ["binary"] + [_bytes(_size(m.binary)) for m, _ in machines],
            ["C++ s, all runs"] + [_seconds(_total_seconds(runs)) for _, runs in machines],
            ["peak RSS"] + [_kib(_peak_rss(runs)) for _, runs in machines],
            ["RSS at startup"] + [_kib(m.startup_rss_kib) for m, _ in machines]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in rows]
    if any(m.runner for m, _ in machines):
        lines.append("(under an emulator the RSS is the emulator's process, guest memory included; 'at startup' is the "
                     "binary printing its usage, so peak - startup estimates what the runs need)")
    return "\n".join(lines) + "\n"


def _bytes(value: Optional[int]) -> str:
    if value is None:
        return "-"
    if value < 1024:
        return f"{value} B"
    return f"{value / 1024:.0f} KiB" if value < 1 << 20 else f"{value / (1 << 20):.2f} MiB"


def _kib(value: Optional[int]) -> str:
    return "-" if value is None else _bytes(value * 1024)


def format_table(outcomes: list) -> str:
    """The runs (one legend line each), one table row per output, the notes of failed outputs and a
    summary line."""
    legend = [f"run {o.run.index}: {o.run.spec.call.text}  [{o.run.where}]  {o.run.signature}" for o in outcomes]
    rows, notes = [], []
    for outcome in outcomes:
        rows += _table_rows(outcome, notes)
    if not rows:
        return ""
    widths = [max(len(COLUMNS[i]), *(len(row[i]) for row in rows)) for i in range(len(COLUMNS))]
    lines = legend + ["", "  ".join(text.ljust(width) for text, width in zip(COLUMNS, widths)).rstrip(),
                      "  ".join("-" * width for width in widths)]
    lines += ["  ".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in rows]
    passed = sum(row[-1] == "PASS" for row in rows)
    summary = f"{passed}/{len(rows)} outputs passed in {len(outcomes)} run(s)"
    if any(row[7] != "-" for row in rows):
        summary += ("\n'vs Python': the largest C++ - Python difference over Python's own sensitivity (its spread under "
                    "inputs moved by a few ulps and without NumPy's SIMD kernels), and the limit")
    for outcome in outcomes:
        measured = getattr(outcome.run, "sensitivity", None)
        for note in (measured.notes if measured else []):
            summary += f"\nrun {outcome.run.index} sensitivity: {note}"
    return "\n".join(lines + (["", "failures:"] + notes if notes else []) + ["", summary]) + "\n"


def _table_rows(outcome, notes: list[str]) -> list[tuple[str, ...]]:
    run = outcome.run
    python_s = _seconds(run.python_seconds)
    cpp_s = _seconds(outcome.driver.call_seconds) if outcome.driver else "-"
    if not outcome.rows:
        return [(str(run.index), "-", "-", "-", "-", "-", "-", "-", python_s, cpp_s, "NOT RUN")]
    result = []
    for i, row in enumerate(outcome.rows):
        shape = "x".join(str(d) for d in row.shape) if row.shape else ("()" if row.shape == () else "-")
        times = (python_s, cpp_s) if i == 0 else ("", "")
        result.append((str(run.index), row.path, row.dtype or row.kind, shape, _number(row.max_abs),
                       _number(row.max_rel), "-" if row.max_ulp is None else str(row.max_ulp),
                       _versus_python(row), *times, "PASS" if row.passed else "FAIL"))
        if row.note and not row.passed:
            notes.append(f"  run {run.index} {row.path}: {row.note}")
    return result


def _versus_python(row) -> str:
    """Auto tolerance: how many times Python's own sensitivity the C++ differs by (limit: the multiple)."""
    if row.sensitivity_ratio is None or row.tolerance is None or not row.tolerance.auto:
        return "-"
    return f"{row.sensitivity_ratio:.2g}x/{row.tolerance.multiple:g}x"


def _number(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.3g}"


def _seconds(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.6f}"


# ---- history -------------------------------------------------------------------------------------

def record_history(data: dict[str, Any], directory: Path) -> None:
    """--history DIR: keeps this report as DIR/<n>-<status>.json (n counts up) and prints, per
    output, what changed since the previous report of the same input (worse, better, fixed...)."""
    directory.mkdir(parents=True, exist_ok=True)
    previous = sorted(directory.glob("[0-9]*-*.json"), key=lambda p: int(p.name.split("-", 1)[0]))
    earlier = None
    for path in reversed(previous):
        try:
            candidate = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if candidate.get("input") == data.get("input"):
            earlier = (path, candidate)
            break
    number = int(previous[-1].name.split("-", 1)[0]) + 1 if previous else 1
    target = directory / f"{number:04d}-{data['status'].replace(' ', '_')}.json"
    write_json(data, target)
    print(f"\nhistory: report kept as {target}")
    if earlier is None:
        print("history: no earlier report of this input to compare with")
        return
    changes = compare_reports(earlier[1], data)
    print(f"history: against {earlier[0].name}: " + ("no change in any output's status or accuracy" if not changes else ""))
    for line in changes:
        print(f"  {line}")


def compare_reports(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per output whose pass/fail, max ulp, max relative error or sensitivity ratio moved."""
    def outputs(report):
        return {(run.get("call"), out.get("path")): out for run in report.get("runs", []) for out in run.get("outputs", [])}
    old, new = outputs(before), outputs(after)
    lines = []
    for key in sorted(set(old) | set(new), key=str):
        call, path = key
        if key not in old:
            lines.append(f"{call} {path}: new output ({'PASS' if new[key].get('passed') else 'FAIL'})")
            continue
        if key not in new:
            lines.append(f"{call} {path}: no longer reported")
            continue
        a, b = old[key], new[key]
        parts = []
        if a.get("passed") != b.get("passed"):
            parts.append(f"{'PASS' if a.get('passed') else 'FAIL'} -> {'PASS' if b.get('passed') else 'FAIL'}")
        for field, label in (("max_ulp", "max ulp"), ("max_rel_err", "max rel err"), ("sensitivity_ratio", "vs Python")):
            x, y = a.get(field), b.get(field)
            if isinstance(x, (int, float)) and isinstance(y, (int, float)) and x != y:
                trend = "worse" if y > x else "better"
                parts.append(f"{label} {_number(float(x))} -> {_number(float(y))} ({trend})")
        if parts:
            lines.append(f"{call} {path}: " + "; ".join(parts))
    return lines
