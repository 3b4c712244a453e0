"""Tests of the auto tolerance (py2cpp_harness/sensitivity.py): the maths, and both directions on
ill-conditioned computations — another correct translation passes, a deliberately wrong one
(off-by-one, float32 instead of float64, a sign error) fails.

The end-to-end tests run the real harness against fake_py2cpp.py, whose compiled "program" runs
the Python function that a `# FAKE: instead F G` line names (auto_cases.py holds them all). The
rounding differences between two correct translations are then real ones, and so is Python's
measured sensitivity.
"""

from __future__ import annotations

import json
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

from py2cpp_harness import sensitivity  # noqa: E402
from py2cpp_harness.compare import compare_results, float_metrics  # noqa: E402
from py2cpp_harness.spec import Tolerance  # noqa: E402

SCRIPT = VALIDATE / "py2cpp_validate.py"
FAKE = HERE / "fake_py2cpp.py"

AUTO = Tolerance(auto=True, multiple=10.0)


class MathsTest(unittest.TestCase):
    def test_perturbation_moves_floats_by_a_few_ulps_only(self):
        rng = np.random.default_rng(0)
        a = np.linspace(1.0, 2.0, 1000)
        moved = sensitivity.perturb(a, rng)
        ulps = np.abs(moved - a) / np.spacing(a)
        self.assertGreater(ulps.max(), 1.0)
        self.assertLessEqual(ulps.max(), 2 * sensitivity.INPUT_ULPS + 1)
        ints = np.arange(5)
        self.assertTrue(np.array_equal(sensitivity.perturb(ints, rng), ints))
        f32 = np.ones(10, dtype=np.float32)
        self.assertEqual(sensitivity.perturb(f32, rng).dtype, np.float32)
        value, count, flag = sensitivity.perturb((1.5, 3, True), rng)
        self.assertNotEqual(value, 1.5)
        self.assertLess(abs(value - 1.5), 1e-14)
        self.assertEqual((count, flag), (3, True))

    def test_deviation_and_combine_keep_the_result_structure(self):
        reference = (np.array([1.0, 2.0]), 3.0, np.array([1, 2]), "s")
        variant = (np.array([1.5, 2.0]), 2.0, np.array([1, 2]), "s")
        d = sensitivity.deviation(variant, reference)
        self.assertTrue(np.array_equal(d[0], [0.5, 0.0]))
        self.assertEqual(d[1], 1.0)
        self.assertIsNone(d[2])
        self.assertIsNone(d[3])
        both = sensitivity.combine(d, sensitivity.deviation((np.array([1.0, 2.25]), 3.5, np.array([1, 2]), "s"), reference))
        self.assertTrue(np.array_equal(both[0], [0.5, 0.25]))
        self.assertEqual(both[1], 1.0)
        with self.assertRaises(sensitivity.StructureDiffers):
            sensitivity.deviation((np.zeros(3), 3.0, np.array([1, 2]), "s"), reference)

    def test_floor_is_four_ulps_when_python_does_not_move(self):
        b = np.array([1.0, 1e-300, 123.456])
        four = b + 4 * np.spacing(b)
        five = b + 5 * np.spacing(b)
        self.assertEqual(float_metrics(four, b, AUTO, np.zeros(3)).mismatches, 0)
        self.assertEqual(float_metrics(five, b, AUTO, np.zeros(3)).mismatches, 3)
        self.assertEqual(float_metrics(four, b, AUTO, None).mismatches, 0)

    def test_a_sensitive_element_allows_its_multiple_of_the_spread(self):
        b = np.array([1.0, 1.0])
        spread = np.array([1e-10, 0.0])
        metrics = float_metrics(np.array([1.0 + 9e-10, 1.0]), b, AUTO, spread)
        self.assertEqual(metrics.mismatches, 0)
        self.assertAlmostEqual(metrics.sensitivity_ratio, 9.0, places=3)
        self.assertEqual(float_metrics(np.array([1.0 + 1.1e-9, 1.0]), b, AUTO, spread).mismatches, 1)
        # An element lends its sensitivity to the others only up to the output's median spread.
        spread = np.array([1e-10, 0.0, 0.0])
        b = np.ones(3)
        self.assertEqual(float_metrics(np.array([1.0, 1.0 + 1e-12, 1.0]), b, AUTO, spread).mismatches, 1)
        spread = np.array([1e-10, 1e-12, 0.0])
        self.assertEqual(float_metrics(np.array([1.0, 1.0, 1.0 + 5e-12]), b, AUTO, spread).mismatches, 0)

    def test_float32_outputs_use_float32_ulps(self):
        b = np.array([1.0, 2.0], dtype=np.float32)
        a = b + 3 * np.spacing(b)
        self.assertEqual(float_metrics(a, b, AUTO, None).mismatches, 0)

    def test_compare_results_hands_each_output_its_own_spread(self):
        python = (np.array([1.0, 2.0]), 5.0)
        cpp = (np.array([1.0, 2.0 + 1e-6]), 5.0 + 1e-6)
        spread = (np.array([0.0, 2e-7]), 0.0)
        rows = compare_results(cpp, python, lambda output: AUTO, spread=spread)
        self.assertEqual([row.passed for row in rows], [True, False])

    def test_non_finite_values_must_still_agree_exactly(self):
        b = np.array([np.nan, np.inf, 1.0])
        self.assertEqual(float_metrics(np.array([np.nan, np.inf, 1.0]), b, AUTO, np.array([1.0, 1.0, 0.0])).mismatches, 0)
        self.assertEqual(float_metrics(np.array([0.0, -np.inf, 1.0]), b, AUTO, np.array([1.0, 1.0, 0.0])).mismatches, 2)


class IllConditionedTest(unittest.TestCase):
    """Both directions on the issue's ill-conditioned cases, through the real command line."""

    SETUP = {
        "solve": [
            "import numpy as np",
            "rng = np.random.default_rng(7); n = 300",
            "U, _ = np.linalg.qr(rng.standard_normal((n, n))); V, _ = np.linalg.qr(rng.standard_normal((n, n)))",
            "A = (U * np.logspace(0, -10, n)) @ V.T; b = A @ rng.standard_normal(n)",
        ],
        "lu_nopivot": [
            "import numpy as np",
            "rng = np.random.default_rng(3); M = rng.standard_normal((40, 40)); M[0, 0] = 1e-7",
        ],
        "newton_sqrt": [
            "import numpy as np",
            "rng = np.random.default_rng(5); a = rng.uniform(0.5, 4.0e6, 500)",
        ],
        "put_price": [
            "import numpy as np",
            "rng = np.random.default_rng(11); n = 400",
            "S = rng.uniform(300.0, 2000.0, n); K = rng.uniform(10.0, 60.0, n); T = rng.uniform(0.05, 3.0, n)",
            "r = rng.uniform(0.0, 0.08, n); sigma = rng.uniform(0.05, 0.5, n)",
        ],
    }
    RUNS = {
        "solve": "solve(A, b)",
        "lu_nopivot": "lu_nopivot(M)",
        "newton_sqrt": "newton_sqrt(a, 40)",
        "put_price": "put_price(S, K, T, r, sigma)",
    }

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="py2cpp-auto-test-")
        self.tmp = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def validate(self, case: str, instead: str | None, *options: str) -> tuple[int, dict, str]:
        lines = [f"#setup: {line}" for line in self.SETUP[case]] + [f"#run: {self.RUNS[case]}"]
        if instead:
            lines.append(f"# FAKE: instead {case} {instead}")
        lines += ["import sys", f"sys.path.insert(0, {str(HERE)!r})", "from auto_cases import *  # noqa: F401,F403"]
        module = self.tmp / f"{case}_{instead or 'same'}.py"
        module.write_text("\n".join(lines) + "\n", encoding="utf-8")
        work = self.tmp / f"work_{module.stem}"
        proc = subprocess.run([sys.executable, str(SCRIPT), "--py2cpp", str(FAKE), "--work", str(work), "--keep", "-q",
                               *options, str(module)], capture_output=True, text=True, timeout=600)
        report = json.loads((work / "report.json").read_text()) if (work / "report.json").exists() else {}
        return proc.returncode, report, proc.stdout + proc.stderr

    def assert_passes(self, case: str, instead: str | None):
        status, report, output = self.validate(case, instead)
        self.assertEqual(status, 0, output)
        for row in report["runs"][0]["outputs"]:
            if row["kind"] in ("float", "array"):
                self.assertEqual(row["tolerance"], {"auto": True, "multiple": 10.0, "floor_ulp": 4})
                self.assertIsNotNone(row["sensitivity_ratio"])
        return report

    def assert_fails(self, case: str, instead: str):
        status, report, output = self.validate(case, instead)
        self.assertEqual(status, 1, output)
        self.assertFalse(report["runs"][0]["passed"], output)

    def test_linear_solve_300(self):
        report = self.assert_passes("solve", "solve_other")
        # The fixed default would have failed this correct translation.
        status, _, _ = self.validate("solve", "solve_other", "--tolerance", "fixed")
        self.assertEqual(status, 1)
        self.assertGreater(report["runs"][0]["outputs"][0]["max_rel_err"], 1e-12)
        self.assert_fails("solve", "solve_float32")
        self.assert_fails("solve", "solve_sign_error")

    def test_lu_without_pivoting(self):
        self.assert_passes("lu_nopivot", "lu_nopivot_other")
        self.assert_fails("lu_nopivot", "lu_nopivot_off_by_one")

    def test_convergence_residual_near_round_off(self):
        report = self.assert_passes("newton_sqrt", "newton_sqrt_other")
        residual = report["runs"][0]["outputs"][1]
        self.assertEqual(residual["path"], "result[1]")
        self.assertGreater(residual["max_rel_err"], 1e-3)  # the residual itself is round-off
        self.assert_fails("newton_sqrt", "newton_sqrt_sign_error")

    def test_black_scholes_on_worthless_options(self):
        self.assert_passes("put_price", "put_price_other")
        self.assert_fails("put_price", "put_price_float32")
        self.assert_fails("put_price", "put_price_sign_error")

    def test_the_same_translation_passes_with_the_floor_alone(self):
        status, report, output = self.validate("newton_sqrt", None, "--auto-perturbations", "0", "--no-simd-variant")
        self.assertEqual(status, 0, output)
        self.assertEqual(report["runs"][0]["sensitivity"]["variants"], 0)

    def test_explicit_tolerances_still_override(self):
        status, report, output = self.validate("solve", "solve_other", "--rtol", "1e-3")
        self.assertEqual(status, 0, output)
        self.assertEqual(report["runs"][0]["outputs"][0]["tolerance"], {"rtol": 1e-3, "atol": 0.0, "max_ulp": None})
        self.assertIsNone(report["runs"][0]["sensitivity"])
        bad = subprocess.run([sys.executable, str(SCRIPT), "--py2cpp", str(FAKE), "--tolerance", "auto", "--rtol", "1e-3",
                              str(self.tmp / "x.py")], capture_output=True, text=True)
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--tolerance auto cannot be combined", bad.stderr)


if __name__ == "__main__":
    unittest.main()
