#!/usr/bin/python3
"""Writes the seed corpus of one fuzz harness, generated from the repository at run time.

    make_corpus.py KIND OUTDIR        KIND: python | json | npy | sig

python: every Python program of the test suite and the examples (tests/e2e, tests/numpy,
        tests/golden, tests/diagnostics, tests/differential/regressions, examples/).
json:   the real mapping tables (mappings/*.json), and each function entry of them alone in a
        small table (small seeds mutate faster than a 40 KB table).
npy:    .npy files written by NumPy itself: every supported dtype, ranks 0-3, C and Fortran
        order, empty shapes, versions 1.0/2.0/3.0, plus a few NumPy writes that must be refused
        (big-endian, float16, structured). Without NumPy the directory stays empty (libFuzzer
        then starts from nothing).
sig:    the `#pythran export` signatures found in the test programs plus hand-picked ones.

Nothing generated here is committed: the corpus is rebuilt from the current tests every run, so
it follows the test suite. OUTDIR is created (existing files are kept).
"""
import io
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
PYTHON_DIRS = ["tests/e2e", "tests/numpy", "tests/golden", "tests/diagnostics", "tests/differential/regressions", "examples"]


def python_sources():
    for d in PYTHON_DIRS:
        for path in sorted((ROOT / d).rglob("*.py")):
            yield path


def write_python(out):
    for path in python_sources():
        rel = path.relative_to(ROOT).as_posix().replace("/", "__")
        (out / rel).write_bytes(path.read_bytes())


def write_json(out):
    for path in sorted((ROOT / "mappings").glob("*.json")):
        (out / path.name).write_bytes(path.read_bytes())
        table = json.loads(path.read_text())
        for kind in ("functions", "constants"):
            for name, entry in sorted(table.get(kind, {}).items()):
                small = {"module": table["module"], kind: {name: entry}}
                if "includes" in table:
                    small["includes"] = table["includes"]
                safe = re.sub(r"[^A-Za-z0-9_.]", "_", name)
                (out / f"{path.stem}.{kind}.{safe}.json").write_text(json.dumps(small, indent=1))


def write_npy(out):
    try:
        import numpy as np
        from numpy.lib import format as npy_format
    except ImportError:
        print("make_corpus.py: NumPy is not importable; the npy corpus stays empty", file=sys.stderr)
        return
    arrays = {
        "f8_1d": np.linspace(-1.0, 1.0, 5),
        "f8_2d": np.arange(6.0).reshape(2, 3),
        "f8_2d_fortran": np.asfortranarray(np.arange(6.0).reshape(2, 3)),
        "f8_special": np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324]),
        "f4_1d": np.arange(4, dtype=np.float32) / 3,
        "i8_1d": np.array([-2**63, -1, 0, 2**63 - 1]),
        "i4_2d": np.arange(-3, 3, dtype=np.int32).reshape(3, 2),
        "u4_1d": np.array([0, 1, 2**32 - 1], dtype=np.uint32),
        "b1_1d": np.array([True, False, True]),
        "b1_2d_fortran": np.asfortranarray(np.eye(3, dtype=bool)),
        "f8_0d": np.array(1.5),
        "f8_3d": np.zeros((2, 1, 2)),
        "f8_empty": np.zeros((0,)),
        "f8_empty_2d": np.zeros((3, 0)),
        "refused_big_endian": np.arange(3, dtype=">f8"),
        "refused_f2": np.arange(3, dtype=np.float16),
        "refused_c16": np.arange(3, dtype=np.complex128),
        "refused_structured": np.zeros(2, dtype=[("a", "<f8"), ("b", "<i4")]),
    }
    for name, a in arrays.items():
        buffer = io.BytesIO()
        np.save(buffer, a)
        (out / f"{name}.npy").write_bytes(buffer.getvalue())
    for version in ((2, 0), (3, 0)):
        buffer = io.BytesIO()
        npy_format.write_array(buffer, np.arange(3.0), version=version)
        (out / f"f8_v{version[0]}.npy").write_bytes(buffer.getvalue())


SIGNATURES = [
    "f(float, int)", "f()", "g(float64[:], int64[:], bool[:])", "h(float64[:,:], float)",
    "k(float32[:], int32[:,:], uint32[:])", "t(tuple[float, int], str)", "s(slice)", "n(None)",
    "f(float64[:, :], tuple[float64[:], tuple[int, bool]])", "x(int,)", "y( float , int )",
]


def write_sig(out):
    found = set(SIGNATURES)
    for path in python_sources():
        for line in path.read_text(errors="replace").splitlines():
            stripped = line.strip()
            if stripped.startswith("#pythran export"):
                found.add(stripped[len("#pythran export"):].strip())
    for i, sig in enumerate(sorted(found)):
        (out / f"sig{i:03d}.txt").write_text(sig)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("python", "json", "npy", "sig"):
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    {"python": write_python, "json": write_json, "npy": write_npy, "sig": write_sig}[sys.argv[1]](out)
    print(f"make_corpus.py: {len(list(out.iterdir()))} seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
