"""Comparing a C++ result with the Python reference, output by output.

A result is walked recursively (tuples give `result[0]`, `result[1][2]`, ...); each leaf gives one
`OutputComparison`. Rules:
  * kinds must agree (float/int/bool/str/none/array/tuple; NumPy scalars count as their Python
    kind), tuples must have the same length, arrays the same dtype and shape;
  * ints, bools, strs and int/bool arrays must be equal;
  * floats (scalars and float32/float64 arrays) are compared element by element, `a` the C++
    value and `b` Python's: NaN must face NaN, an infinity the same infinity, and finite values
    must satisfy |a - b| <= atol + rtol * |b| and, when max_ulp is set, ulp(a, b) <= max_ulp.
    -0.0 equals 0.0.
Reported metrics over the finite pairs: max |a - b|, max |a - b| / |b| (over b != 0), and max ULP
distance (in the array's own precision; float scalars are float64).
With the auto tolerance (`Tolerance.auto`), finite values must instead satisfy
|a - b| <= multiple * sensitivity, the sensitivity coming from the spread of Python's own variant
calls (sensitivity.py); the row then also reports max |a - b| / sensitivity.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Optional

import numpy as np

from .sensitivity import auto_allowance
from .spec import Tolerance

FLOAT_DTYPES = ("float64", "float32")


@dataclasses.dataclass
class RaisedException:
    """An exception a call ended with: Python's type name and str() of it."""
    type: str
    message: str

    def __str__(self) -> str:
        return f"{self.type}: {self.message}" if self.message else self.type


@dataclasses.dataclass
class OutputComparison:
    path: str                       # "result", "result[1]", ...
    kind: str                       # kind of the Python value
    passed: bool
    dtype: Optional[str] = None
    shape: Optional[tuple] = None
    max_abs: Optional[float] = None
    max_rel: Optional[float] = None
    max_ulp: Optional[int] = None
    mismatches: int = 0             # elements outside the tolerance
    count: int = 1                  # elements compared
    tolerance: Optional[Tolerance] = None
    note: str = ""
    sensitivity_ratio: Optional[float] = None  # auto tolerance: max |cpp - py| / Python's sensitivity


@dataclasses.dataclass
class FloatMetrics:
    max_abs: Optional[float]
    max_rel: Optional[float]
    max_ulp: Optional[int]
    mismatches: int
    first_mismatch: Optional[int]  # flat index of the first element outside the tolerance
    sensitivity_ratio: Optional[float] = None


ToleranceFor = Callable[[str], Tolerance]


def kind_of(value) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (int, np.integer)):
        return "int"
    if isinstance(value, (float, np.floating)):
        return "float"
    if isinstance(value, str):
        return "str"
    if value is None:
        return "none"
    if isinstance(value, np.ndarray):
        return "array"
    if isinstance(value, tuple):
        return "tuple"
    return type(value).__name__


# ---- the recursive walk --------------------------------------------------------------------------

def compare_results(cpp, python, tolerance_for: ToleranceFor, path: str = "result", spread=None) -> list[OutputComparison]:
    """One OutputComparison per leaf of the Python result. `spread`: Python's own sensitivity,
    with the result's structure (sensitivity.py), for outputs with the auto tolerance."""
    kind, cpp_kind = kind_of(python), kind_of(cpp)
    if kind != cpp_kind:
        return [OutputComparison(path, kind, False, note=f"Python returned {_describe(python)}, C++ returned {_describe(cpp)}")]
    if kind == "tuple":
        if len(python) != len(cpp):
            return [OutputComparison(path, kind, False,
                                     note=f"Python returned a tuple of {len(python)}, C++ a tuple of {len(cpp)}")]
        rows = []
        for i, (c, p) in enumerate(zip(cpp, python)):
            part = spread[i] if isinstance(spread, tuple) and i < len(spread) else None
            rows += compare_results(c, p, tolerance_for, f"{path}[{i}]", part)
        return rows
    if kind == "array":
        return [compare_arrays(cpp, python, tolerance_for(path), path, spread)]
    if kind == "float":
        return [compare_float_scalars(float(cpp), float(python), tolerance_for(path), path, spread)]
    if kind in ("int", "bool", "str", "none"):
        return [compare_exact(cpp, python, kind, path)]
    return [OutputComparison(path, kind, False, note=f"cannot compare a Python {kind} result")]


def compare_exceptions(cpp: Optional[RaisedException], python: Optional[RaisedException]) -> OutputComparison:
    """Both sides raised (a match when type and message agree) or only one did (a failure)."""
    if cpp and python:
        # numpy.linalg.LinAlgError and LinAlgError are the same class, however a side names it.
        same = _short(cpp.type) == _short(python.type) and cpp.message == python.message
        note = f"both raised {python}" if same else f"Python raised {python}; C++ raised {cpp}"
        return OutputComparison("exception", "exception", same, note=note)
    if python:
        return OutputComparison("exception", "exception", False, note=f"Python raised {python}; C++ returned normally")
    return OutputComparison("exception", "exception", False, note=f"C++ raised {cpp}; Python returned normally")


def _short(type_name: str) -> str:
    return type_name.rsplit(".", 1)[-1]


def compare_exact(cpp, python, kind: str, path: str) -> OutputComparison:
    row = OutputComparison(path, kind, cpp == python)
    if kind == "int":
        row.max_abs = float(abs(int(cpp) - int(python)))
    if not row.passed:
        row.note = f"Python {python!r:.60}, C++ {cpp!r:.60}"
    return row


def compare_float_scalars(cpp: float, python: float, tolerance: Tolerance, path: str, spread=None) -> OutputComparison:
    metrics = float_metrics(np.array([cpp]), np.array([python]), tolerance,
                            None if spread is None else np.array([float(spread)]))
    row = OutputComparison(path, "float", metrics.mismatches == 0, tolerance=tolerance)
    _copy_metrics(row, metrics)
    if not row.passed:
        row.note = f"Python {python!r}, C++ {cpp!r}"
    return row


def compare_arrays(cpp: np.ndarray, python: np.ndarray, tolerance: Tolerance, path: str, spread=None) -> OutputComparison:
    row = OutputComparison(path, "array", False, dtype=python.dtype.name, shape=tuple(python.shape),
                           count=int(python.size), tolerance=tolerance)
    if cpp.dtype != python.dtype:
        row.note = f"dtype differs: Python {python.dtype.name}, C++ {cpp.dtype.name}"
        return row
    if cpp.shape != python.shape:
        row.note = f"shape differs: Python {python.shape}, C++ {cpp.shape}"
        return row
    if python.dtype.name in FLOAT_DTYPES:
        flat_spread = np.asarray(spread).ravel() if isinstance(spread, np.ndarray) and spread.shape == python.shape else None
        metrics = float_metrics(cpp.ravel(), python.ravel(), tolerance, flat_spread)
    else:
        metrics = exact_metrics(cpp.ravel(), python.ravel())
    _copy_metrics(row, metrics)
    row.passed = metrics.mismatches == 0
    if not row.passed:
        index = np.unravel_index(metrics.first_mismatch, python.shape) if python.ndim else ()
        row.note = (f"{metrics.mismatches} of {python.size} elements differ; first at {tuple(int(i) for i in index)}: "
                    f"Python {python.ravel()[metrics.first_mismatch]!r}, C++ {cpp.ravel()[metrics.first_mismatch]!r}")
    return row


def _copy_metrics(row: OutputComparison, metrics: FloatMetrics) -> None:
    row.max_abs, row.max_rel, row.max_ulp, row.mismatches = (metrics.max_abs, metrics.max_rel, metrics.max_ulp,
                                                             metrics.mismatches)
    row.sensitivity_ratio = metrics.sensitivity_ratio


def _describe(value) -> str:
    kind = kind_of(value)
    if kind == "array":
        return f"an array of {value.dtype.name} {value.shape}"
    if kind == "tuple":
        return f"a tuple of {len(value)}"
    return f"{kind} {value!r:.40}"


# ---- element-wise maths --------------------------------------------------------------------------

def float_metrics(a: np.ndarray, b: np.ndarray, tolerance: Tolerance, spread: Optional[np.ndarray] = None) -> FloatMetrics:
    """Metrics of C++ values `a` against Python values `b` (1-D, same float dtype); `spread`
    (1-D, float64, or None) is Python's own sensitivity, used by the auto tolerance."""
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    finite = np.isfinite(a) & np.isfinite(b)
    # Non-finite positions must agree exactly: NaN with NaN, inf with the same inf.
    bad = (nan_a != nan_b) | (~finite & ~nan_a & ~nan_b & (a != b))
    a64, b64 = a[finite].astype(np.float64), b[finite].astype(np.float64)
    ratio = None
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        abs_err = np.abs(a64 - b64)
        if tolerance.auto:
            sensitivity = auto_allowance(b[finite], None if spread is None else spread[finite], tolerance.multiple)
            allowed = tolerance.multiple * sensitivity
            ratios = abs_err / sensitivity
            ratio = float(ratios.max()) if ratios.size else None
        else:
            allowed = tolerance.atol + tolerance.rtol * np.abs(b64)
    ulps = ulp_distance(a[finite], b[finite])
    close = abs_err <= allowed
    if tolerance.max_ulp is not None and not tolerance.auto:
        close &= ulps <= tolerance.max_ulp
    bad[np.flatnonzero(finite)[~close]] = True
    nonzero = b64 != 0
    return FloatMetrics(
        max_abs=float(abs_err.max()) if abs_err.size else None,
        max_rel=float((abs_err[nonzero] / np.abs(b64[nonzero])).max()) if nonzero.any() else None,
        max_ulp=int(ulps.max()) if ulps.size else None,
        mismatches=int(bad.sum()),
        first_mismatch=int(np.flatnonzero(bad)[0]) if bad.any() else None,
        sensitivity_ratio=ratio,
    )


def exact_metrics(a: np.ndarray, b: np.ndarray) -> FloatMetrics:
    """Int and bool arrays: equality, and the largest difference of the unequal elements."""
    differ = a != b
    max_abs = 0.0
    if differ.any() and a.dtype != np.bool_:
        max_abs = float(max(abs(int(x) - int(y)) for x, y in zip(a[differ], b[differ])))
    elif differ.any():
        max_abs = 1.0
    return FloatMetrics(max_abs if a.size else None, None, None, int(differ.sum()),
                        int(np.flatnonzero(differ)[0]) if differ.any() else None)


def ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Units in the last place between finite floats of the same dtype (float32 or float64), as
    uint64: the distance between their bit patterns mapped to a monotonic integer line (so -0.0
    and 0.0 are 0 apart and the distance crosses zero correctly)."""
    if a.dtype == np.float32:
        ia = _ordered(a.view(np.int32).astype(np.int64), -(2 ** 31))
        ib = _ordered(b.view(np.int32).astype(np.int64), -(2 ** 31))
        return np.abs(ia - ib).astype(np.uint64)
    ia = _ordered(a.astype(np.float64).view(np.int64), -(2 ** 63))
    ib = _ordered(b.astype(np.float64).view(np.int64), -(2 ** 63))
    ua, ub = ia.view(np.uint64), ib.view(np.uint64)
    # The true distance is below 2**64, so modular uint64 subtraction in the right order is exact.
    return np.where(ia >= ib, ua - ub, ub - ua)


def _ordered(bits: np.ndarray, minimum: int) -> np.ndarray:
    """Sign-magnitude float bits -> two's complement order: negative x maps to minimum - bits."""
    with np.errstate(over="ignore"):
        return np.where(bits < 0, np.array(minimum, dtype=bits.dtype) - bits, bits)
