"""The result manifest: DIR/result.json plus DIR/r<k>.npy, as the compiled driver writes it
(runtime/py2cpp/result_writer.hpp). `read_manifest` turns it back into Python values; the
`write_manifest` twin writes Python values the same way (the harness keeps the reference results
next to the C++ ones, and the fake py2cpp of the tests uses it as its driver).

    {"kind":"float","value":"0.1"}   {"kind":"int","value":"-3"}   {"kind":"bool","value":true}
    {"kind":"str","value":"..."}     {"kind":"none"}
    {"kind":"array","file":"r0.npy","dtype":"float64","shape":[2,3]}   (dtype/shape informative)
    {"kind":"tuple","items":[...]}
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

MANIFEST = "result.json"


class ManifestError(Exception):
    """A result directory that does not follow the format above."""


# ---- reading -------------------------------------------------------------------------------------

def read_manifest(directory: Path):
    path = directory / MANIFEST
    try:
        node = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ManifestError(f"{path}: cannot read the result manifest: {error.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: invalid JSON: {error}") from None
    return _value(node, directory, path)


def _value(node, directory: Path, path: Path):
    if not isinstance(node, dict) or not isinstance(node.get("kind"), str):
        raise ManifestError(f"{path}: expected an object with a \"kind\", found {node!r:.80}")
    kind = node["kind"]
    reader = _READERS.get(kind)
    if reader is None:
        raise ManifestError(f"{path}: unknown kind {kind!r}")
    try:
        return reader(node, directory, path)
    except (KeyError, TypeError, ValueError) as error:
        raise ManifestError(f"{path}: malformed {kind} entry {node!r:.120}: {error}") from None


def _read_array(node, directory: Path, path: Path):
    file = node["file"]
    if not isinstance(file, str) or "/" in file or "\\" in file:
        raise ManifestError(f"{path}: bad array file name {file!r}")
    try:
        return np.load(directory / file, allow_pickle=False)
    except (OSError, ValueError) as error:
        raise ManifestError(f"{directory / file}: cannot load: {error}") from None


def _read_tuple(node, directory: Path, path: Path):
    items = node["items"]
    if not isinstance(items, list):
        raise TypeError("'items' must be a list")
    return tuple(_value(item, directory, path) for item in items)


def _read_bool(node, directory, path):
    if not isinstance(node["value"], bool):
        raise TypeError("'value' must be true or false")
    return node["value"]


def _read_str(node, directory, path):
    if not isinstance(node["value"], str):
        raise TypeError("'value' must be a string")
    return node["value"]


_READERS = {
    "float": lambda node, d, p: float(node["value"]),
    "int": lambda node, d, p: int(node["value"]),
    "bool": _read_bool,
    "str": _read_str,
    "none": lambda node, d, p: None,
    "array": _read_array,
    "tuple": _read_tuple,
}


# ---- writing -------------------------------------------------------------------------------------

def write_manifest(directory: Path, value) -> None:
    """Writes `value` like the C++ result writer. Raises ManifestError for unsupported values."""
    directory.mkdir(parents=True, exist_ok=True)
    counter = [0]
    node = _node(value, directory, counter)
    (directory / MANIFEST).write_text(json.dumps(node, separators=(",", ":")) + "\n", encoding="utf-8")


def _node(value, directory: Path, counter: list[int]) -> dict:
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
        return {"kind": "tuple", "items": [_node(item, directory, counter) for item in value]}
    if isinstance(value, np.ndarray):
        file = f"r{counter[0]}.npy"
        counter[0] += 1
        np.save(directory / file, value, allow_pickle=False)
        return {"kind": "array", "file": file, "dtype": value.dtype.name, "shape": list(value.shape)}
    raise ManifestError(f"cannot write a result of type {type(value).__name__}")
