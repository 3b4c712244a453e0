"""The HTML report: one self-contained file (plots embedded as PNG data) that a person reads.

Per run: the call, its signature, Python's and the C++'s time, and per output the error statistics
(max abs / rel error, max ulp, elements outside the tolerance, the tolerance, `vs Python` for the
auto tolerance), and for float outputs two plots (matplotlib, Agg backend):
  * a histogram of the per-element distance in ulps between the C++ and Python values (log2 bins:
    0, 1, 2-3, 4-7, ...);
  * the values along the array: for a vector or a matrix of at most 8 columns (a history of
    iterations, a trajectory) the Python values as lines and the C++ values dashed on top, on a log
    scale when every value is positive, so both histories are on one plot; otherwise the error
    |C++ - Python| along the flattened array.
Inputs are linked (relative links to the work directory's .npy files). Without matplotlib the page
has the statistics and says that plots need python3-matplotlib.
"""

from __future__ import annotations

import base64
import html
import io
import os
from pathlib import Path
from typing import Any, Optional

import numpy as np

from .compare import FLOAT_DTYPES, ulp_distance

MAX_PLOTTED_OUTPUTS = 60
MAX_LINE_COLUMNS = 8

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 75em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5em 0; } td, th { padding: 0.2em 0.7em; text-align: left; }
th { background: #f0f0f0; } tr:nth-child(even) td { background: #fafafa; }
.pass { color: #116611; font-weight: bold; } .fail { color: #aa1111; font-weight: bold; }
.output { display: inline-block; vertical-align: top; margin: 0.5em 1.5em 1em 0; }
code { background: #f4f4f4; padding: 0 0.2em; } .note { color: #555; }
"""


def _pyplot():
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        return plt
    except ImportError:
        return None


def _png(figure, plt) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _leaves(value, path="result"):
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _leaves(item, f"{path}[{i}]")
    else:
        yield path, value


def _float_pair(cpp, python) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """The C++ and Python values of a float output as arrays of one shape, or None."""
    if isinstance(python, np.ndarray):
        if python.dtype.name not in FLOAT_DTYPES or not isinstance(cpp, np.ndarray) or cpp.shape != python.shape \
                or cpp.dtype != python.dtype or python.size == 0:
            return None
        return cpp, python
    if isinstance(python, (float, np.floating)) and isinstance(cpp, (float, np.floating)) and not isinstance(python, bool):
        return np.array([float(cpp)]), np.array([float(python)])
    return None


def _histogram(cpp: np.ndarray, python: np.ndarray, plt) -> Optional[str]:
    finite = np.isfinite(cpp) & np.isfinite(python)
    if not finite.any():
        return None
    ulps = ulp_distance(cpp[finite].ravel(), python[finite].ravel()).astype(np.float64)
    edges = [0, 1, 2] + [2 ** k for k in range(2, 64) if 2 ** k <= max(4, ulps.max() * 2)]
    counts = [int(((ulps >= lo) & (ulps < hi)).sum()) for lo, hi in zip(edges[:-1], edges[1:])]
    labels = ["0" if lo == 0 else (str(lo) if hi - lo == 1 else (f"{lo}-{hi - 1}" if lo < 64 else f"2^{lo.bit_length() - 1}"))
              for lo, hi in zip(edges[:-1], edges[1:])]
    figure, axes = plt.subplots(figsize=(5, 2.6))
    axes.bar(range(len(counts)), counts, color="#4477aa")
    axes.set_xticks(range(len(counts)))
    axes.set_xticklabels(labels, rotation=60, fontsize=7)
    axes.set_xlabel("ulps between C++ and Python")
    axes.set_ylabel("elements")
    axes.set_title("per-element distance", fontsize=9)
    return _png(figure, plt)


def _along(cpp: np.ndarray, python: np.ndarray, plt) -> Optional[str]:
    figure, axes = plt.subplots(figsize=(5, 2.6))
    if python.ndim in (1, 2) and python.shape[0] > 1 and (python.ndim == 1 or python.shape[1] <= MAX_LINE_COLUMNS):
        p2 = python.reshape(python.shape[0], -1)
        c2 = cpp.reshape(cpp.shape[0], -1)
        positive = bool(np.all(np.isfinite(p2)) and np.all(p2 > 0))
        for j in range(p2.shape[1]):
            line, = axes.plot(p2[:, j], linewidth=1.5, label=f"Python[:, {j}]" if p2.shape[1] > 1 else "Python")
            axes.plot(c2[:, j], linestyle="--", linewidth=1.0, color="black",
                      label="C++" if j == 0 else None)
        if positive:
            axes.set_yscale("log")
        axes.set_xlabel("index")
        axes.set_title("values: Python (lines), C++ (dashed)", fontsize=9)
        axes.legend(fontsize=6)
    else:
        with np.errstate(invalid="ignore", over="ignore"):
            error = np.abs(cpp.astype(np.float64) - python.astype(np.float64)).ravel()
        error[~np.isfinite(error)] = np.nan
        if np.all(np.isnan(error)):
            plt.close(figure)
            return None
        axes.plot(error, linewidth=0.8, color="#aa3377")
        if np.nanmax(error) > 0:
            axes.set_yscale("log")
        axes.set_xlabel("flat index")
        axes.set_ylabel("|C++ - Python|")
        axes.set_title("error along the array", fontsize=9)
    return _png(figure, plt)


def _number(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}"
    return html.escape(str(value))


def _tolerance_text(tolerance) -> str:
    if tolerance is None:
        return "exact"
    if tolerance.auto:
        return f"auto: {tolerance.multiple:g}x Python's sensitivity"
    text = f"rtol {tolerance.rtol:g}, atol {tolerance.atol:g}"
    return text + (f", max ulp {tolerance.max_ulp}" if tolerance.max_ulp is not None else "")


def _link(path_text: str, base: Path) -> str:
    """A relative link to an input file when it exists, else the text."""
    path = Path(path_text)
    if path.suffix == ".npy" and path.exists():
        try:
            relative = os.path.relpath(path, base)
        except ValueError:
            relative = str(path)
        return f'<a href="{html.escape(relative)}"><code>{html.escape(path.name)}</code></a>'
    return f"<code>{html.escape(path_text)}</code>"


def render(context, outcomes: list, status: str, destination: Path) -> str:
    plt = _pyplot()
    options, spec = context.options, context.spec
    parts = [f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>py2cpp validation: {html.escape(spec.module.name)}</title>"
             f"<style>{_STYLE}</style></head><body>",
             f"<h1>py2cpp validation of <code>{html.escape(spec.module.name)}</code>: "
             f"<span class='{'pass' if status == 'pass' else 'fail'}'>{html.escape(status.upper())}</span></h1>",
             f"<p>input <code>{html.escape(str(options.target))}</code>; target "
             f"<code>{html.escape(options.build_target or 'host')}</code>; "
             f"{sum(o.passed for o in outcomes)}/{len(outcomes)} runs passed.</p>"]
    if plt is None:
        parts.append("<p class='note'>Plots need matplotlib (Debian: python3-matplotlib); statistics only.</p>")
    plotted = 0
    base = destination.parent
    for outcome in outcomes:
        run = outcome.run
        cpp_s = outcome.driver.call_seconds if outcome.driver is not None else None
        parts.append(f"<h2>run {run.index}: <code>{html.escape(run.spec.call.text)}</code> "
                     f"<span class='{'pass' if outcome.passed else 'fail'}'>{'PASS' if outcome.passed else 'FAIL'}</span></h2>")
        arguments = ", ".join(f"{html.escape(name)} = {_link(text, base)}" for name, text in zip(run.params, run.driver_args))
        parts.append(f"<p><code>{html.escape(run.signature)}</code> at {html.escape(run.where)}<br>"
                     f"arguments: {arguments or '(none)'}<br>Python {_number(run.python_seconds)} s, "
                     f"C++ {_number(cpp_s)} s</p>")
        measured = getattr(run, "sensitivity", None)
        if measured is not None:
            notes = "; ".join(html.escape(n) for n in measured.notes)
            parts.append(f"<p class='note'>auto tolerance: Python's sensitivity from {measured.variants} variant call(s)"
                         f"{': ' + notes if notes else ''}</p>")
        parts.append("<table><tr><th>output</th><th>dtype</th><th>shape</th><th>max abs err</th><th>max rel err</th>"
                     "<th>max ulp</th><th>outside</th><th>tolerance</th><th>vs Python</th><th>result</th></tr>")
        for row in outcome.rows:
            shape = "x".join(str(d) for d in row.shape) if row.shape else "-"
            versus = f"{row.sensitivity_ratio:.2g}x" if row.sensitivity_ratio is not None else "-"
            parts.append(f"<tr><td><code>{html.escape(row.path)}</code></td><td>{html.escape(row.dtype or row.kind)}</td>"
                         f"<td>{shape}</td><td>{_number(row.max_abs)}</td><td>{_number(row.max_rel)}</td>"
                         f"<td>{_number(row.max_ulp)}</td><td>{row.mismatches}/{row.count}</td>"
                         f"<td>{html.escape(_tolerance_text(row.tolerance))}</td><td>{versus}</td>"
                         f"<td class='{'pass' if row.passed else 'fail'}'>{'PASS' if row.passed else 'FAIL'}</td></tr>")
            if row.note and not row.passed:
                parts.append(f"<tr><td></td><td colspan='9' class='note'>{html.escape(row.note)}</td></tr>")
        parts.append("</table>")
        cpp_result = getattr(outcome, "cpp_result", None)
        if plt is None or cpp_result is None or run.python_exception is not None:
            continue
        cpp_leaves = dict(_leaves(cpp_result))
        for path, python in _leaves(run.python_result):
            pair = _float_pair(cpp_leaves.get(path), python)
            if pair is None or plotted >= MAX_PLOTTED_OUTPUTS:
                continue
            plotted += 1
            images = [image for image in (_histogram(*pair, plt), _along(*pair, plt)) if image]
            parts.append(f"<div class='output'><b><code>{html.escape(path)}</code></b><br>"
                         + "".join(f"<img src='{image}' alt='{html.escape(path)}'>" for image in images) + "</div>")
    if plotted >= MAX_PLOTTED_OUTPUTS:
        parts.append(f"<p class='note'>Plots of the first {MAX_PLOTTED_OUTPUTS} float outputs only.</p>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write(context, outcomes: list, status: str, destination: Path) -> None:
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(render(context, outcomes, status, destination), encoding="utf-8")
