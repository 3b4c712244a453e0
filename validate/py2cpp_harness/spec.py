"""What to validate: the module, its setup code, the calls to run and the tolerances.

Two sources give the same `Spec`:
  * comment lines in the module itself (the numpy-benchmarks convention):
        #setup: import numpy as np; a = np.random.rand(100)
        #run: f(a, 3)
    several #setup lines run in order; several #run lines are allowed;
  * DIR/validate.json for a directory argument (schema in validate/README.md).

Every piece of text keeps where it came from (`Located.where`, e.g. "f.py:3" or
"dir/validate.json: runs[1]") so later errors can point at it.
"""

from __future__ import annotations

import dataclasses
import io
import json
import math
import re
import tokenize
from pathlib import Path
from typing import Any, Optional


class SpecError(Exception):
    """A usage or specification error: reported with its location, exit status 2."""


@dataclasses.dataclass(frozen=True)
class Located:
    text: str
    where: str  # "file.py:12" or "dir/validate.json: runs[0]"


@dataclasses.dataclass(frozen=True)
class Tolerance:
    """Float comparison: |cpp - py| <= atol + rtol * |py| and, when max_ulp is set, at most
    max_ulp units in the last place apart. Ints, bools and strs are always compared exactly.
    `auto`: instead, within `multiple` times Python's own sensitivity (sensitivity.py); the
    default of every output for which no rtol/atol/max_ulp is given anywhere."""
    rtol: float = 1e-12
    atol: float = 0.0
    max_ulp: Optional[int] = None
    auto: bool = False
    multiple: float = 10.0

    def updated(self, overrides: dict[str, Any]) -> "Tolerance":
        return dataclasses.replace(self, **overrides)


# Overrides are plain dicts with a subset of {"rtol", "atol", "max_ulp"}. They stack from general to
# specific: defaults < spec "tolerances" < command line flags < spec "tolerances.outputs" <
# spec per run < spec per run and output. The command line beats the file's global values only.
Overrides = dict[str, Any]


@dataclasses.dataclass
class RunSpec:
    call: Located
    overrides: Overrides = dataclasses.field(default_factory=dict)
    output_overrides: dict[str, Overrides] = dataclasses.field(default_factory=dict)  # "result[1]" -> overrides


@dataclasses.dataclass
class Spec:
    module: Path
    setup: list[Located]
    runs: list[RunSpec]
    overrides: Overrides = dataclasses.field(default_factory=dict)
    output_overrides: dict[str, Overrides] = dataclasses.field(default_factory=dict)

    def tolerance_for(self, run: RunSpec, output: str, command_line: Overrides, auto: str = "default",
                      multiple: float = 10.0) -> Tolerance:
        """The tolerance of one output of one run, every override layer applied. With
        auto="default", an output that no layer gives rtol/atol/max_ulp gets the auto tolerance;
        auto="always" (--tolerance auto) gives it to every output; auto="never" keeps the fixed
        defaults (rtol 1e-12, atol 0)."""
        layers = (self.overrides, command_line, self.output_overrides.get(output, {}),
                  run.overrides, run.output_overrides.get(output, {}))
        if auto == "always" or (auto == "default" and not any(layers)):
            return Tolerance(auto=True, multiple=multiple)
        tolerance = Tolerance()
        for layer in layers:
            tolerance = tolerance.updated(layer)
        return tolerance

    def uses_auto(self, command_line: Overrides, auto: str) -> bool:
        """Whether some output may get the auto tolerance (then the sensitivity is measured)."""
        if auto != "default":
            return auto == "always"
        if self.overrides or command_line:
            return False
        return any(not run.overrides for run in self.runs)


# ---- comment lines in the module ---------------------------------------------------------------

_DIRECTIVE = re.compile(r"#\s*(setup|run|tolerance)\s*:(.*)$")


def _tolerance_directive(item: Located) -> Overrides:
    """`#tolerance: rtol=1e-9 atol=1e-12` (max_ulp=4 or max_ulp=none): the module's own defaults."""
    values: dict[str, Any] = {}
    for part in item.text.replace(",", " ").split():
        key, sep, value = part.partition("=")
        if not sep or key not in _TOLERANCE_KEYS:
            raise SpecError(f"{item.where}: expected KEY=VALUE with KEY one of rtol, atol, max_ulp, not {part!r}")
        try:
            values[key] = None if value.lower() == "none" else (int(value) if key == "max_ulp" else float(value))
        except ValueError:
            raise SpecError(f"{item.where}: {key} needs a number, not {value!r}") from None
    return tolerance_overrides(values, item.where)


def spec_from_module(path: Path) -> Spec:
    """Collects #setup: and #run: comment lines (real comments, found with tokenize)."""
    source = _read_text(path)
    setup: list[Located] = []
    runs: list[RunSpec] = []
    overrides: Overrides = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError) as error:
        raise SpecError(f"{path}: cannot tokenize the module: {error}") from None
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = _DIRECTIVE.match(token.string)
        if not match:
            continue
        item = Located(match.group(2).strip(), f"{path}:{token.start[0]}")
        if not item.text:
            raise SpecError(f"{item.where}: empty #{match.group(1)}: line")
        if match.group(1) == "setup":
            setup.append(item)
        elif match.group(1) == "tolerance":
            overrides.update(_tolerance_directive(item))
        else:
            runs.append(RunSpec(item))
    if not runs:
        raise SpecError(f"{path}: no '#run: <call>' lines; add e.g. '#run: f(x)' and '#setup: x = ...'")
    return Spec(path, setup, runs, overrides)


# ---- validate.json -----------------------------------------------------------------------------

_TOP_KEYS = {"module", "setup", "runs", "tolerances"}
_TOLERANCE_KEYS = {"rtol", "atol", "max_ulp"}


def spec_from_directory(directory: Path) -> Spec:
    spec_path = directory / "validate.json"
    if not spec_path.is_file():
        raise SpecError(f"{directory}: no validate.json in this directory (see validate/README.md)")
    try:
        data = json.loads(_read_text(spec_path))
    except json.JSONDecodeError as error:
        raise SpecError(f"{spec_path}:{error.lineno}: invalid JSON: {error.msg}") from None
    _expect(isinstance(data, dict), spec_path, "the top level must be an object")
    _reject_unknown(data, _TOP_KEYS, f"{spec_path}")
    module = _module_path(data, directory, spec_path)
    setup = [Located(text, f"{spec_path}: setup[{i}]") for i, text in
             enumerate(_string_list(data.get("setup", []), spec_path, "setup"))]
    runs = _runs(data.get("runs"), spec_path)
    spec = Spec(module, setup, runs)
    _global_tolerances(spec, data.get("tolerances", {}), spec_path)
    return spec


def _module_path(data: dict, directory: Path, spec_path: Path) -> Path:
    module = data.get("module")
    _expect(isinstance(module, str) and module.endswith(".py"), spec_path,
            "'module' must name the Python file, e.g. \"module\": \"black_scholes.py\"")
    path = directory / module
    _expect(path.is_file(), spec_path, f"module file {path} does not exist")
    return path


def _runs(runs: Any, spec_path: Path) -> list[RunSpec]:
    _expect(isinstance(runs, list) and runs, spec_path, "'runs' must be a non-empty list")
    result = []
    for i, run in enumerate(runs):
        where = f"{spec_path}: runs[{i}]"
        if isinstance(run, str):
            result.append(RunSpec(Located(run, where)))
            continue
        _expect(isinstance(run, dict), spec_path, f"runs[{i}] must be a string or an object")
        _reject_unknown(run, {"call", "tolerances"}, where)
        _expect(isinstance(run.get("call"), str), spec_path, f"runs[{i}] needs a \"call\" string")
        overrides, outputs = _tolerance_object(run.get("tolerances", {}), where, allow_per_run=False)
        result.append(RunSpec(Located(run["call"], where), overrides, outputs))
    return result


def _global_tolerances(spec: Spec, value: Any, spec_path: Path) -> None:
    where = f"{spec_path}: tolerances"
    spec.overrides, spec.output_overrides = _tolerance_object(value, where, allow_per_run=True)
    per_run = value.get("per_run", {})
    _expect(isinstance(per_run, dict), spec_path, "'tolerances.per_run' must map run texts to tolerances")
    calls = {run.call.text: run for run in spec.runs}
    for text, layer in per_run.items():
        if text not in calls:
            raise SpecError(f"{where}.per_run: {text!r} is not one of the runs")
        run = calls[text]
        overrides, outputs = _tolerance_object(layer, f"{where}.per_run[{text!r}]", allow_per_run=False)
        run.overrides = {**overrides, **run.overrides}
        for output, values in outputs.items():
            run.output_overrides[output] = {**values, **run.output_overrides.get(output, {})}


def _tolerance_object(value: Any, where: str, allow_per_run: bool) -> tuple[Overrides, dict[str, Overrides]]:
    """{"rtol":..., "atol":..., "max_ulp":..., "outputs": {"result[1]": {...}}} -> (overrides, per output)."""
    if not isinstance(value, dict):
        raise SpecError(f"{where}: must be an object")
    allowed = _TOLERANCE_KEYS | {"outputs"} | ({"per_run"} if allow_per_run else set())
    _reject_unknown(value, allowed, where)
    overrides = tolerance_overrides({k: v for k, v in value.items() if k in _TOLERANCE_KEYS}, where)
    outputs = value.get("outputs", {})
    if not isinstance(outputs, dict):
        raise SpecError(f"{where}.outputs: must map output paths like \"result[0]\" to tolerances")
    per_output = {}
    for path, layer in outputs.items():
        if not re.fullmatch(r"result(\[\d+\])*", path):
            raise SpecError(f"{where}.outputs: {path!r} is not an output path like 'result' or 'result[1][0]'")
        if not isinstance(layer, dict):
            raise SpecError(f"{where}.outputs[{path!r}]: must be an object")
        _reject_unknown(layer, _TOLERANCE_KEYS, f"{where}.outputs[{path!r}]")
        per_output[path] = tolerance_overrides(layer, f"{where}.outputs[{path!r}]")
    return overrides, per_output


def tolerance_overrides(values: dict[str, Any], where: str) -> Overrides:
    """Checks rtol/atol (finite, >= 0) and max_ulp (int >= 0 or null)."""
    result: Overrides = {}
    for key, value in values.items():
        if key in ("rtol", "atol"):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0
            if not ok:
                raise SpecError(f"{where}: '{key}' must be a non-negative number, not {value!r}")
            result[key] = float(value)
        elif key == "max_ulp":
            ok = value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
            if not ok:
                raise SpecError(f"{where}: 'max_ulp' must be a non-negative integer or null, not {value!r}")
            result[key] = value
    return result


# ---- small helpers -------------------------------------------------------------------------------

def load_spec(target: Path) -> Spec:
    if target.is_dir():
        return spec_from_directory(target)
    if target.is_file():
        if target.suffix != ".py":
            raise SpecError(f"{target}: expected a .py file or a directory with validate.json")
        return spec_from_module(target)
    raise SpecError(f"{target}: no such file or directory")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"{path}: cannot read: {error}") from None


def _string_list(value: Any, spec_path: Path, key: str) -> list[str]:
    _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), spec_path,
            f"'{key}' must be a list of strings")
    return value


def _reject_unknown(obj: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise SpecError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _expect(condition: bool, spec_path: Path, message: str) -> None:
    if not condition:
        raise SpecError(f"{spec_path}: {message}")
