#!/usr/bin/python3
"""`PROGRAM --check DIR`: a compiled program checks itself against a reference saved by
`py2cpp validate --save-reference DIR`, with no Python (runtime/py2cpp/reference_check.hpp).

    check_reference_test.py --py2cpp BUILD/py2cpp --work DIR

1. Saves the reference of tests/check_reference/board_outputs.py (outputs of every kind, one
   validated with the auto tolerance) and keeps the host build.
2. The host binary passes `--check` on it (exit 0, one PASS per run).
3. Copies of the reference with one thing changed each -- a float, an int, a string, an int array
   element, an exception message, the auto tolerance's allowance, a fixed tolerance -- fail
   exactly the run concerned, naming the output (exit 1), or pass where the change is within the
   tolerance; malformed plans are errors naming check.txt and the line (exit 2).
4. The same check on an aarch64 binary under qemu-aarch64: the board's situation (skipped when
   the cross compiler or qemu is missing, except under CI=true).
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
MODULE = HERE / "check_reference" / "board_outputs.py"
failures = []


def expect(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def run(cmd, **kwargs):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=900, **kwargs)


def validate(py2cpp, work, *options):
    done = run([py2cpp, "validate", MODULE, "--work", work, "--keep", "-q", *options])
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:])
    return done


def binary_in(work):
    found = [p for p in (work / "project").glob("build*/board_outputs") if p.is_file() and os.access(p, os.X_OK)]
    return found[0] if found else None


def variant(reference, work, name, edit):
    """A copy of the reference with `edit(copy)` applied."""
    copy = work / f"ref-{name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(reference, copy)
    edit(copy)
    return copy


def replace_line(pattern, replacement):
    def edit(copy):
        plan = (copy / "check.txt").read_text()
        changed = re.sub(pattern, replacement, plan, count=1, flags=re.M)
        assert changed != plan, pattern
        (copy / "check.txt").write_text(changed)
    return edit


def plan_line(reference, prefix):
    return next(line for line in (reference / "check.txt").read_text().splitlines() if line.startswith(prefix))


def object_of(reference, prefix, which=0):
    """The object file named on the plan line starting with `prefix` (which: 0 value, 1 allowance)."""
    return re.findall(r"objects/\w+\.npy", plan_line(reference, prefix))[which]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--py2cpp", required=True)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    args = parser.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    reference = work / "reference"

    # 1. Save the reference (the host validation also builds the program).
    done = validate(args.py2cpp, work / "host", "--save-reference", reference)
    expect(done.returncode == 0, "validate --save-reference passes")
    expect((reference / "check.txt").is_file(), "the reference holds check.txt")
    binary = binary_in(work / "host")
    expect(binary is not None, "the host build kept its program")
    if binary is None:
        return 1

    def check(ref):
        return run([binary, "--check", ref])

    # 2. The unchanged reference passes.
    done = check(reference)
    expect(done.returncode == 0 and done.stdout.count("PASS run") == 6 and "6 of 6 run(s) match" in done.stdout,
           f"--check passes on the saved reference (exit {done.returncode})\n{done.stdout}{done.stderr}")

    # 3. One change each: the run concerned fails and names the output, or passes within tolerance.
    total_line = plan_line(reference, "expect float result[0] ")
    total = float(total_line.split()[3])
    cases = [
        ("float", replace_line(r"^expect float result\[0\] \S+", f"expect float result[0] {total * (1 + 1e-9)!r}"),
         1, "run 1", "result[0]: Python"),
        ("int", replace_line(r"^expect int result\[1\] (\d+)", "expect int result[1] 1000"), 1, "run 1",
         "result[1]: Python '1000'"),
        ("str", replace_line(r"^expect str result large$", "expect str result larger"), 1, "run 3",
         "result: Python 'larger', C++ 'large'"),
        ("exception", replace_line(r"^expect exception ValueError negative value$", "expect exception ValueError negative"),
         1, "run 4", "Python raised ValueError: negative; C++ raised ValueError: negative value"),
        ("exception-type", replace_line(r"^expect exception ValueError ", "expect exception KeyError "),
         1, "run 4", "Python raised KeyError"),
        ("fixed-within", replace_line(r"^(expect float result\[0\] )\S+ allowed \S+",
                                      rf"\g<1>{total * (1 + 1e-6)!r} rtol 1e-05 atol 0.0 ulp -"), 0, "", ""),
        ("fixed-outside", replace_line(r"^(expect float result\[0\] )\S+ allowed \S+",
                                       rf"\g<1>{total * (1 + 1e-4)!r} rtol 1e-05 atol 0.0 ulp -"), 1, "run 1",
         "result[0]: Python"),
        ("structure", replace_line(r"^expect bool result\[2\] True\n", ""), 1, "run 1",
         "Python returned 2 output(s), C++ 3"),
    ]

    def int_array_edit(copy):
        path = copy / object_of(reference, "expect array result[2] ")
        counts = np.load(path)
        counts[3] += 1
        np.save(path, counts)

    # The saved automatic allowance (per element) decides: the expected values moved by half of it
    # still pass; with the allowance zeroed they fail. (The C++ may match NumPy exactly, as on
    # LAPACK, so the expected values are moved rather than relying on a difference.)
    def shift_by_half_allowance(copy, zero=False):
        expected = copy / object_of(reference, "expect array result ", 0)
        allowance = copy / object_of(reference, "expect array result ", 1)
        allowed = np.load(allowance)
        assert np.any(allowed > 0), "the ill-conditioned solve has a positive automatic allowance"
        np.save(expected, np.load(expected) + allowed / 2)
        if zero:
            np.save(allowance, np.zeros_like(allowed))

    cases += [("int-array", int_array_edit, 1, "run 2", "result[2]: 1 of 5 elements differ; first at flat index 3"),
              ("auto-allowance-within", shift_by_half_allowance, 0, "", ""),
              ("auto-allowance", lambda copy: shift_by_half_allowance(copy, zero=True), 1, "run 6", "result: ")]
    for name, edit, status, failing, message in cases:
        done = check(variant(reference, work, name, edit))
        failed_runs = re.findall(r"^FAIL (run \d+)", done.stdout, flags=re.M)
        if status == 0:
            expect(done.returncode == 0 and not failed_runs, f"{name}: passes within the tolerance (exit {done.returncode})\n{done.stdout}")
        else:
            expect(done.returncode == 1 and failed_runs == [failing] and message in done.stdout,
                   f"{name}: exit 1, only {failing} fails, with {message!r}\n{done.stdout}{done.stderr}")

    # Malformed plans and directories: exit 2, naming the file and line.
    malformed = [
        ("version", replace_line(r"^py2cpp-check 1$", "py2cpp-check 9"), "check.txt:1: not a py2cpp check plan of version 1"),
        ("no-end", replace_line(r"\nend\n", "\n"), "check.txt:10: 'run' inside a run (missing 'end')"),
        ("directive", replace_line(r"^call summary\(x\)$", "cal summary(x)"), "check.txt:5: unknown directive 'cal'"),
        ("tolerance", replace_line(r"allowed (\S+)$", "allowed"), "malformed tolerance"),
        ("object", lambda copy: (copy / object_of(reference, "arg-npy ")).unlink(), "check.txt:6: missing object file"),
    ]
    for name, edit, message in malformed:
        done = check(variant(reference, work, name, edit))
        expect(done.returncode == 2 and message in done.stderr, f"malformed {name}: exit 2 with {message!r} (exit {done.returncode})\n{done.stderr}")
    done = check(work / "no-such-reference")
    expect(done.returncode == 2 and "cannot read the check plan" in done.stderr, f"a missing directory: exit 2\n{done.stderr}")

    # 4. On a board: the aarch64 program under qemu-user, with only the binary and the reference.
    cxx, qemu = shutil.which("aarch64-linux-gnu-g++"), shutil.which("qemu-aarch64")
    if not (cxx and qemu):
        print("SKIP aarch64: aarch64-linux-gnu-g++ or qemu-aarch64 is not installed (scripts/install-deps.sh installs them)")
        if os.environ.get("CI"):
            failures.append("aarch64 tools missing under CI")
    else:
        done = validate(args.py2cpp, work / "aarch64", "--target", "aarch64", "--no-host", "--against", reference)
        expect(done.returncode == 0, "validate --target aarch64 --against the reference passes")
        board = binary_in(work / "aarch64")
        expect(board is not None, "the aarch64 build kept its program")
        if board is not None:
            done = run([qemu, board, "--check", reference])
            expect(done.returncode == 0 and "6 of 6 run(s) match" in done.stdout,
                   f"the aarch64 program passes --check under qemu (exit {done.returncode})\n{done.stdout}{done.stderr}")
            done = run([qemu, board, "--check", work / "ref-int"])
            expect(done.returncode == 1 and "FAIL run 1" in done.stdout, "the aarch64 program finds the changed int")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
