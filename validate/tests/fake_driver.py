"""The fake compiled program: implements the driver protocol of validate/README.md in Python.

    BIN --npy-out DIR FUNCTION ARG...

It picks the first recorded signature of FUNCTION whose types parse every ARG (like the generated
driver's overload selection), calls the module's function, writes DIR/result.json + r<k>.npy,
and prints `py2cpp-call-seconds: <float>` on stderr, then `py2cpp-peak-rss-kib: N` (fixed fake
values: 2048 for the usage message, 4096 after a call, 10000 more under fake_emulator.py). An
exception is reported like the compiled code does (Python's last traceback line) with status 1.

Markers in the module's source inject faults:
    # FAKE: perturb <eps>       float results (scalars and float arrays) multiplied by 1 + eps
    # FAKE: int-as-float        int results returned as floats
    # FAKE: crash               exit status 134 without a result
    # FAKE: no-timing           no timing and memory lines
    # FAKE: instead F G         a call of F runs G instead (another translation of F: a correct
                                one with other rounding, or a deliberately wrong one)
"""

import ast
import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from py2cpp_harness.manifest import write_manifest  # noqa: E402


def parse_argument(text, type_name):
    """The value of one ARG for a --sig type, or raise ValueError (try the next overload)."""
    array = re.fullmatch(r"(\w+)\[([:,]*)\]", type_name)
    if array:
        if not text.endswith(".npy"):
            raise ValueError("not a .npy path")
        value = np.load(text, allow_pickle=False)
        if value.dtype.name != array.group(1) or value.ndim != array.group(2).count(":"):
            raise ValueError("dtype/rank mismatch")
        return value
    if type_name == "int":
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError("not an int")
        return int(text)
    if type_name == "float":
        return float(text)
    if type_name == "bool":
        return {"True": True, "False": False}[text]
    if type_name == "None":
        if text != "None":
            raise ValueError("not None")
        return None
    if type_name == "str":
        return text
    if type_name.startswith("tuple["):
        return ast.literal_eval(text)
    raise ValueError(f"unknown type {type_name}")


def split_signature(signature):
    name, _, rest = signature.partition("(")
    inner = rest[:-1]
    parts, depth, current = [], 0, ""
    for c in inner:
        if c == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += {"[": 1, "]": -1}.get(c, 0)
        current += c
    if current.strip():
        parts.append(current.strip())
    return name.strip(), parts


def choose_overload(signatures, function, texts):
    for signature in signatures:
        name, types = split_signature(signature)
        if name != function or len(types) != len(texts):
            continue
        try:
            return [parse_argument(text, t) for text, t in zip(texts, types)]
        except (ValueError, KeyError, SyntaxError):
            continue
    return None


def perturb(value, eps):
    if isinstance(value, tuple):
        return tuple(perturb(v, eps) for v in value)
    if isinstance(value, np.ndarray) and value.dtype.kind == "f":
        return (value * (1 + eps)).astype(value.dtype)
    if isinstance(value, (float, np.floating)) and not isinstance(value, bool):
        return float(value) * (1 + eps)
    return value


def ints_as_floats(value):
    if isinstance(value, tuple):
        return tuple(ints_as_floats(v) for v in value)
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return float(value)
    return value


def report_memory(source, kib):
    if "# FAKE: no-timing" not in source:
        print(f"py2cpp-peak-rss-kib: {kib + (10000 if os.environ.get('FAKE_EMULATED') else 0)}", file=sys.stderr)


def main(project, argv):
    project = Path(project)
    config = json.loads((project / "fake_project.json").read_text())
    source_path = project / config["module"]
    source = source_path.read_text()
    if argv == ["--time"]:
        print("usage: BIN --npy-out DIR FUNCTION ARG...", file=sys.stderr)
        report_memory(source, 2048)
        return 2
    if len(argv) < 3 or argv[0] != "--npy-out":
        print("usage: BIN --npy-out DIR FUNCTION ARG...", file=sys.stderr)
        return 2
    out_dir, function, texts = Path(argv[1]), argv[2], argv[3:]
    if "# FAKE: crash" in source:
        print("Aborted (fake)", file=sys.stderr)
        return 134
    values = choose_overload(config["signatures"], function, texts)
    if values is None:
        print(f"error: no overload of {function} accepts these arguments", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location(source_path.stem, source_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    replaced = dict(re.findall(r"# FAKE: instead (\w+) (\w+)", source))
    start = time.perf_counter()
    try:
        result = getattr(module, replaced.get(function, function))(*values)
    except Exception as error:
        message = str(error)
        report_memory(source, 4096)
        print("Traceback (most recent call last):\n  File \"<compiled>\", in <module>\n"
              + type(error).__name__ + (f": {message}" if message else ""), file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    match = re.search(r"# FAKE: perturb (\S+)", source)
    if match:
        result = perturb(result, float(match.group(1)))
    if "# FAKE: int-as-float" in source:
        result = ints_as_floats(result)
    write_manifest(out_dir, result)
    if "# FAKE: no-timing" not in source:
        print(f"py2cpp-call-seconds: {seconds!r}", file=sys.stderr)
    report_memory(source, 4096)
    return 0
