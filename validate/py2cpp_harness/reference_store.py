"""Saved references: Python's inputs and outputs kept in a directory, so that the C++ can be
validated against them later without running Python (`--save-reference DIR`, `--against DIR`).

Layout (stable across runs, so a reference can be committed and diffed):

    DIR/reference.json          what was run and what Python returned (below)
    DIR/check.txt               the same runs as a plan the compiled program checks by itself,
                                without Python (`PROGRAM --check DIR`, runtime/py2cpp/reference_check.hpp)
    DIR/objects/<hash>.npy      every array: inputs, results, sensitivity spreads; <hash> is the
                                first 20 hex digits of the file's SHA-256 (content-addressed: the
                                same array always gets the same name, an edited file is detected)

reference.json (keys sorted, no timestamps):
    {"format": "py2cpp-reference", "version": 1,
     "module": "black_scholes.py", "module_sha256": "...",
     "versions": {"python": "3.11.2", "numpy": "1.24.2", "scipy": "1.10.1"}, "machine": "x86_64",
     "runs": [{"index": 1, "call": "f(a, 2.0)", "where": "m.py:3", "function": "f",
               "signature": "f(float64[:], float)",
               "arguments": [{"name": "a", "array": "objects/<hash>.npy"},
                             {"name": "x", "literal": "2.0", "value": <value>}],   (literal: the driver's ARG)
               "result": <value> | null, "exception": {"type": ..., "message": ...} | null,
               "tolerances": {"result[0]": {"rtol": ..., "atol": ..., "max_ulp": ...} | {"auto": true, "multiple": 10.0}},
               "spread": <value> | null}]}
    <value>: {"kind": "float", "value": "0.1"} | {"kind": "int", "value": "3"} | {"kind": "bool", ...}
             | {"kind": "str", ...} | {"kind": "none"} | {"kind": "array", "file": "objects/<hash>.npy"}
             | {"kind": "tuple", "items": [...]}     (floats as repr strings: exact)

Loading checks everything and names the file of any problem: a missing or edited object file,
malformed JSON or entries, another format version, and a module whose source changed since
the reference was saved (its inputs and outputs may no longer be what it computes).
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
import sys
from pathlib import Path
from typing import Any, Optional

import numpy as np

from .compare import RaisedException
from .sensitivity import auto_allowance
from .spec import RunSpec, Located, SpecError, Tolerance

FORMAT = "py2cpp-reference"
VERSION = 1
REFERENCE_FILE = "reference.json"
CHECK_FILE = "check.txt"
CHECK_VERSION = 1
OBJECTS = "objects"
HASH_DIGITS = 20


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _versions() -> dict[str, Optional[str]]:
    versions = {"python": platform.python_version(), "numpy": np.__version__, "scipy": None}
    scipy = sys.modules.get("scipy")
    if scipy is not None:
        versions["scipy"] = getattr(scipy, "__version__", None)
    return versions


# ---- saving --------------------------------------------------------------------------------------

class _Writer:
    def __init__(self, directory: Path):
        self.directory = directory
        self.objects = directory / OBJECTS
        self.written: set[str] = set()

    def array(self, value: np.ndarray) -> str:
        buffer = io.BytesIO()
        np.save(buffer, np.ascontiguousarray(value) if not value.flags.f_contiguous else value, allow_pickle=False)
        data = buffer.getvalue()
        name = f"{_sha256(data)[:HASH_DIGITS]}.npy"
        path = self.objects / name
        if name not in self.written and not path.exists():
            self.objects.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        self.written.add(name)
        return f"{OBJECTS}/{name}"

    def value(self, value) -> dict[str, Any]:
        if isinstance(value, (bool, np.bool_)):
            return {"kind": "bool", "value": bool(value)}
        if isinstance(value, (int, np.integer)):
            return {"kind": "int", "value": str(int(value))}
        if isinstance(value, (float, np.floating)):
            return {"kind": "float", "value": repr(float(value))}
        if isinstance(value, str):
            return {"kind": "str", "value": value}
        if value is None:
            return {"kind": "none"}
        if isinstance(value, tuple):
            return {"kind": "tuple", "items": [self.value(item) for item in value]}
        if isinstance(value, np.ndarray):
            return {"kind": "array", "file": self.array(value)}
        raise SpecError(f"cannot save a value of type {type(value).__name__} in a reference")


def save_reference(directory: Path, module: Path, runs: list, tolerances_of) -> None:
    """Writes the reference of `runs` (Python side done) into `directory`: new, empty, or an
    earlier reference (replaced; object files it no longer uses are removed, nothing else)."""
    _check_destination(directory)
    directory.mkdir(parents=True, exist_ok=True)
    writer = _Writer(directory)
    entries = []
    for run in runs:
        arguments = []
        for name, value, text in zip(run.params, run.values, run.driver_args):
            arguments.append({"name": name, "array": writer.array(value)} if isinstance(value, np.ndarray)
                             else {"name": name, "literal": text, "value": writer.value(value)})
        spread = run.sensitivity.spread if getattr(run, "sensitivity", None) is not None else None
        entries.append({
            "index": run.index, "call": run.spec.call.text, "where": run.where, "function": run.function,
            "signature": run.signature, "arguments": arguments,
            "result": None if run.python_exception is not None else writer.value(run.python_result),
            "exception": None if run.python_exception is None else {"type": run.python_exception.type,
                                                                    "message": run.python_exception.message},
            "tolerances": {path: _tolerance_json(t) for path, t in tolerances_of(run).items()},
            "spread": None if spread is None else writer.value(spread),
        })
    data = {"format": FORMAT, "version": VERSION, "module": module.name,
            "module_sha256": _sha256(module.read_bytes()), "versions": _versions(), "machine": platform.machine(),
            "runs": entries}
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    plan = _check_plan(writer, module, runs, tolerances_of)
    for name, content in ((CHECK_FILE, plan), (REFERENCE_FILE, text)):  # reference.json last: it marks a complete save
        tmp = directory / (name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(directory / name)
    for stale in (directory / OBJECTS).glob("*.npy") if (directory / OBJECTS).exists() else []:
        if stale.name not in writer.written and _is_object_name(stale.name):
            stale.unlink()


def _check_destination(directory: Path) -> None:
    if not directory.exists():
        return
    if not directory.is_dir():
        raise SpecError(f"--save-reference {directory}: exists and is not a directory")
    entries = {entry.name for entry in directory.iterdir()}
    if not entries:
        return
    if REFERENCE_FILE not in entries:
        raise SpecError(f"--save-reference {directory}: not empty and holds no {REFERENCE_FILE}; "
                        "py2cpp only replaces a reference it saved (choose a new directory)")
    try:
        if json.loads((directory / REFERENCE_FILE).read_text(encoding="utf-8")).get("format") != FORMAT:
            raise ValueError
    except (OSError, ValueError, AttributeError):
        raise SpecError(f"{directory / REFERENCE_FILE}: not a py2cpp reference; not replacing it") from None
    unknown = entries - {REFERENCE_FILE, CHECK_FILE, OBJECTS}
    if unknown:
        raise SpecError(f"--save-reference {directory}: also holds {', '.join(sorted(unknown))}, which py2cpp did not "
                        "write; move it away or choose another directory")


# ---- the check plan: what a board with only the compiled program checks -----------------------------
# One directive per line, tokens separated by single spaces; a trailing free-text field (literal
# arguments, strings, exception messages) runs to the end of the line with \\, \n, \r and \t escaped.
# The reader is runtime/py2cpp/reference_check.hpp, which documents the grammar; the two change together.
#
#   py2cpp-check 1
#   run INDEX FUNCTION                      then its arguments and expectations, then `end`
#   call TEXT                               the call as written in validate.json (for messages)
#   arg TEXT | arg-npy objects/H.npy        the driver's ARG: a literal, or an array file
#   expect exception TYPE MESSAGE
#   expect none PATH | expect bool PATH True|False | expect int PATH DECIMAL | expect str PATH TEXT
#   expect float PATH REPR TOLERANCE        TOLERANCE: `rtol R atol A ulp N|-` or `allowed X`
#   expect array PATH objects/H.npy TOLERANCE    (`allowed objects/H.npy`: per element, float64)
#
# The auto tolerance is written out as what it allows (multiple x Python's sensitivity, per
# element), so the checker needs no statistics of its own.

def _escape_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _check_plan(writer: _Writer, module: Path, runs: list, tolerances_of) -> str:
    lines = ["py2cpp-check %d" % CHECK_VERSION,
             f"# {module.name}: {len(runs)} run(s) saved by `py2cpp validate --save-reference`; check on any machine",
             "# with `PROGRAM --check DIR` (the program py2cpp built from the module; no Python needed)."]
    for run in runs:
        lines.append(f"run {run.index} {run.function}")
        lines.append("call " + _escape_line(run.spec.call.text))
        for value, text in zip(run.values, run.driver_args):
            lines.append(f"arg-npy {writer.array(value)}" if isinstance(value, np.ndarray) else "arg " + _escape_line(text))
        if run.python_exception is not None:
            lines.append(f"expect exception {run.python_exception.type} {_escape_line(run.python_exception.message)}")
        else:
            spread = run.sensitivity.spread if getattr(run, "sensitivity", None) is not None else None
            _expect_lines(lines, writer, run.python_result, "result", spread, tolerances_of(run))
        lines.append("end")
    return "\n".join(lines) + "\n"


def _expect_lines(lines: list, writer: _Writer, value, path: str, spread, tolerances: dict) -> None:
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            part = spread[i] if isinstance(spread, tuple) and i < len(spread) else None
            _expect_lines(lines, writer, item, f"{path}[{i}]", part, tolerances)
        return
    if value is None:
        lines.append(f"expect none {path}")
    elif isinstance(value, (bool, np.bool_)):
        lines.append(f"expect bool {path} {bool(value)}")
    elif isinstance(value, (int, np.integer)):
        lines.append(f"expect int {path} {int(value)}")
    elif isinstance(value, str):
        lines.append(f"expect str {path} {_escape_line(value)}")
    elif isinstance(value, (float, np.floating)):
        python = np.array([float(value)])
        spread_array = None if spread is None else np.array([float(spread)])
        lines.append(f"expect float {path} {float(value)!r} {_plan_tolerance(writer, tolerances.get(path), python, spread_array, False)}")
    elif isinstance(value, np.ndarray):
        tolerance = "exact"
        if value.dtype.kind == "f":
            flat_spread = spread if isinstance(spread, np.ndarray) and spread.shape == value.shape else None
            tolerance = _plan_tolerance(writer, tolerances.get(path), value, flat_spread, True)
        lines.append(f"expect array {path} {writer.array(value)} {tolerance}")
    else:
        raise SpecError(f"cannot save a value of type {type(value).__name__} in a reference")


def _plan_tolerance(writer: _Writer, tolerance: Optional[Tolerance], python: np.ndarray, spread, array: bool) -> str:
    if tolerance is None:
        raise SpecError("internal error: an output without a tolerance")
    if not tolerance.auto:
        ulp = "-" if tolerance.max_ulp is None else str(int(tolerance.max_ulp))
        return f"rtol {float(tolerance.rtol)!r} atol {float(tolerance.atol)!r} ulp {ulp}"
    with np.errstate(invalid="ignore", over="ignore"):
        allowed = tolerance.multiple * auto_allowance(python, spread, tolerance.multiple)
    allowed = np.where(np.isfinite(allowed), allowed, 0.0).astype(np.float64)  # non-finite outputs compare exactly
    if array:
        return f"allowed {writer.array(np.ascontiguousarray(allowed.reshape(python.shape)))}"
    return f"allowed {float(allowed.reshape(-1)[0])!r}"


def _is_object_name(name: str) -> bool:
    stem = name[:-4]
    return name.endswith(".npy") and len(stem) == HASH_DIGITS and all(c in "0123456789abcdef" for c in stem)


def _tolerance_json(tolerance: Tolerance) -> dict[str, Any]:
    if tolerance.auto:
        return {"auto": True, "multiple": tolerance.multiple}
    return {"rtol": tolerance.rtol, "atol": tolerance.atol, "max_ulp": tolerance.max_ulp}


# ---- loading -------------------------------------------------------------------------------------

class _Reader:
    def __init__(self, directory: Path):
        self.directory = directory
        self.file = directory / REFERENCE_FILE
        self.checked: dict[str, np.ndarray] = {}

    def fail(self, message: str) -> SpecError:
        return SpecError(f"{self.file}: {message}")

    def array_path(self, relative: Any) -> Path:
        if not isinstance(relative, str) or not relative.startswith(OBJECTS + "/") or not _is_object_name(relative[len(OBJECTS) + 1:]):
            raise self.fail(f"bad object name {relative!r}")
        path = self.directory / relative
        if relative not in self.checked:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise SpecError(f"{path}: missing or unreadable ({error.strerror}); the reference is incomplete") from None
            if not _sha256(data).startswith(path.stem):
                raise SpecError(f"{path}: its content does not match its name (the file was changed after it was saved)")
            try:
                self.checked[relative] = np.load(io.BytesIO(data), allow_pickle=False)
            except (OSError, ValueError) as error:
                raise SpecError(f"{path}: not a readable .npy file: {error}") from None
        return path

    def array(self, relative: Any) -> np.ndarray:
        self.array_path(relative)
        return self.checked[relative]

    def value(self, node: Any, where: str):
        if not isinstance(node, dict) or not isinstance(node.get("kind"), str):
            raise self.fail(f"{where}: expected a value object with a \"kind\"")
        kind = node["kind"]
        try:
            if kind == "float":
                return float(node["value"])
            if kind == "int":
                return int(node["value"])
            if kind == "bool" and isinstance(node["value"], bool):
                return node["value"]
            if kind == "str" and isinstance(node["value"], str):
                return node["value"]
            if kind == "none":
                return None
            if kind == "array":
                return self.array(node["file"])
            if kind == "tuple" and isinstance(node["items"], list):
                return tuple(self.value(item, f"{where}[{i}]") for i, item in enumerate(node["items"]))
        except (KeyError, TypeError, ValueError):
            pass
        raise self.fail(f"{where}: malformed {kind!r} value {json.dumps(node)[:100]}")


def load_reference(directory: Path, module: Path) -> list[dict[str, Any]]:
    """The runs of a saved reference, checked; each a dict with the PreparedRun fields the C++
    side needs (see validation.runs_from_reference)."""
    reader = _Reader(directory)
    try:
        data = json.loads(reader.file.read_text(encoding="utf-8"))
    except OSError as error:
        raise SpecError(f"{reader.file}: cannot read the reference ({error.strerror})") from None
    except ValueError as error:
        raise reader.fail(f"invalid JSON: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise reader.fail("not a py2cpp reference (no \"format\": \"py2cpp-reference\")")
    if data.get("version") != VERSION:
        raise reader.fail(f"reference format version {data.get('version')!r}; this py2cpp reads version {VERSION}")
    digest = _sha256(module.read_bytes())
    if data.get("module_sha256") != digest:
        raise reader.fail(f"saved from another version of {data.get('module')} (SHA-256 {str(data.get('module_sha256'))[:12]}…, "
                          f"{module} is now {digest[:12]}…): its inputs and outputs may no longer be what the module "
                          "computes; save the reference again with --save-reference")
    runs = data.get("runs")
    if not isinstance(runs, list) or not runs:
        raise reader.fail("no runs")
    loaded = []
    for k, entry in enumerate(runs):
        where = f"runs[{k}]"
        try:
            arguments = entry["arguments"]
            params, values, driver_args = [], [], []
            for argument in arguments:
                params.append(str(argument["name"]))
                if "array" in argument:
                    values.append(reader.array(argument["array"]))
                    driver_args.append(str(reader.array_path(argument["array"]).resolve()))
                else:
                    values.append(reader.value(argument["value"], f"{where}.arguments"))
                    driver_args.append(str(argument["literal"]))
            exception = entry.get("exception")
            result = None if entry.get("result") is None else reader.value(entry["result"], f"{where}.result")
            if exception is None and entry.get("result") is None:
                raise reader.fail(f"{where}: neither a result nor an exception")
            tolerances = {}
            for path, t in entry.get("tolerances", {}).items():
                tolerances[path] = (Tolerance(auto=True, multiple=float(t["multiple"])) if t.get("auto")
                                    else Tolerance(rtol=float(t["rtol"]), atol=float(t["atol"]),
                                                   max_ulp=None if t["max_ulp"] is None else int(t["max_ulp"])))
            loaded.append({
                "index": int(entry["index"]), "call": str(entry["call"]), "where": str(entry["where"]),
                "function": str(entry["function"]), "signature": str(entry["signature"]),
                "params": params, "values": values, "driver_args": driver_args,
                "result": result,
                "exception": None if exception is None else RaisedException(str(exception["type"]), str(exception["message"])),
                "tolerances": tolerances,
                "spread": None if entry.get("spread") is None else reader.value(entry["spread"], f"{where}.spread"),
            })
        except SpecError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise reader.fail(f"{where}: malformed run entry ({error!r})") from None
    return loaded


def run_spec_of(entry: dict[str, Any]) -> RunSpec:
    return RunSpec(Located(entry["call"], entry["where"]))


def signature_types(signature: str) -> list[str]:
    """The parameter types of "f(float64[:], tuple[int, float])"."""
    inner = signature[signature.index("(") + 1:signature.rindex(")")]
    types, depth, current = [], 0, ""
    for c in inner:
        if c == "," and depth == 0:
            types.append(current.strip())
            current = ""
            continue
        depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(c, 0)
        current += c
    if current.strip():
        types.append(current.strip())
    return types


def leaf_paths(value, path: str = "result") -> list[str]:
    """The output paths of a result, as the comparison names them (result, result[1][0], ...)."""
    if isinstance(value, tuple):
        return [leaf for i, item in enumerate(value) for leaf in leaf_paths(item, f"{path}[{i}]")]
    return [path]

