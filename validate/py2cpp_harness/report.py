"""The results: a table for people (stdout) and a JSON report for tools.

JSON report (schema_version 1):
{
  "schema_version": 1, "status": "pass" | "mismatch" | "transpile failed" | "build failed",
  "input": "...", "module": "...", "work_dir": "...", "py2cpp": "...", "target": null,
  "signatures": ["f(float64[:], float)", ...],
  "steps": {"transpile": {"command": [...], "returncode": 0, "seconds": 0.4, "stderr": "..."}, "build": {...}},
  "runs": [{
      "index": 1, "call": "f(a, 2.0)", "where": "f.py:3", "signature": "f(float64[:], float)",
      "arguments": {"a": "run1/args/a.npy", "x": "2.0"},
      "python": {"seconds": 0.001, "exception": null},
      "cpp": {"seconds": 0.0002, "process_seconds": 0.01, "returncode": 0, "exception": null, "stderr": ""},
      "passed": true,
      "outputs": [{"path": "result[0]", "kind": "array", "dtype": "float64", "shape": [3],
                   "max_abs_err": 0.0, "max_rel_err": 0.0, "max_ulp": 0, "mismatches": 0, "count": 3,
                   "tolerance": {"rtol": 1e-12, "atol": 0.0, "max_ulp": null}, "passed": true, "note": ""}]
  }]
}
Non-finite floats are written as the strings "inf", "-inf", "nan" (JSON has no such numbers).
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any, Optional

from .tool import Completed

SCHEMA_VERSION = 1


@dataclasses.dataclass
class Context:
    options: Any
    spec: Any
    work: Path
    signatures: list[str]
    steps: dict[str, Completed] = dataclasses.field(default_factory=dict)


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
        "runs": [_run(outcome) for outcome in outcomes],
    }


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
    }
    if outcome.driver is not None:
        driver = outcome.driver
        data["cpp"] = {"seconds": driver.call_seconds, "process_seconds": driver.completed.seconds,
                       "returncode": driver.completed.returncode, "timed_out": driver.completed.timed_out,
                       "exception": _exception(driver.exception), "stderr": driver.stderr,
                       "command": driver.completed.command}
    return data


def _exception(exception) -> Optional[dict[str, str]]:
    return None if exception is None else {"type": exception.type, "message": exception.message}


def _output(row) -> dict[str, Any]:
    tolerance = dataclasses.asdict(row.tolerance) if row.tolerance else None
    return {"path": row.path, "kind": row.kind, "dtype": row.dtype,
            "shape": list(row.shape) if row.shape is not None else None,
            "max_abs_err": row.max_abs, "max_rel_err": row.max_rel, "max_ulp": row.max_ulp,
            "mismatches": row.mismatches, "count": row.count, "tolerance": tolerance,
            "passed": row.passed, "note": row.note}


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

COLUMNS = ("run", "output", "dtype", "shape", "max abs err", "max rel err", "max ulp", "Python s", "C++ s", "result")


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
    return "\n".join(lines + (["", "failures:"] + notes if notes else []) + ["", summary]) + "\n"


def _table_rows(outcome, notes: list[str]) -> list[tuple[str, ...]]:
    run = outcome.run
    python_s = _seconds(run.python_seconds)
    cpp_s = _seconds(outcome.driver.call_seconds) if outcome.driver else "-"
    if not outcome.rows:
        return [(str(run.index), "-", "-", "-", "-", "-", "-", python_s, cpp_s, "NOT RUN")]
    result = []
    for i, row in enumerate(outcome.rows):
        shape = "x".join(str(d) for d in row.shape) if row.shape else ("()" if row.shape == () else "-")
        times = (python_s, cpp_s) if i == 0 else ("", "")
        result.append((str(run.index), row.path, row.dtype or row.kind, shape, _number(row.max_abs),
                       _number(row.max_rel), "-" if row.max_ulp is None else str(row.max_ulp),
                       *times, "PASS" if row.passed else "FAIL"))
        if row.note and not row.passed:
            notes.append(f"  run {run.index} {row.path}: {row.note}")
    return result


def _number(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.3g}"


def _seconds(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.6f}"
