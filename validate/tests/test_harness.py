"""Tests of the validation harness (validate/py2cpp_validate.py).

    /usr/bin/python3 -m unittest discover -s validate/tests -v

Unit tests cover spec parsing, type derivation, the comparison maths and the manifest; the end to
end tests run the real command line against fake_py2cpp.py, a stand-in transpiler whose "binary"
implements the driver protocol in Python (fault injection through `# FAKE:` markers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
VALIDATE = HERE.parent
sys.path.insert(0, str(VALIDATE))

from py2cpp_harness import compare, spec as spec_module, values  # noqa: E402
from py2cpp_harness.compare import RaisedException, compare_exceptions, compare_results, float_metrics, ulp_distance  # noqa: E402
from py2cpp_harness.manifest import ManifestError, read_manifest, write_manifest  # noqa: E402
from py2cpp_harness.reference import Reference, parse_call  # noqa: E402
from py2cpp_harness.spec import Located, SpecError, Tolerance  # noqa: E402
from py2cpp_harness.tool import configured_emulator, parse_call_seconds, parse_exception, parse_peak_rss, run_driver  # noqa: E402

SCRIPT = VALIDATE / "py2cpp_validate.py"
FAKE = HERE / "fake_py2cpp.py"
FAKE_EMULATOR = HERE / "fake_emulator.py"


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="py2cpp-validate-test-")
        self.tmp = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name: str, text: str) -> Path:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
        return path


# ---- spec parsing ----------------------------------------------------------------------------------

class SpecFromModuleTest(TempDirTest):
    def test_collects_setup_and_run_lines_with_locations(self):
        path = self.write("m.py", """\
            #setup: import numpy as np
            #setup: a = np.arange(3.0)
            # run: f(a)
            x = "#run: not_a_directive()"
            #run: f(a, 2)
            def f(a, k=1):
                return a * k
            """)
        spec = spec_module.load_spec(path)
        self.assertEqual([s.text for s in spec.setup], ["import numpy as np", "a = np.arange(3.0)"])
        self.assertEqual([s.where for s in spec.setup], [f"{path}:1", f"{path}:2"])
        self.assertEqual([r.call.text for r in spec.runs], ["f(a)", "f(a, 2)"])
        self.assertEqual(spec.runs[1].call.where, f"{path}:5")

    def test_tolerance_directive_sets_the_module_defaults(self):
        path = self.write("m.py", "#tolerance: rtol=1e-9, max_ulp=none\n#run: f()\ndef f():\n    return 1.0\n")
        spec = spec_module.load_spec(path)
        self.assertEqual(spec.overrides, {"rtol": 1e-9, "max_ulp": None})
        tolerance = spec.tolerance_for(spec.runs[0], "result", {"atol": 1e-12})
        self.assertEqual((tolerance.rtol, tolerance.atol), (1e-9, 1e-12))

    def test_bad_tolerance_directive_names_its_line(self):
        path = self.write("m.py", "x = 1\n#tolerance: rtol=tiny\n#run: f()\n")
        with self.assertRaisesRegex(SpecError, r"m\.py:2: rtol needs a number"):
            spec_module.load_spec(path)
        path = self.write("m.py", "#tolerance: speed=1\n#run: f()\n")
        with self.assertRaisesRegex(SpecError, r"m\.py:1: expected KEY=VALUE"):
            spec_module.load_spec(path)

    def test_no_run_lines_is_an_error(self):
        path = self.write("m.py", "#setup: x = 1\ndef f(): pass\n")
        with self.assertRaisesRegex(SpecError, r"m\.py: no '#run: <call>' lines"):
            spec_module.load_spec(path)

    def test_empty_directive_names_its_line(self):
        path = self.write("m.py", "x = 1\n#run:\n")
        with self.assertRaisesRegex(SpecError, r"m\.py:2: empty #run: line"):
            spec_module.load_spec(path)

    def test_missing_input(self):
        with self.assertRaisesRegex(SpecError, "no such file or directory"):
            spec_module.load_spec(self.tmp / "nope.py")


class SpecFromDirectoryTest(TempDirTest):
    def write_spec(self, data) -> Path:
        self.write("case/mod.py", "def f(x):\n    return x\n")
        (self.tmp / "case" / "validate.json").write_text(json.dumps(data))
        return self.tmp / "case"

    def test_full_schema_and_tolerance_layers(self):
        directory = self.write_spec({
            "module": "mod.py",
            "setup": ["import numpy as np", "x = 1.5"],
            "runs": ["f(x)", {"call": "f(2.0)", "tolerances": {"atol": 1e-3, "outputs": {"result": {"rtol": 0.5}}}}],
            "tolerances": {"rtol": 1e-9, "max_ulp": 4, "outputs": {"result[1]": {"atol": 1e-6}},
                           "per_run": {"f(x)": {"rtol": 1e-3}}},
        })
        spec = spec_module.load_spec(directory)
        self.assertEqual(spec.module, directory / "mod.py")
        self.assertEqual(spec.setup[1].where, f"{directory / 'validate.json'}: setup[1]")
        self.assertEqual(spec.runs[1].call.where, f"{directory / 'validate.json'}: runs[1]")
        first, second = spec.runs
        self.assertEqual(spec.tolerance_for(first, "result", {}), Tolerance(rtol=1e-3, atol=0.0, max_ulp=4))
        self.assertEqual(spec.tolerance_for(first, "result[1]", {}), Tolerance(rtol=1e-3, atol=1e-6, max_ulp=4))
        self.assertEqual(spec.tolerance_for(second, "result", {}), Tolerance(rtol=0.5, atol=1e-3, max_ulp=4))
        # The command line beats the file's global values only.
        self.assertEqual(spec.tolerance_for(second, "result[0]", {"rtol": 1e-2, "max_ulp": None}),
                         Tolerance(rtol=1e-2, atol=1e-3, max_ulp=None))

    def test_errors_name_the_file_and_key(self):
        cases = [
            ({"module": "mod.py", "runs": ["f(1)"], "extra": 1}, "unknown key 'extra'"),
            ({"module": "other.py", "runs": ["f(1)"]}, "module file .*other.py does not exist"),
            ({"module": "mod.py", "runs": []}, "'runs' must be a non-empty list"),
            ({"module": "mod.py", "runs": ["f(1)"], "tolerances": {"rtol": -1}}, "'rtol' must be a non-negative number"),
            ({"module": "mod.py", "runs": ["f(1)"], "tolerances": {"max_ulp": 1.5}}, "'max_ulp' must be a non-negative integer"),
            ({"module": "mod.py", "runs": ["f(1)"], "tolerances": {"per_run": {"g(1)": {}}}}, "'g\\(1\\)' is not one of the runs"),
            ({"module": "mod.py", "runs": ["f(1)"], "tolerances": {"outputs": {"out[0]": {}}}}, "not an output path"),
            ({"module": "mod.py", "runs": [{"call": "f(1)", "tolerances": {"per_run": {}}}]}, "runs\\[0\\].*unknown key 'per_run'"),
        ]
        for data, message in cases:
            with self.subTest(message=message):
                with self.assertRaisesRegex(SpecError, "validate.json.*" + message):
                    spec_module.load_spec(self.write_spec(data))

    def test_invalid_json_names_the_line(self):
        self.write("case/mod.py", "")
        (self.tmp / "case" / "validate.json").write_text('{\n  "module": "mod.py",\n  oops\n}')
        with self.assertRaisesRegex(SpecError, r"validate\.json:3: invalid JSON"):
            spec_module.load_spec(self.tmp / "case")

    def test_directory_without_spec(self):
        (self.tmp / "empty").mkdir()
        with self.assertRaisesRegex(SpecError, "no validate.json"):
            spec_module.load_spec(self.tmp / "empty")


# ---- argument types and literals --------------------------------------------------------------------

class ValuesTest(unittest.TestCase):
    def test_signature_types(self):
        cases = [
            (True, "bool"), (np.bool_(False), "bool"), (3, "int"), (np.int64(3), "int"), (2.5, "float"),
            (np.float64(2.5), "float"), ("s", "str"), (None, "None"),
            (np.zeros(3), "float64[:]"), (np.zeros((2, 3), dtype=np.int32), "int32[:,:]"),
            (np.zeros(2, dtype=np.uint32), "uint32[:]"), (np.zeros((1, 1), dtype=np.float32), "float32[:,:]"),
            (np.zeros(4, dtype=bool), "bool[:]"), ((1, 2.0, (True, "x")), "tuple[int, float, tuple[bool, str]]"),
        ]
        for value, expected in cases:
            with self.subTest(value=value):
                self.assertEqual(values.signature_type(value), expected)

    def test_unsupported_values_say_what_to_pass(self):
        cases = [
            (np.float32(1), "NumPy float32 scalar is not supported; pass float"),
            (np.int32(1), "NumPy int32 scalar is not supported; pass int"),
            (2 ** 63, "does not fit in 64 bits"),
            ([1, 2], "a list is not supported; pass np.array"),
            (np.zeros(3, dtype=np.uint8), "dtype uint8 are not supported"),
            (np.zeros(3, dtype=np.complex128), "dtype complex128 are not supported"),
            (np.array(1.0), "0-d arrays are not supported"),
            ({}, "type dict is not supported"),
            ((), "empty tuple"),
        ]
        for value, message in cases:
            with self.subTest(message=message):
                with self.assertRaisesRegex(values.UnsupportedValue, message):
                    values.signature_type(value)

    def test_command_line_literals(self):
        cases = [(True, "True"), (np.bool_(False), "False"), (-42, "-42"), (np.int64(7), "7"), (0.1, "0.1"),
                 (1e300, "1e+300"), (float("inf"), "inf"), (float("-inf"), "-inf"), (float("nan"), "nan"),
                 (np.float64(-0.0), "-0.0"), ("a b", "a b"), (None, "None"), ((1, "x", 2.5), "(1, 'x', 2.5)"),
                 ((3,), "(3,)")]
        for value, expected in cases:
            with self.subTest(value=value):
                self.assertEqual(values.command_line_literal(value), expected)


# ---- the Python side ---------------------------------------------------------------------------------

class ReferenceTest(TempDirTest):
    def reference(self, source: str, setup: list[str]) -> Reference:
        path = self.write("refmod.py", source)
        reference = Reference(path)
        reference.import_module()
        reference.run_setup([Located(text, f"refmod.py:{i + 1}") for i, text in enumerate(setup)])
        return reference

    def test_binds_defaults_and_keywords_and_copies_arrays(self):
        reference = self.reference("def f(a, k=2, *, flag=False):\n    a *= k\n    return a\n",
                                   ["import numpy as np", "x = np.ones(3)"])
        run = reference.prepare(1, spec_module.RunSpec(Located("f(x, flag=True)", "refmod.py:9")))
        self.assertEqual(run.params, ["a", "k", "flag"])
        self.assertEqual(run.types, ["float64[:]", "int", "bool"])
        self.assertEqual(run.signature, "f(float64[:], int, bool)")
        reference.call(run)
        np.testing.assert_array_equal(run.python_result, [2.0, 2.0, 2.0])
        np.testing.assert_array_equal(run.values[0], [1.0, 1.0, 1.0])  # the copy taken before the call
        self.assertIsNone(run.python_exception)
        self.assertGreaterEqual(run.python_seconds, 0.0)

    def test_setup_is_seeded(self):
        first = self.reference("def f(): pass\n", ["import numpy as np", "r = np.random.rand()"]).namespace["r"]
        second = self.reference("def f(): pass\n", ["import numpy as np", "r = np.random.rand()"]).namespace["r"]
        self.assertEqual(first, second)
        np.random.seed(0)
        self.assertEqual(first, np.random.rand())

    def test_records_exceptions_with_qualified_names(self):
        reference = self.reference(
            "import numpy as np\ndef bad(x):\n    raise ValueError('no')\n"
            "def singular(x):\n    return np.linalg.inv(np.zeros((2, 2)))\n", [])
        for text, expected in [("bad(1.0)", RaisedException("ValueError", "no")),
                               ("singular(1.0)", RaisedException("numpy.linalg.LinAlgError", "Singular matrix"))]:
            run = reference.prepare(1, spec_module.RunSpec(Located(text, "x:1")))
            reference.call(run)
            self.assertEqual(run.python_exception, expected)

    def test_errors_name_the_run_or_setup_line(self):
        reference = self.reference("def f(x, y=1):\n    return x\nnot_a_function = 3\n", ["import numpy as np", "z = 1"])
        cases = [
            ("x + 1", "refmod.py:7: #run must be a call of a module function"),
            ("np.sum(z)", "refmod.py:7: #run must be a call of a module function"),
            ("f(*z)", "refmod.py:7: \\*args and \\*\\*kwargs are not supported"),
            ("f(", "refmod.py:7: invalid #run expression"),
            ("g(z)", "refmod.py:7: 'g' is not a function defined in refmod.py"),
            ("not_a_function(z)", "refmod.py:7: 'not_a_function' is not a function"),
            ("f(undefined)", "refmod.py:7: evaluating the argument 'undefined' raised NameError"),
            ("f(1, 2, 3)", "refmod.py:7: cannot call f\\(x, y=1\\): too many positional arguments"),
            ("f([1, 2])", "refmod.py:7: argument 'x': a list is not supported"),
            ("f((np.zeros(2), 1))", "refmod.py:7: argument 'x': arrays inside tuple arguments are not supported"),
            ("f(np.float32(1))", "refmod.py:7: argument 'x': a NumPy float32 scalar is not supported"),
        ]
        for text, message in cases:
            with self.subTest(text=text):
                with self.assertRaisesRegex(SpecError, message):
                    reference.prepare(1, spec_module.RunSpec(Located(text, "refmod.py:7")))

    def test_setup_errors_name_their_line(self):
        with self.assertRaisesRegex(SpecError, r"refmod\.py:2: #setup raised ZeroDivisionError: division by zero"):
            self.reference("def f(): pass\n", ["x = 1", "y = 1 / 0"])
        with self.assertRaisesRegex(SpecError, r"refmod\.py:1: invalid #setup code"):
            self.reference("def f(): pass\n", ["x = = 1"])

    def test_module_import_errors(self):
        path = self.write("broken.py", "raise RuntimeError('at import')\n")
        with self.assertRaisesRegex(SpecError, "broken.py: importing the module raised RuntimeError: at import"):
            Reference(path).import_module()

    def test_parse_call(self):
        call = parse_call(Located("f(a, 2.0, k=3)", "m.py:1"))
        self.assertEqual(call.func.id, "f")
        self.assertEqual(len(call.args), 2)
        self.assertEqual(call.keywords[0].arg, "k")


# ---- comparison maths --------------------------------------------------------------------------------

def tol(rtol=1e-12, atol=0.0, max_ulp=None):
    return Tolerance(rtol, atol, max_ulp)


class UlpTest(unittest.TestCase):
    def test_float64_distances(self):
        one = np.array([1.0])
        self.assertEqual(int(ulp_distance(one, np.nextafter(one, 2))[0]), 1)
        self.assertEqual(int(ulp_distance(np.array([-0.0]), np.array([0.0]))[0]), 0)
        tiny = np.array([5e-324])
        self.assertEqual(int(ulp_distance(-tiny, tiny)[0]), 2)  # crosses zero
        big = np.array([np.finfo(np.float64).max])
        self.assertEqual(int(ulp_distance(-big, big)[0]), 2 * 0x7FEFFFFFFFFFFFFF)  # needs the full uint64 range
        self.assertEqual(int(ulp_distance(np.array([2.0]), np.array([1.0]))[0]), 2 ** 52)

    def test_float32_distances(self):
        one = np.array([1.0], dtype=np.float32)
        self.assertEqual(int(ulp_distance(one, np.nextafter(one, np.float32(0)))[0]), 1)
        tiny = np.array([1e-45], dtype=np.float32)
        self.assertEqual(int(ulp_distance(-tiny, tiny)[0]), 2)
        self.assertEqual(int(ulp_distance(np.array([2.0], np.float32), one)[0]), 2 ** 23)


class FloatMetricsTest(unittest.TestCase):
    def test_metrics_and_rtol_rule(self):
        b = np.array([1.0, 2.0, 0.0, -4.0])
        a = b + np.array([1e-13, 0.0, 1e-20, 0.0])
        metrics = float_metrics(a, b, tol())
        self.assertEqual(metrics.mismatches, 1)  # 1e-20 against 0.0: atol is 0
        self.assertEqual(metrics.first_mismatch, 2)
        self.assertAlmostEqual(metrics.max_abs, 1e-13, delta=1e-16)
        self.assertAlmostEqual(metrics.max_rel, 1e-13, delta=1e-16)  # b == 0 is left out of the relative error
        self.assertEqual(float_metrics(a, b, tol(atol=1e-19)).mismatches, 0)

    def test_nan_and_inf_positions_must_coincide(self):
        nan, inf = float("nan"), float("inf")
        b = np.array([nan, inf, -inf, 1.0])
        self.assertEqual(float_metrics(b.copy(), b, tol()).mismatches, 0)
        for a, bad in [([1.0, inf, -inf, 1.0], 0), ([nan, -inf, -inf, 1.0], 1), ([nan, inf, inf, 1.0], 2),
                       ([nan, inf, -inf, nan], 3), ([nan, 1e308, -inf, 1.0], 1)]:
            with self.subTest(a=a):
                metrics = float_metrics(np.array(a), b, tol(rtol=1.0))
                self.assertEqual(metrics.mismatches, 1)
                self.assertEqual(metrics.first_mismatch, bad)

    def test_max_ulp_only_tightens(self):
        b = np.array([1.0])
        a = b + 3 * np.finfo(float).eps  # 3 ulps, relative error 6.7e-16
        self.assertEqual(float_metrics(a, b, tol()).mismatches, 0)
        self.assertEqual(float_metrics(a, b, tol(max_ulp=3)).mismatches, 0)
        self.assertEqual(float_metrics(a, b, tol(max_ulp=2)).mismatches, 1)
        self.assertEqual(float_metrics(a, b, tol(rtol=0.0, max_ulp=10)).mismatches, 1)
        self.assertEqual(float_metrics(a, b, tol(max_ulp=2)).max_ulp, 3)

    def test_signed_zero_and_empty(self):
        self.assertEqual(float_metrics(np.array([-0.0]), np.array([0.0]), tol(rtol=0.0)).mismatches, 0)
        empty = float_metrics(np.array([]), np.array([]), tol())
        self.assertEqual((empty.mismatches, empty.max_abs, empty.max_ulp), (0, None, None))


class CompareResultsTest(unittest.TestCase):
    def compare(self, cpp, python, tolerance=None):
        return compare_results(cpp, python, lambda path: tolerance or tol())

    def test_paths_and_kinds_of_a_nested_tuple(self):
        python = (np.float64(1.5), (np.arange(3), 4), "s", None, True)
        rows = self.compare((1.5, (np.arange(3), 4), "s", None, True), python)
        self.assertEqual([(r.path, r.kind, r.passed) for r in rows], [
            ("result[0]", "float", True), ("result[1][0]", "array", True), ("result[1][1]", "int", True),
            ("result[2]", "str", True), ("result[3]", "none", True), ("result[4]", "bool", True)])
        self.assertEqual(rows[1].dtype, "int64")
        self.assertEqual(rows[1].shape, (3,))

    def test_structure_mismatches(self):
        cases = [
            (0.0, 0, "Python returned int 0, C\\+\\+ returned float 0.0"),
            ((1, 2), (1, 2, 3), "Python returned a tuple of 3, C\\+\\+ a tuple of 2"),
            (np.zeros(3, np.float32), np.zeros(3), "dtype differs: Python float64, C\\+\\+ float32"),
            (np.zeros((3, 1)), np.zeros(3), "shape differs: Python \\(3,\\), C\\+\\+ \\(3, 1\\)"),
            (1, [1], "Python returned list"),
        ]
        for cpp, python, note in cases:
            with self.subTest(note=note):
                [row] = self.compare(cpp, python)
                self.assertFalse(row.passed)
                self.assertRegex(row.note, note)

    def test_exact_kinds(self):
        self.assertFalse(self.compare(3, 4)[0].passed)
        self.assertEqual(self.compare(3, 4)[0].max_abs, 1.0)
        self.assertFalse(self.compare("a", "b")[0].passed)
        self.assertFalse(self.compare(True, False)[0].passed)
        [row] = self.compare(np.array([1, 5, 3]), np.array([1, 2, 3]))
        self.assertEqual((row.passed, row.mismatches, row.max_abs), (False, 1, 3.0))
        self.assertRegex(row.note, r"1 of 3 elements differ; first at \(1,\): Python 2, C\+\+ 5")
        big = np.array([2 ** 62], dtype=np.int64)
        self.assertEqual(self.compare(big + 1, big)[0].max_abs, 1.0)  # exact, no float rounding

    def test_float_array_note_gives_the_index(self):
        python = np.zeros((2, 3))
        cpp = python.copy()
        cpp[1, 2] = 1e-3
        [row] = self.compare(cpp, python)
        self.assertEqual(row.mismatches, 1)
        self.assertRegex(row.note, r"first at \(1, 2\)")

    def test_exceptions(self):
        value_error = RaisedException("ValueError", "bad")
        self.assertTrue(compare_exceptions(value_error, RaisedException("ValueError", "bad")).passed)
        self.assertFalse(compare_exceptions(value_error, RaisedException("ValueError", "other")).passed)
        self.assertFalse(compare_exceptions(value_error, RaisedException("TypeError", "bad")).passed)
        self.assertTrue(compare_exceptions(RaisedException("LinAlgError", "Singular matrix"),
                                           RaisedException("numpy.linalg.LinAlgError", "Singular matrix")).passed)
        self.assertRegex(compare_exceptions(None, value_error).note, "C\\+\\+ returned normally")
        self.assertRegex(compare_exceptions(value_error, None).note, "Python returned normally")


# ---- manifest and driver output -----------------------------------------------------------------------

class ManifestTest(TempDirTest):
    def test_round_trip(self):
        value = (1.5, np.arange(6.0).reshape(2, 3), (np.array([True, False]), -7, "é\n\"", None), float("nan"))
        write_manifest(self.tmp / "r", value)
        node = json.loads((self.tmp / "r" / "result.json").read_text())
        self.assertEqual(node["items"][1], {"kind": "array", "file": "r0.npy", "dtype": "float64", "shape": [2, 3]})
        self.assertEqual(node["items"][3], {"kind": "float", "value": "nan"})
        back = read_manifest(self.tmp / "r")
        self.assertEqual(back[0], 1.5)
        np.testing.assert_array_equal(back[1], value[1])
        np.testing.assert_array_equal(back[2][0], value[2][0])
        self.assertEqual(back[2][1:], (-7, "é\n\"", None))
        self.assertTrue(np.isnan(back[3]))

    def test_reads_what_the_cpp_writer_writes(self):
        directory = self.tmp / "c"
        directory.mkdir()
        (directory / "result.json").write_text(
            '{"kind":"tuple","items":[{"kind":"float","value":"-inf"},{"kind":"int","value":"-9223372036854775808"},'
            '{"kind":"str","value":"a\\"b\\\\c\\n\\u0001\xc3\xa9"}]}\n', encoding="latin-1")
        self.assertEqual(read_manifest(directory), (float("-inf"), -2 ** 63, "a\"b\\c\n\x01é"))

    def test_malformed_manifests(self):
        cases = [
            (None, "cannot read the result manifest"),
            ("{", "invalid JSON"),
            ('{"kind":"complex","value":"1j"}', "unknown kind 'complex'"),
            ('{"kind":"float"}', "malformed float entry"),
            ('{"kind":"bool","value":1}', "malformed bool entry"),
            ('{"kind":"array","file":"../x.npy"}', "bad array file name"),
            ('{"kind":"array","file":"missing.npy"}', "missing.npy: cannot load"),
            ('{"kind":"tuple","items":[{"value":1}]}', "expected an object with a \"kind\""),
        ]
        for i, (text, message) in enumerate(cases):
            directory = self.tmp / f"m{i}"
            directory.mkdir()
            if text is not None:
                (directory / "result.json").write_text(text)
            with self.subTest(message=message):
                with self.assertRaisesRegex(ManifestError, message):
                    read_manifest(directory)

    def test_unsupported_python_results(self):
        with self.assertRaisesRegex(ManifestError, "type list"):
            write_manifest(self.tmp / "x", [1])


class DriverOutputTest(unittest.TestCase):
    def test_call_seconds(self):
        self.assertEqual(parse_call_seconds("noise\npy2cpp-call-seconds: 0.25\n"), 0.25)
        self.assertEqual(parse_call_seconds("py2cpp-call-seconds: 1\npy2cpp-call-seconds: 2e-3\n"), 0.002)
        self.assertIsNone(parse_call_seconds("nothing"))

    def test_exception_line(self):
        text = "Traceback (most recent call last):\n  File \"<compiled>\", in <module>\nValueError: bad: value\n"
        self.assertEqual(parse_exception(text), RaisedException("ValueError", "bad: value"))
        self.assertEqual(parse_exception("Traceback (most recent call last):\nStopIteration\n"),
                         RaisedException("StopIteration", ""))
        self.assertIsNone(parse_exception("Segmentation fault\n"))

    def test_peak_rss_line(self):
        self.assertEqual(parse_peak_rss("py2cpp-call-seconds: 1\npy2cpp-peak-rss-kib: 17288\n"), 17288)
        self.assertIsNone(parse_peak_rss("py2cpp-peak-rss-kib: lots\n"))

    def test_driver_stderr_keeps_the_exception_last_without_the_figures(self):
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "driver.py"
            script.write_text("import sys\nsys.stderr.write('py2cpp-peak-rss-kib: 99\\nTraceback (most recent call last):\\n"
                              "ValueError: bad\\n')\nsys.exit(1)\n")
            run = run_driver([sys.executable, str(script)], Path(tmp) / "out", "f", [], 60)
        self.assertEqual(run.completed.command[:2], [sys.executable, str(script)])
        self.assertEqual(run.peak_rss_kib, 99)
        self.assertEqual(run.exception, RaisedException("ValueError", "bad"))
        self.assertNotIn("py2cpp-peak-rss-kib", run.stderr)


class ConfiguredEmulatorTest(TempDirTest):
    def test_reads_cmakes_emulator_list_beside_the_binary(self):
        self.write("b/CMakeCache.txt", "CMAKE_BUILD_TYPE:STRING=Release\n"
                   "CMAKE_CROSSCOMPILING_EMULATOR:STRING=qemu-arm;-L;/usr/arm-linux-gnueabihf\n")
        self.assertEqual(configured_emulator(self.tmp / "b" / "prog"), ["qemu-arm", "-L", "/usr/arm-linux-gnueabihf"])

    def test_native_builds_have_none(self):
        self.assertEqual(configured_emulator(self.tmp / "nothing" / "prog"), [])
        self.write("b/CMakeCache.txt", "CMAKE_CROSSCOMPILING_EMULATOR:STRING=\nCMAKE_CXX_COMPILER:FILEPATH=/usr/bin/c++\n")
        self.assertEqual(configured_emulator(self.tmp / "b" / "prog"), [])


# ---- end to end with the fake transpiler ----------------------------------------------------------------

MODULE = """\
    \"\"\"A module for the end-to-end tests.\"\"\"
    #setup: import numpy as np; a = np.random.rand(6); M = np.asfortranarray(np.random.rand(3, 4))
    #setup: n = 4
    #run: stats(a, 2.0)
    #run: stats(a, scale=0.5)
    #run: colsum(M)
    #run: labels(n)
    #run: checked(-1.0)
    #run: double_in_place(a)
    import numpy as np
    {markers}

    def stats(x, scale=1.0, flag=True):
        return np.sum(x) * scale, x * scale, (int(x.size), flag)

    def colsum(m):
        return m.sum(axis=0)

    def labels(n):
        return n * 2, "text", None

    def checked(x):
        if x < 0:
            raise ValueError("negative input")
        return x

    def double_in_place(v):
        v *= 2.0
        return v.sum()
    """


class EndToEndTest(TempDirTest):
    def module(self, markers: str = "", name: str = "e2e_mod.py") -> Path:
        return self.write(name, MODULE.replace("{markers}", markers))

    def validate(self, *args: str, env=None):
        environment = dict(os.environ, XDG_CACHE_HOME=str(self.tmp / "cache"), **(env or {}))
        return subprocess.run([sys.executable, str(SCRIPT), "--py2cpp", str(FAKE), *args], capture_output=True,
                              text=True, env=environment, timeout=120)

    def report(self, path: Path) -> dict:
        return json.loads(path.read_text())

    def test_everything_passes(self):
        report = self.tmp / "report.json"
        log = self.tmp / "fake.log"
        result = self.validate(str(self.module()), "--report", str(report), env={"FAKE_PY2CPP_LOG": str(log)})
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("14/14 outputs passed in 6 run(s)", result.stdout)
        self.assertRegex(result.stdout, r"run\s+output\s+dtype\s+shape\s+max abs err\s+max rel err\s+max ulp\s+vs Python\s+"
                                        r"Python s\s+C\+\+ s\s+result")
        self.assertRegex(result.stderr, r"\[py2cpp-validate +\d+\.\d+s\] C\+\+ run 3/6: colsum\(M\)")
        data = self.report(report)
        self.assertEqual(data["status"], "pass")
        self.assertEqual(data["signatures"], ["stats(float64[:], float, bool)", "colsum(float64[:,:])", "labels(int)",
                                              "checked(float)", "double_in_place(float64[:])"])
        first = data["runs"][0]
        self.assertEqual(first["arguments"]["scale"], "2.0")
        self.assertEqual(first["arguments"]["flag"], "True")
        self.assertTrue(first["arguments"]["x"].endswith("run1/args/x.npy"))
        self.assertEqual([o["path"] for o in first["outputs"]], ["result[0]", "result[1]", "result[2][0]", "result[2][1]"])
        self.assertEqual(first["outputs"][1]["shape"], [6])
        self.assertIsNotNone(first["cpp"]["seconds"])
        self.assertEqual(data["runs"][4]["outputs"][0]["note"], "both raised ValueError: negative input")
        # transpiled once with every signature, built once
        calls = [json.loads(line) for line in log.read_text().splitlines()]
        self.assertEqual([c[0] for c in calls], ["transpile", "build"])
        self.assertEqual(calls[0].count("--sig"), 5)

    def test_executable_validates_an_already_built_driver(self):
        # A program holding several modules, selected by its first argument (as tests/build_batch.py
        # builds them): built here with the fake py2cpp, then validated without transpile or build.
        module = self.module()
        project = self.tmp / "prebuilt"
        for step in (["transpile", str(module), "-o", str(project), "--sig", "stats(float64[:], float, bool)",
                      "--sig", "colsum(float64[:,:])", "--sig", "labels(int)", "--sig", "checked(float)",
                      "--sig", "double_in_place(float64[:])"], ["build", str(project)]):
            done = subprocess.run([sys.executable, str(FAKE), *step], capture_output=True, text=True)
            self.assertEqual(done.returncode, 0, done.stderr)
        binary = done.stdout.split()[-1]
        multi = self.write("multi.sh", f'#!/bin/sh\n[ "$1" = e2e_mod ] || exit 9\nshift\nexec {binary} "$@"\n')
        multi.chmod(0o755)
        log = self.tmp / "fake.log"
        report = self.tmp / "report.json"
        result = self.validate(str(module), "--executable", f"{multi} e2e_mod", "--report", str(report),
                               env={"FAKE_PY2CPP_LOG": str(log)})
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("14/14 outputs passed in 6 run(s)", result.stdout)
        self.assertFalse(log.exists())  # neither transpiled nor built
        self.assertEqual(self.report(report)["runs"][0]["cpp"]["command"][:2], [str(multi), "e2e_mod"])
        # The command's own argument reaches it: another module name is refused by the program.
        wrong = self.validate(str(module), "--executable", f"{multi} other", "-q")
        self.assertEqual(wrong.returncode, 1)
        self.assertIn("exited with status 9", wrong.stdout)
        refused = self.validate(str(module), "--executable", f"{multi} e2e_mod", "--python-module")
        self.assertEqual(refused.returncode, 2)
        self.assertIn("--executable runs an already-built driver", refused.stderr)

    def test_default_work_dir_keeps_only_the_report_on_success(self):
        result = self.validate(str(self.module()), "-q")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        entries = sorted((self.tmp / "cache" / "py2cpp" / "validate").iterdir())
        [work] = [p for p in entries if p.is_dir()]
        self.assertTrue(work.name.startswith("e2e_mod-"))
        # beside it, the lock that makes two validations of one file take turns
        self.assertEqual([p.name for p in entries if not p.is_dir()], [work.name + ".lock"])
        self.assertEqual(sorted(p.name for p in work.iterdir()), [".py2cpp-validate", "report.html", "report.json"])

    def test_concurrent_validations_of_one_file_take_turns(self):
        env = dict(os.environ, XDG_CACHE_HOME=str(self.tmp / "cache"))
        procs = [subprocess.Popen([sys.executable, str(SCRIPT), "--py2cpp", str(FAKE), str(self.module()), "-q"], env=env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=300) for p in procs]
        self.assertEqual([p.returncode for p in procs], [0, 0], outs)

    def test_keep_and_fortran_inputs(self):
        work = self.tmp / "work"
        result = self.validate(str(self.module()), "--work", str(work), "--keep")
        self.assertEqual(result.returncode, 0, result.stderr)
        saved = np.load(work / "run3" / "args" / "m.npy")
        self.assertTrue(saved.flags.f_contiguous and not saved.flags.c_contiguous)
        self.assertTrue((work / "run1" / "cpp" / "result.json").is_file())
        self.assertTrue((work / "run1" / "py" / "result.json").is_file())
        # Re-running reuses (replaces) a directory the harness made.
        self.assertEqual(self.validate(str(self.module()), "--work", str(work), "-q").returncode, 0)

    def test_refuses_a_foreign_work_dir(self):
        foreign = self.tmp / "mine"
        foreign.mkdir()
        (foreign / "precious.txt").write_text("keep me")
        result = self.validate(str(self.module()), "--work", str(foreign))
        self.assertEqual(result.returncode, 2)
        self.assertIn("was not made by py2cpp_validate", result.stderr)
        self.assertTrue((foreign / "precious.txt").exists())

    def test_perturbed_floats_fail_then_pass_with_looser_rtol(self):
        path = self.module("# FAKE: perturb 1e-10")
        result = self.validate(str(path), "-q", "--work", str(self.tmp / "w"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("FAIL", result.stdout)
        self.assertRegex(result.stdout, r"run 1 result\[1\]: 6 of 6 elements differ; first at \(0,\)")
        data = self.report(self.tmp / "w" / "report.json")
        self.assertEqual(data["status"], "mismatch")
        row = data["runs"][0]["outputs"][1]
        self.assertAlmostEqual(row["max_rel_err"], 1e-10, delta=1e-12)
        self.assertGreater(row["max_ulp"], 1000)
        self.assertTrue((self.tmp / "w" / "project").is_dir())  # kept after a failure
        self.assertEqual(self.validate(str(path), "-q", "--rtol", "1e-9").returncode, 0)
        self.assertEqual(self.validate(str(path), "-q", "--rtol", "1e-9", "--max-ulp", "10").returncode, 1)

    def test_int_returned_as_float_is_a_kind_mismatch(self):
        result = self.validate(str(self.module("# FAKE: int-as-float")), "-q")
        self.assertEqual(result.returncode, 1)
        self.assertIn("run 1 result[2][0]: Python returned int 6, C++ returned float 6.0", result.stdout)

    def test_transpile_failure_prints_diagnostics(self):
        report = self.tmp / "r.json"
        result = self.validate(str(self.module("# FAKE: transpile-error")), "--report", str(report))
        self.assertEqual(result.returncode, 1)
        self.assertIn("e2e_mod.py:3:5: error: fake diagnostic", result.stderr)
        self.assertEqual(self.report(report)["status"], "transpile failed")

    def test_build_failure(self):
        report = self.tmp / "r.json"
        result = self.validate(str(self.module("# FAKE: build-error")), "-q", "--report", str(report))
        self.assertEqual(result.returncode, 1)
        self.assertIn("fake compiler error", result.stderr)
        self.assertEqual(self.report(report)["status"], "build failed")
        self.assertIn("NOT RUN", result.stdout)

    def test_crashing_binary(self):
        result = self.validate(str(self.module("# FAKE: crash")), "-q")
        self.assertEqual(result.returncode, 1)
        self.assertIn("C++ driver exited with status 134: Aborted (fake)", result.stdout)

    def test_missing_timing_line_is_not_fatal(self):
        report = self.tmp / "r.json"
        result = self.validate(str(self.module("# FAKE: no-timing")), "-q", "--report", str(report))
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIsNone(self.report(report)["runs"][0]["cpp"]["seconds"])

    def test_target_is_passed_to_build(self):
        log = self.tmp / "fake.log"
        result = self.validate(str(self.module()), "-q", "--target", "aarch64", env={"FAKE_PY2CPP_LOG": str(log)})
        self.assertEqual(result.returncode, 0, result.stderr)
        build = json.loads(log.read_text().splitlines()[1])
        self.assertEqual(build[-2:], ["--target", "aarch64"])

    def test_cross_target_runs_under_its_emulator_beside_host_figures(self):
        report, log = self.tmp / "r.json", self.tmp / "fake.log"
        result = self.validate(str(self.module()), "-q", "--target", "armv9", "--report", str(report),
                               env={"FAKE_PY2CPP_LOG": str(log)})
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        builds = [json.loads(line) for line in log.read_text().splitlines()][1:]
        self.assertEqual([b[-2:] for b in builds], [["--target", "armv9"], ["--target", "host"]])
        data = self.report(report)
        target, host = data["machines"]
        self.assertEqual(target["runner"], [sys.executable, str(FAKE_EMULATOR), "-L", "/usr/armv9"])
        self.assertEqual((target["label"], target["startup_peak_rss_kib"], target["peak_rss_kib"]), ("armv9", 12048, 14096))
        self.assertTrue(target["binary"].endswith("build-armv9/e2e_mod") and target["bytes"] > 0)
        self.assertEqual((host["label"], host["runner"], host["startup_peak_rss_kib"], host["peak_rss_kib"]),
                         ("host", [], 2048, 4096))
        self.assertEqual(data["runs"][0]["cpp"]["command"][:2], [sys.executable, str(FAKE_EMULATOR)])
        self.assertEqual(data["runs"][0]["cpp"]["peak_rss_kib"], 14096)
        self.assertEqual(data["runs"][0]["host"]["peak_rss_kib"], 4096)
        self.assertGreater(target["call_seconds"], 0)
        self.assertRegex(result.stdout, r"figures +armv9 \(under python3[\d.]*\) +host\n")
        self.assertRegex(result.stdout, r"peak RSS +13\.77 MiB +4\.00 MiB\n")
        self.assertIn("under an emulator the RSS is the emulator's process", result.stdout)

    def test_no_host_and_explicit_runner(self):
        report, log = self.tmp / "r.json", self.tmp / "fake.log"
        result = self.validate(str(self.module()), "-q", "--target", "armv9", "--no-host", "--report", str(report),
                               "--runner", f"{sys.executable} {FAKE_EMULATOR}", env={"FAKE_PY2CPP_LOG": str(log)})
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertEqual(len(log.read_text().splitlines()), 2)  # transpile, one build
        [target] = self.report(report)["machines"]
        self.assertEqual(target["runner"], [sys.executable, str(FAKE_EMULATOR)])

    def test_host_validation_reports_its_own_figures(self):
        report = self.tmp / "r.json"
        result = self.validate(str(self.module()), "-q", "--report", str(report))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        [host] = self.report(report)["machines"]
        self.assertEqual((host["label"], host["runner"], host["peak_rss_kib"]), ("host", [], 4096))
        self.assertRegex(result.stdout, r"figures +host\nbinary +\d+ (B|KiB)\n")
        self.assertNotIn("emulator", result.stdout)

    def test_missing_emulator_is_a_clear_error(self):
        report = self.tmp / "r.json"
        result = self.validate(str(self.module()), "-q", "--target", "armv9", "--report", str(report),
                               env={"FAKE_EMULATOR": "qemu-nonexistent;-L;/usr/armv9"})
        self.assertEqual(result.returncode, 1)
        self.assertIn("py2cpp_validate: error: qemu-nonexistent not found: it runs the armv9 executable on this "
                      "machine; install qemu-user (scripts/install-deps.sh does)", result.stderr)
        self.assertEqual(self.report(report)["status"], "run failed")
        self.assertIn("NOT RUN", result.stdout)

    def test_spec_errors_exit_2_with_location(self):
        cases = [
            ("#run: 1 + 2\n", r"bad\.py:1: #run must be a call"),
            ("#setup: x = 1 / 0\n#run: f(x)\ndef f(x):\n    return x\n", r"bad\.py:1: #setup raised ZeroDivisionError"),
            ("#run: f([1, 2])\ndef f(x):\n    return x\n", r"bad\.py:1: argument 'x': a list is not supported"),
            ("def f(x):\n    return x\n", r"bad\.py: no '#run: <call>' lines"),
        ]
        for source, message in cases:
            with self.subTest(message=message):
                result = self.validate(str(self.write("bad.py", source)), "-q")
                self.assertEqual(result.returncode, 2)
                self.assertRegex(result.stderr, "py2cpp_validate: error: .*" + message)

    def test_usage_errors_exit_2(self):
        self.assertEqual(self.validate().returncode, 2)
        result = subprocess.run([sys.executable, str(SCRIPT), "--py2cpp", str(self.tmp / "none"), str(self.module())],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn("py2cpp executable not found", result.stderr)
        self.assertEqual(self.validate(str(self.module()), "--rtol", "-1").returncode, 2)

    def test_directory_spec_with_per_output_tolerance(self):
        self.write("case/black.py", "# FAKE: perturb 1e-10\nimport numpy as np\n\n"
                   "def f(x, k):\n    return x * k, int(k)\n")
        (self.tmp / "case" / "validate.json").write_text(json.dumps({
            "module": "black.py", "setup": ["import numpy as np", "x = np.linspace(0.0, 1.0, 5)"],
            "runs": ["f(x, 3)"], "tolerances": {"outputs": {"result[0]": {"rtol": 1e-9}}}}))
        report = self.tmp / "r.json"
        result = self.validate(str(self.tmp / "case"), "-q", "--report", str(report))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        outputs = self.report(report)["runs"][0]["outputs"]
        self.assertEqual(outputs[0]["tolerance"], {"rtol": 1e-9, "atol": 0.0, "max_ulp": None})
        self.assertEqual(self.report(report)["runs"][0]["where"], f"{self.tmp / 'case' / 'validate.json'}: runs[0]")


if __name__ == "__main__":
    unittest.main()
