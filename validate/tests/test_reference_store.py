"""Tests of saved references (--save-reference / --against) and of --history, through the real
command line with the fake py2cpp (fake_py2cpp.py: its "C++" is the module run in Python)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "py2cpp_validate.py"
FAKE = HERE / "fake_py2cpp.py"

MODULE = """\
    #setup: import numpy as np; rng = np.random.default_rng(1); a = rng.standard_normal(50); M = rng.standard_normal((4, 3))
    #run: stats(a, 2.0)
    #run: colsum(M)
    #run: label(3, "x")
    #run: checked(-1.0)
    import numpy as np

    def stats(a, scale):
        return float(np.sum(a)) * scale, a * scale

    def colsum(M):
        return M.sum(axis=0)

    def label(n, text):
        return n + 1, text * n, None

    def checked(x):
        if x < 0:
            raise ValueError("negative input")
        return x
    """


class ReferenceStoreTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="py2cpp-reference-test-")
        self.tmp = Path(self._tmp.name)
        self.module = self.tmp / "m.py"
        self.module.write_text(textwrap.dedent(MODULE), encoding="utf-8")
        self.ref = self.tmp / "ref"

    def tearDown(self):
        self._tmp.cleanup()

    def validate(self, *options: str, module: Path | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(SCRIPT), "--py2cpp", str(FAKE), "--work", str(self.tmp / "work"), "-q",
                               *options, str(module or self.module)], capture_output=True, text=True, timeout=300)

    def save(self) -> dict:
        proc = self.validate("--save-reference", str(self.ref))
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        return json.loads((self.ref / "reference.json").read_text())

    def test_save_then_validate_against_without_python(self):
        data = self.save()
        self.assertEqual(data["format"], "py2cpp-reference")
        self.assertEqual([run["call"] for run in data["runs"]], ["stats(a, 2.0)", "colsum(M)", 'label(3, "x")', "checked(-1.0)"])
        self.assertEqual(data["runs"][3]["exception"], {"type": "ValueError", "message": "negative input"})
        self.assertEqual(data["runs"][0]["tolerances"]["result[0]"], {"auto": True, "multiple": 10.0})
        # The module's setup is not run again: break it, and --against still works.
        text = self.module.read_text()
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertIn("outputs passed in 4 run(s)", proc.stdout)
        self.assertEqual(self.module.read_text(), text)

    def test_the_reference_is_stable_across_saves(self):
        self.save()
        first = {p.relative_to(self.ref): p.read_bytes() for p in self.ref.rglob("*") if p.is_file()}
        self.save()
        second = {p.relative_to(self.ref): p.read_bytes() for p in self.ref.rglob("*") if p.is_file()}
        self.assertEqual(first, second)
        names = [p.name for p in (self.ref / "objects").iterdir()]
        self.assertTrue(all(len(n) == len("0123456789abcdef0123.npy") for n in names), names)

    def test_a_wrong_cpp_result_fails_against_the_reference(self):
        self.save()
        self.module.write_text(self.module.read_text() + "# FAKE: perturb 1e-6\n")
        proc = self.validate("--against", str(self.ref))
        # The module changed, so the reference is stale: said, status 2.
        self.assertEqual(proc.returncode, 2)
        self.assertIn("saved from another version of m.py", proc.stderr)

    def test_corrupt_references_are_errors_naming_the_file(self):
        self.save()
        objects = sorted((self.ref / "objects").iterdir())
        # An edited object file.
        original = objects[0].read_bytes()
        objects[0].write_bytes(original[:-8] + b"\x00" * 8)
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{objects[0]}: its content does not match its name", proc.stderr)
        objects[0].write_bytes(original)
        # A missing one.
        objects[1].rename(self.tmp / "moved.npy")
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{objects[1]}: missing or unreadable", proc.stderr)
        (self.tmp / "moved.npy").rename(objects[1])
        # Edited JSON: malformed, and a run without its result.
        reference = self.ref / "reference.json"
        good = reference.read_text()
        reference.write_text(good[:-20])
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn(f"{reference}: invalid JSON", proc.stderr)
        data = json.loads(good)
        data["runs"][0]["result"] = None
        reference.write_text(json.dumps(data))
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("runs[0]: neither a result nor an exception", proc.stderr)
        data["runs"][0] = {"index": 1}
        reference.write_text(json.dumps(data))
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("runs[0]: malformed run entry", proc.stderr)

    def test_an_edited_expected_value_fails_the_comparison(self):
        self.save()
        reference = self.ref / "reference.json"
        data = json.loads(reference.read_text())
        data["runs"][2]["result"]["items"][0]["value"] = "5"  # label(3, "x") returns 4
        reference.write_text(json.dumps(data))
        proc = self.validate("--against", str(self.ref))
        self.assertEqual(proc.returncode, 1, proc.stdout + proc.stderr)
        self.assertIn("Python 5, C++ 4", proc.stdout)

    def test_save_never_replaces_what_it_did_not_write(self):
        self.ref.mkdir()
        (self.ref / "notes.txt").write_text("mine")
        proc = self.validate("--save-reference", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("not empty and holds no reference.json", proc.stderr)
        self.assertEqual((self.ref / "notes.txt").read_text(), "mine")
        (self.ref / "notes.txt").unlink()
        self.save()
        (self.ref / "notes.txt").write_text("mine")
        proc = self.validate("--save-reference", str(self.ref))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("also holds notes.txt", proc.stderr)
        both = self.validate("--save-reference", str(self.ref), "--against", str(self.ref))
        self.assertEqual(both.returncode, 2)
        self.assertIn("exclude each other", both.stderr)

    def test_html_report_has_statistics_plots_and_input_links(self):
        work = self.tmp / "work"
        proc = self.validate("--keep")
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        page = (work / "report.html").read_text(encoding="utf-8")
        self.assertIn("py2cpp validation of <code>m.py</code>", page)
        self.assertIn("run 1: <code>stats(a, 2.0)</code>", page)
        self.assertIn("<code>result[1]</code>", page)
        self.assertIn('href="run1/args/a.npy"', page)
        self.assertIn("ValueError", (work / "report.json").read_text())
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            self.assertIn("Plots need matplotlib", page)
        else:
            # stats: a float and an array; colsum: an array -> two plots each.
            self.assertEqual(page.count("<img src='data:image/png;base64,"), 6)
        # After a pass without --keep only the two reports stay.
        proc = self.validate()
        self.assertEqual(sorted(p.name for p in work.iterdir()), [".py2cpp-validate", "report.html", "report.json"])

    def test_history_keeps_reports_and_shows_changes(self):
        history = self.tmp / "history"
        first = self.validate("--history", str(history))
        self.assertEqual(first.returncode, 0, first.stdout + first.stderr)
        self.assertIn("no earlier report of this input", first.stdout)
        self.module.write_text(self.module.read_text() + "# FAKE: perturb 1e-6\n")
        second = self.validate("--history", str(history))
        self.assertEqual(second.returncode, 1)
        self.assertIn("against 0001-pass.json", second.stdout)
        self.assertRegex(second.stdout, r"stats\(a, 2.0\) result\[0\]: PASS -> FAIL; max ulp 0 -> \S+ \(worse\)")
        self.assertEqual(sorted(p.name for p in history.iterdir()), ["0001-pass.json", "0002-mismatch.json"])


if __name__ == "__main__":
    unittest.main()
