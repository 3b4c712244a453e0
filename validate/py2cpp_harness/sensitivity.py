"""Python's own sensitivity: how far each float output of the reference moves under changes that
say nothing about correctness. It is the yardstick of the auto tolerance (`--tolerance auto`, the
default for every output that no rtol/atol/max_ulp names).

Two kinds of variant call, each on the run's original arguments:
  * perturbed inputs (P calls, `--auto-perturbations`, default 3): every float of the arguments
    (float scalars, float64/float32 arrays, also inside tuples) is multiplied by (1 + u*delta),
    u uniform in [-1, 1] per element from a seeded generator, delta = 4 units of roundoff of its
    precision: a few ulps, the size of the rounding differences between two correct programs;
  * no SIMD (one call, in a child interpreter): NPY_DISABLE_CPU_FEATURES names every dispatchable
    CPU feature this machine has, so NumPy runs its baseline kernels; NumPy's AVX2/AVX-512 exp,
    log, sin... round differently from glibc's, which is what compiled code calls.
The global random state (np.random's and random's) is put back to what it was before the
reference call for every variant, so a function that draws random numbers draws the same ones.

What this measures, and what not: the conditioning of the computation at these inputs (how
rounding-sized changes of the inputs propagate) and the differences of NumPy's kernels. It does
not measure the rounding error of the Python algorithm itself where the result is locally flat
at the scale of an ulp: a translation that is *more accurate* than an unstable Python formulation
(0.5 * (1 + erf(x)) in a far tail against erfc) can differ from it by more than the spread.

The spread of an element is the largest |variant - reference| over the variants; a variant that
raised, or returned another structure, dtype or shape, is left out (and said in the note).
Acceptance of a C++ value c against the reference p with spread s:

    sensitivity = max(s, median of s over the output, FLOOR_ULP / multiple * ulp(p))
                                                                 (ulp in the output's precision)
    pass  iff  |c - p| <= multiple * sensitivity                 (multiple: 10, `--auto-multiple`)

so an output that Python itself computes to the last bit still allows FLOOR_ULP (4) ulps, and an
ill-conditioned one allows what its own conditioning implies. The output's median spread is there
because a handful of variants samples each element's spread noisily: an element of a round-off
residual that happened not to move in four variants is no more exact than its neighbours. The report gives, per output, the
largest |c - p| / sensitivity ("C++ differs by 0.3x of Python's own sensitivity").
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Optional

import numpy as np

DEFAULT_MULTIPLE = 10.0
FLOOR_ULP = 4
DEFAULT_PERTURBATIONS = 3
INPUT_ULPS = 4
FLOAT_KINDS = (np.float64, np.float32)


@dataclasses.dataclass
class Sensitivity:
    """One run's spread (mirroring its result: a float, an array of floats, a tuple of them; None
    for outputs that are not floats) and how it was measured."""
    spread: Any = None
    variants: int = 0               # variant calls that counted
    notes: list[str] = dataclasses.field(default_factory=list)


# ---- which values hold floats --------------------------------------------------------------------

def has_floats(value) -> bool:
    if isinstance(value, (float, np.floating)) and not isinstance(value, bool):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype.type in FLOAT_KINDS
    if isinstance(value, tuple):
        return any(has_floats(item) for item in value)
    return False


def perturb(value, rng: np.random.Generator):
    """A copy of an argument with its floats moved by up to INPUT_ULPS units of roundoff."""
    if isinstance(value, (bool, np.bool_)):
        return value
    if isinstance(value, (float, np.float64)):
        return float(value) * (1.0 + rng.uniform(-1.0, 1.0) * INPUT_ULPS * np.finfo(np.float64).eps)
    if isinstance(value, np.ndarray):
        if value.dtype.type not in FLOAT_KINDS:
            return value.copy(order="K")
        eps = np.finfo(value.dtype).eps
        factor = (1.0 + rng.uniform(-1.0, 1.0, value.shape) * INPUT_ULPS * eps).astype(value.dtype)
        out = value.copy(order="K")
        out *= factor
        return out
    if isinstance(value, tuple):
        return tuple(perturb(item, rng) for item in value)
    return value


def copy_arguments(value):
    if isinstance(value, np.ndarray):
        return value.copy(order="K")
    if isinstance(value, tuple):
        return tuple(copy_arguments(item) for item in value)
    return value


# ---- spreads -------------------------------------------------------------------------------------

class StructureDiffers(Exception):
    pass


def deviation(variant, reference):
    """|variant - reference| element by element, with the reference's structure (None where the
    output is not a float). Non-finite pairs count as 0 (they are compared exactly anyway)."""
    if isinstance(reference, tuple):
        if not isinstance(variant, tuple) or len(variant) != len(reference):
            raise StructureDiffers("a tuple of another length")
        return tuple(deviation(v, r) for v, r in zip(variant, reference))
    if isinstance(reference, np.ndarray):
        if not isinstance(variant, np.ndarray) or variant.shape != reference.shape or variant.dtype != reference.dtype:
            raise StructureDiffers("an array of another shape or dtype")
        if reference.dtype.type not in FLOAT_KINDS:
            return None
        return _abs_difference(variant.astype(np.float64), reference.astype(np.float64))
    if isinstance(reference, (float, np.floating)) and not isinstance(reference, bool):
        if not isinstance(variant, (float, np.floating)):
            raise StructureDiffers("not a float")
        return float(_abs_difference(np.array([float(variant)]), np.array([float(reference)]))[0])
    return None


def _abs_difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore", invalid="ignore"):
        d = np.abs(a - b)
    d[~np.isfinite(d)] = 0.0
    return d


def combine(a, b):
    """Element-wise maximum of two spreads of the same structure."""
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a, tuple):
        return tuple(combine(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray):
        return np.maximum(a, b)
    return max(a, b)


def leaf(spread, path_indices: tuple[int, ...]):
    """The spread of one output (`result[1][0]` -> indices (1, 0))."""
    for i in path_indices:
        if not isinstance(spread, tuple) or i >= len(spread):
            return None
        spread = spread[i]
    return spread


# ---- measuring -----------------------------------------------------------------------------------

def measure(runs: list, module_path: Path, perturbations: int, simd_off: bool, progress) -> None:
    """Sets `run.sensitivity` for every run whose reference result has floats."""
    wanted = [run for run in runs if run.python_exception is None and has_floats(run.python_result)]
    for run in runs:
        run.sensitivity = Sensitivity() if run in wanted else None
    if not wanted:
        return
    progress(f"auto tolerance: measuring Python's own sensitivity ({perturbations} perturbed-input call(s)"
             f"{' and one without SIMD' if simd_off else ''} per run, {len(wanted)} run(s))")
    for run in wanted:
        for k in range(perturbations):
            rng = np.random.default_rng([run.index, k])
            args = [perturb(value, rng) for value in run.call_args]
            kwargs = {name: perturb(value, rng) for name, value in run.call_kwargs.items()}
            _add_variant(run, _call(run, args, kwargs), f"perturbed inputs #{k + 1}")
    if simd_off:
        _no_simd_variants(wanted, module_path)


def _call(run, args, kwargs):
    state = _swap_random_state(run.random_state)
    try:
        return ("result", run.function_object(*args, **kwargs))
    except Exception as error:  # noqa: BLE001 -- a variant that raises is left out, and said
        return ("raised", f"{type(error).__name__}: {error}")
    finally:
        _swap_random_state(state)


def _swap_random_state(state):
    previous = (np.random.get_state(), random.getstate())
    if state is not None:
        np.random.set_state(state[0])
        random.setstate(state[1])
    return previous


def _add_variant(run, outcome, label: str) -> None:
    sensitivity = run.sensitivity
    kind, value = outcome
    if kind != "result":
        sensitivity.notes.append(f"{label} raised {value}; left out")
        return
    try:
        spread = deviation(value, run.python_result)
    except StructureDiffers as error:
        sensitivity.notes.append(f"{label} returned {error}; left out")
        return
    sensitivity.spread = combine(sensitivity.spread, spread)
    sensitivity.variants += 1


def dispatched_cpu_features() -> list[str]:
    """The CPU features NumPy dispatches to on this machine (beyond its baseline)."""
    try:
        from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__
    except ImportError:
        return []
    return [name for name in __cpu_dispatch__ if __cpu_features__.get(name)]


def _no_simd_variants(runs: list, module_path: Path) -> None:
    features = dispatched_cpu_features()
    if not features:
        for run in runs:
            run.sensitivity.notes.append("no SIMD variant: NumPy dispatches to no CPU feature beyond its baseline here")
        return
    with tempfile.TemporaryDirectory(prefix="py2cpp-sensitivity-") as tmp:
        request, answer = Path(tmp) / "request.pickle", Path(tmp) / "answer.pickle"
        payload = {"module": str(module_path.resolve()),
                   "calls": [(run.index, run.function, run.call_args, run.call_kwargs, run.random_state) for run in runs]}
        request.write_bytes(pickle.dumps(payload))
        env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=" ".join(features))
        harness_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([harness_root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        child = subprocess.run([sys.executable, "-m", "py2cpp_harness.sensitivity", str(request), str(answer)],
                               capture_output=True, text=True, env=env, timeout=3600)
        if child.returncode != 0 or not answer.exists():
            tail = (child.stderr.strip().splitlines() or ["(no output)"])[-1]
            for run in runs:
                run.sensitivity.notes.append(f"no SIMD variant: the child interpreter failed: {tail}")
            return
        outcomes = pickle.loads(answer.read_bytes())
    for run in runs:
        _add_variant(run, outcomes.get(run.index, ("raised", "no answer")), "without SIMD")


def _child(request: Path, answer: Path) -> None:
    """The no-SIMD variant, in a child interpreter whose NumPy was started without its SIMD kernels."""
    import importlib.util
    payload = pickle.loads(request.read_bytes())
    module_path = Path(payload["module"])
    sys.path.insert(0, str(module_path.parent))
    spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_path.stem] = module
    spec.loader.exec_module(module)
    outcomes = {}
    for index, function, args, kwargs, state in payload["calls"]:
        if state is not None:
            np.random.set_state(state[0])
            random.setstate(state[1])
        try:
            outcomes[index] = ("result", getattr(module, function)(*args, **kwargs))
        except Exception as error:  # noqa: BLE001
            outcomes[index] = ("raised", f"{type(error).__name__}: {error}")
    answer.write_bytes(pickle.dumps(outcomes))


# ---- acceptance ----------------------------------------------------------------------------------

def ulp_of(values: np.ndarray) -> np.ndarray:
    """The spacing of floats at each value, in the values' own precision, as float64."""
    return np.spacing(np.abs(values)).astype(np.float64)


def auto_allowance(python: np.ndarray, spread: Optional[np.ndarray], multiple: float) -> np.ndarray:
    """Per element, the sensitivity (see the module docstring)."""
    floor = np.maximum(FLOOR_ULP / multiple * ulp_of(python), np.finfo(np.float64).smallest_subnormal)
    if spread is None or np.size(spread) == 0:
        return floor
    spread = np.asarray(spread, dtype=np.float64).reshape(python.shape)
    return np.maximum(np.maximum(spread, np.median(spread)), floor)


if __name__ == "__main__":
    _child(Path(sys.argv[1]), Path(sys.argv[2]))
