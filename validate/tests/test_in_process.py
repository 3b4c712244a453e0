"""Tests of the harness's --python-module mode (py2cpp_harness/in_process.py) with a stand-in
for an extension module: calls on the same arrays, fallback detection, exceptions, comparison.
The real extension modules are exercised by ctest's validate.python_module.* and tests/python.

    /usr/bin/python3 -m unittest discover -s validate/tests -v
"""

from __future__ import annotations

import subprocess
import sys
import types
import unittest
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from py2cpp_harness import in_process  # noqa: E402
from py2cpp_harness.compare import RaisedException  # noqa: E402
from py2cpp_harness.reference import PreparedRun  # noqa: E402
from py2cpp_harness.spec import Located, RunSpec, Tolerance  # noqa: E402


def fake_extension(function, compiled=True):
    """A module like the generated ones: the function and py2cpp_last_path()."""
    module = types.ModuleType("fake_ext")
    state = {}

    def wrapper(*args):
        state["last"] = (function.__name__, "cpp" if compiled else "python", "sig" if compiled else "")
        return function(*args)

    wrapper.__name__ = function.__name__
    setattr(module, function.__name__, wrapper)
    module.py2cpp_last_path = lambda: state.get("last")
    return module


def prepared(function: str, values, result=None, exception=None) -> PreparedRun:
    run = PreparedRun(1, RunSpec(Located(f"{function}(...)", "spec:1")), function, [f"a{i}" for i in range(len(values))],
                      list(values), ["float64[:]"] * len(values))
    run.python_result, run.python_exception = result, exception
    return run


def tolerance(_output):
    return Tolerance(1e-12, 0.0, None)


def double(a):
    a *= 2  # in place: the harness passes the pre-call copies themselves
    return a.sum()


def fails(a):
    raise ValueError("bad input")


class InProcessTest(unittest.TestCase):
    def test_same_arrays_and_pass(self):
        values = [np.arange(4.0)]
        run = prepared("double", values, result=np.float64(12.0))
        driver, result, path = in_process.call_in_process(fake_extension(double), run)
        self.assertEqual(path, "sig")
        self.assertEqual(values[0].tolist(), [0, 2, 4, 6])  # called on the very arrays, no copy
        rows = in_process.compare_in_process(run, driver, result, path, tolerance)
        self.assertTrue(all(row.passed for row in rows))
        self.assertIsNotNone(driver.call_seconds)

    def test_mismatch(self):
        run = prepared("double", [np.arange(4.0)], result=np.float64(13.0))
        driver, result, path = in_process.call_in_process(fake_extension(double), run)
        self.assertFalse(in_process.compare_in_process(run, driver, result, path, tolerance)[0].passed)

    def test_fallback_is_a_failure(self):
        run = prepared("double", [np.arange(4.0)], result=np.float64(12.0))
        driver, result, path = in_process.call_in_process(fake_extension(double, compiled=False), run)
        self.assertIsNone(path)
        rows = in_process.compare_in_process(run, driver, result, path, tolerance)
        self.assertFalse(rows[0].passed)
        self.assertIn("fell back", rows[0].note)

    def test_exceptions_compared(self):
        run = prepared("fails", [np.arange(2.0)], exception=RaisedException("ValueError", "bad input"))
        driver, result, path = in_process.call_in_process(fake_extension(fails), run)
        self.assertEqual(driver.exception, RaisedException("ValueError", "bad input"))
        self.assertEqual(driver.completed.returncode, 1)
        self.assertTrue(in_process.compare_in_process(run, driver, result, path, tolerance)[0].passed)
        run.python_exception = RaisedException("ValueError", "other")
        self.assertFalse(in_process.compare_in_process(run, driver, result, path, tolerance)[0].passed)

    def test_missing_module(self):
        self.assertIsNone(in_process.load_extension(Path("/nonexistent"), "nothing"))

    def test_cross_target_rejected(self):
        script = HERE.parent / "py2cpp_validate.py"
        completed = subprocess.run([sys.executable, str(script), "--py2cpp", sys.executable, "--python-module",
                                    "--target", "armhf", str(HERE)], capture_output=True, text=True)
        self.assertEqual(completed.returncode, 2)
        self.assertIn("--python-module", completed.stderr)


if __name__ == "__main__":
    unittest.main()
