"""Builds the extension modules the tests import: examples/black_scholes, examples/motion_planning
examples/scalar_black_scholes and ext_cases.py, each transpiled with `py2cpp transpile --python-module` and built with
CMake (the extension targets only, in parallel), into $PY2CPP_EXT_WORK (default: a temporary directory).

Run by ctest (test `python.extension_modules`) with PY2CPP pointing at the built tool, or by hand:
    PY2CPP=build/py2cpp /usr/bin/python3 -m pytest tests/python
"""
import os
import pathlib
import subprocess
import sys
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]

FLOAT_ARRAYS_5 = ", ".join(["float64[:]"] * 5)
MODULES = {
    "black_scholes": (ROOT / "examples/black_scholes/black_scholes.py", [
        f"euro_vanilla_put({FLOAT_ARRAYS_5})",
        "euro_vanilla_put(float, float, float, float, float)",
        f"euro_vanilla_call({FLOAT_ARRAYS_5})",
        f"euro_vanilla({FLOAT_ARRAYS_5}, str)",
        "euro_vanilla(float, float, float, float, float, str)",
    ]),
    "motion_planning": (ROOT / "examples/motion_planning/motion_planning.py", [
        "plan(float64[:,:], float64[:,:], float64[:], float64[:,:], int)",
        "run_demo(int, int)",
    ]),
    # scalar-only (annotated entry points, no Eigen)
    "black_scholes_math": (ROOT / "examples/scalar_black_scholes/black_scholes_math.py", []),
    "ext_cases": (ROOT / "tests/python/ext_cases.py", [
        "pick(float64[:], int)", "pick(int64[:], int)", "checked_sqrt(float, bool)",
        "column_sums(float64[:,:])", "column_sums(int32[:,:])", "scale_in_place(float64[:], float)",
    ]),
}


def build_modules(py2cpp, work):
    """Transpiles and builds every module (builds run in parallel); returns their python/ dirs."""
    jobs = []
    for name, (source, sigs) in MODULES.items():
        out = work / name
        command = [py2cpp, "transpile", str(source), "--python-module", "-o", str(out)]
        for sig in sigs:
            command += ["--sig", sig]
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
        # Only the extension target (what `py2cpp build` does, without the standalone program).
        build = out / "build"
        script = (f"cmake -S '{out}' -B '{build}' -DCMAKE_BUILD_TYPE=Release > '{build}.log' 2>&1 && "
                  f"cmake --build '{build}' --target py2cpp_python >> '{build}.log' 2>&1 || {{ cat '{build}.log' >&2; exit 1; }}")
        jobs.append((out, subprocess.Popen(["sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for out, job in jobs:
        _, err = job.communicate()
        if job.returncode != 0:
            raise RuntimeError(f"building {out} failed:\n{err}")
    return [out / "build" / "python" for out, _ in jobs]


@pytest.fixture(scope="session", autouse=True)
def extension_modules():
    py2cpp = os.environ.get("PY2CPP", str(ROOT / "build" / "py2cpp"))
    work = os.environ.get("PY2CPP_EXT_WORK")
    if work:
        pathlib.Path(work).mkdir(parents=True, exist_ok=True)
        work_dir = pathlib.Path(work)
    else:
        work_dir = pathlib.Path(tempfile.mkdtemp(prefix="py2cpp-ext-"))
    for path in build_modules(py2cpp, work_dir):
        sys.path.insert(0, str(path))
    yield
