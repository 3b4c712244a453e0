"""Tests of `py2cpp trace` (validate/py2cpp_trace.py and its hook), run on real Python programs.

Each test writes a small program into a temporary directory, traces it with Debian's
/usr/bin/python3 and reads the signatures file the tracer wrote beside the traced module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

TRACER = Path(__file__).resolve().parent.parent / "py2cpp_trace.py"
PYTHON = "/usr/bin/python3"


def exports(text: str) -> list[str]:
    """The `export ...` lines of a signatures file, without their comments."""
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.startswith("export ")]


class TraceTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="py2cpp-trace-test-")
        self.dir = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name: str, text: str) -> Path:
        path = self.dir / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def trace(self, *command: str, options: tuple[str, ...] = (), env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([PYTHON, str(TRACER), *options, "--", *command], cwd=self.dir, capture_output=True,
                              text=True, timeout=300, env=env)

    def sigs(self, module: str = "lib") -> str:
        return (self.dir / f"{module}.py2cpp-sigs").read_text(encoding="utf-8")

    def test_types_of_arguments_and_results(self):
        self.write("lib.py", """
            def f(*args):
                return None
            def g(a, b, c, d, e, f, g, h):
                return a
        """)
        self.write("prog.py", """
            import numpy as np
            import lib
            lib.g(1, 2.5, True, "s", None, np.zeros((3, 2), dtype=np.float32).T, (1, 2.0), [1, 2.5])
            lib.g(np.float64(1.5), np.int64(3), np.bool_(True), {"a": 1}, [[1], [2.0]], {1, 2}, np.ones(4, np.int32), 2 ** 70)
            lib.g(np.zeros((2, 2, 2), dtype=np.complex128), [], (), [(1, 2.0), (3, 4)], np.uint8(1), 1j, lambda: 0, object())
        """)
        result = self.trace(PYTHON, "prog.py")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(exports(self.sigs())), [
            "export g(complex128[:,:,:], list, tuple[()], list[tuple[int, float]], numpy.uint8, complex, function, object)",
            "export g(float, int, bool, dict[str, int], list[list[float]], set[int], int32[:], int(beyond 64 bits))",
            "export g(int, float, bool, str, None, float32[:,:], tuple[int, float], list[float])",
        ])
        # Results and array layouts other than C order are noted after the signature.
        self.assertIn("export g(int, float, bool, str, None, float32[:,:], tuple[int, float], list[float])"
                      "  # 1 call; -> int; layout f: F", self.sigs())

    def test_call_counts_results_and_specialisations(self):
        self.write("lib.py", """
            def area(r):
                return 3.0 * r * r
        """)
        self.write("prog.py", """
            import lib
            for i in range(5):
                lib.area(i)
            lib.area(0.5)
        """)
        self.trace(PYTHON, "prog.py")
        text = self.sigs()
        self.assertIn("export area(int)  # 5 calls; -> float", text)
        self.assertIn("export area(float)  # 1 call; -> float", text)
        # The most called specialisation comes first.
        self.assertEqual(exports(text), ["export area(int)", "export area(float)"])

    def test_defaults_and_keywords_are_typed_as_received(self):
        self.write("lib.py", """
            def f(x, scale=1.0, *, shift=0):
                return x * scale + shift
        """)
        self.write("prog.py", """
            import lib
            lib.f(1)
            lib.f(2, shift=3.5)
        """)
        self.trace(PYTHON, "prog.py")
        self.assertEqual(exports(self.sigs()), ["export f(int, float, float)", "export f(int, float, int)"])

    def test_a_program_that_raises_is_still_recorded_and_says_so(self):
        self.write("lib.py", """
            def check(x):
                if x < 0:
                    raise ValueError("negative")
                return x
        """)
        self.write("prog.py", """
            import lib
            lib.check(1)
            lib.check(-1)
        """)
        result = self.trace(PYTHON, "prog.py")
        self.assertEqual(result.returncode, 1)
        self.assertIn("ValueError: negative", result.stderr)
        self.assertIn("exited with status 1", result.stderr)
        self.assertIn("export check(int)  # 2 calls; -> int; raised 1x", self.sigs())

    def test_generators_methods_nested_functions_and_lambdas(self):
        self.write("lib.py", """
            def gen(n):
                for i in range(n):
                    yield i
            def outer(x):
                def inner(y):
                    return y
                return inner(x) + (lambda z: z)(x) + sum(v for v in [x])
            class C:
                def method(self, x):
                    return x
        """)
        self.write("prog.py", """
            import lib
            print(sum(lib.gen(4)), lib.outer(2), lib.C().method(1))
        """)
        result = self.trace(PYTHON, "prog.py")
        self.assertEqual(result.returncode, 0, result.stderr)
        text = self.sigs()
        # One call of the generator (not one per resumption), recorded as a generator.
        self.assertIn("export gen(int)  # 1 call; -> generator", text)
        self.assertEqual(exports(text), ["export gen(int)", "export outer(int)"])

    def test_existing_file_keeps_hand_edits_and_gets_new_signatures(self):
        self.write("lib.py", """
            def f(x):
                return x
        """)
        self.write("lib.py2cpp-sigs", """
            # my notes
            export f(float64[:])
        """)
        self.write("prog.py", "import lib\nlib.f(1)\n")
        first = self.trace(PYTHON, "prog.py")
        self.assertIn("1 new signature", first.stdout)
        text = self.sigs()
        self.assertIn("# my notes", text)
        self.assertEqual(exports(text), ["export f(float64[:])", "export f(int)"])
        second = self.trace(PYTHON, "prog.py")
        self.assertIn("0 new signatures", second.stdout)
        self.assertEqual(self.sigs(), text)
        self.trace(PYTHON, "prog.py", options=("--replace",))
        self.assertEqual(exports(self.sigs()), ["export f(int)"])
        self.assertNotIn("# my notes", self.sigs())

    def test_module_option_and_test_files(self):
        self.write("lib.py", "def f(x):\n    return x\n")
        self.write("other.py", "def g(x):\n    return x\n")
        self.write("test_lib.py", """
            import lib, other
            def test_f():
                assert lib.f(2) == 2 and other.g(1.5) == 1.5
        """)
        # A test suite: the library's calls are recorded, the test file is not traced.
        result = self.trace(PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_lib.py")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertEqual(exports(self.sigs("lib")), ["export f(int)"])
        self.assertEqual(exports(self.sigs("other")), ["export g(float)"])
        self.assertFalse((self.dir / "test_lib.py2cpp-sigs").exists())
        # --module: only that file.
        (self.dir / "lib.py2cpp-sigs").unlink()
        (self.dir / "other.py2cpp-sigs").unlink()
        self.trace(PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_lib.py", options=("--module", "other.py"))
        self.assertFalse((self.dir / "lib.py2cpp-sigs").exists())
        self.assertEqual(exports(self.sigs("other")), ["export g(float)"])

    def test_child_processes_are_traced_too(self):
        self.write("lib.py", "def f(x):\n    return x\n")
        self.write("child.py", "import lib\nlib.f('text')\n")
        self.write("prog.py", f"""
            import subprocess, lib
            lib.f(1)
            subprocess.run([{PYTHON!r}, "child.py"], check=True)
        """)
        result = self.trace(PYTHON, "prog.py")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(exports(self.sigs())), ["export f(int)", "export f(str)"])

    def test_a_users_own_sitecustomize_still_runs(self):
        site = self.dir / "site"
        site.mkdir()
        (site / "sitecustomize.py").write_text("import os\nos.environ['SITE_RAN'] = 'yes'\n", encoding="utf-8")
        self.write("lib.py", "def f(x):\n    return x\n")
        self.write("prog.py", "import os, lib\nprint(os.environ.get('SITE_RAN'))\nlib.f(1)\n")
        env = dict(os.environ, PYTHONPATH=str(site))
        result = self.trace(PYTHON, "prog.py", env=env)
        self.assertEqual(result.stdout.splitlines()[0], "yes")
        self.assertEqual(exports(self.sigs()), ["export f(int)"])

    def test_too_many_specialisations_are_cut_with_a_note(self):
        self.write("lib.py", "def f(x):\n    return x\n")
        self.write("prog.py", "import lib\nfor v in (1, 1, 1, 2.0, 2.0, 's', None, True):\n    lib.f(v)\n")
        self.trace(PYTHON, "prog.py", options=("--max-specializations", "2"))
        text = self.sigs()
        self.assertEqual(exports(text), ["export f(int)", "export f(float)"])
        self.assertIn("# f: 3 more argument-type tuples (3 calls) left out", text)

    def test_a_command_that_runs_no_python_is_an_error(self):
        result = self.trace("/bin/true")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no Python process", result.stderr)
        missing = self.trace("/nonexistent/python")
        self.assertNotEqual(missing.returncode, 0)
        self.assertIn("cannot run '/nonexistent/python'", missing.stderr)

    def test_usage_errors(self):
        no_command = subprocess.run([PYTHON, str(TRACER)], capture_output=True, text=True)
        self.assertEqual(no_command.returncode, 2)
        self.assertIn("give the command to trace after --", no_command.stderr)
        bad_module = subprocess.run([PYTHON, str(TRACER), "--module", "nope.py", "--", PYTHON, "-c", "pass"],
                                    capture_output=True, text=True)
        self.assertEqual(bad_module.returncode, 2)
        self.assertIn("not an existing .py file", bad_module.stderr)


if __name__ == "__main__":
    unittest.main()
