#!/usr/bin/python3
"""End-to-end check: run each program with CPython and with `py2cpp run`, compare.

Usage:
    /usr/bin/python3 tests/e2e/check_run.py --py2cpp PATH/TO/py2cpp [--cxxflags FLAGS] FILE.py [FILE.py ...]
    /usr/bin/python3 tests/e2e/check_run.py --batch-dir DIR FILE.py [FILE.py ...]

For every FILE.py:
  1. `/usr/bin/python3 FILE.py`      (timeout 60 s)   -> reference
  2. `PATH/TO/py2cpp run FILE.py`    (timeout 300 s)  -> candidate
     (with --cxxflags, FLAGS is passed in the PY2CPP_CXXFLAGS environment variable)
     With --batch-dir, the program built by tests/e2e/build_batch.py --dir DIR instead (ctest's
     e2e.* tests: one build per batch of programs); a program the batch could not transpile or
     compile fails with that problem.

A file passes when the exit codes are equal, stdout is byte-identical and, if Python
exited non-zero, the last non-empty stderr lines are identical
(e.g. "ValueError: math domain error").

The runner skips itself, so `check_run.py ... tests/e2e/*.py` works.
Prints `PASS name` or `FAIL name` per file (a failure is followed by a unified diff of
stdout and both stderr tails), then `N passed, M failed`. Exit status 0 only if all pass.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys

PYTHON = "/usr/bin/python3"
PY_TIMEOUT = 60
CPP_TIMEOUT = 300
MAX_DIFF_LINES = 200


def run(cmd, timeout, env=None):
    """Return (exit code, stdout bytes, stderr bytes); exit code None on timeout."""
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", (e.stderr or b"") + b"\n<timeout after %d s>\n" % timeout
    except OSError as e:
        return 127, b"", ("cannot run %s: %s\n" % (cmd[0], e)).encode()


def last_line(data):
    """Last non-empty line of a byte string, decoded and stripped of trailing blanks."""
    lines = [ln.rstrip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def tail(data, n=5):
    lines = data.decode("utf-8", "replace").splitlines()
    return "\n".join("    " + ln for ln in lines[-n:]) or "    <empty>"


def check(path, command, env):
    """Compare one program with the candidate `command`; return a list of problems (empty when it passes)."""
    py_rc, py_out, py_err = run([PYTHON, path], PY_TIMEOUT)
    cc_rc, cc_out, cc_err = run(command, CPP_TIMEOUT, env)
    problems = []
    if py_rc is None:
        problems.append("python timed out")
    if cc_rc != py_rc:
        problems.append("exit code: python %s, py2cpp %s" % (py_rc, cc_rc))
    if cc_out != py_out:
        diff = list(difflib.unified_diff(
            py_out.decode("utf-8", "replace").splitlines(),
            cc_out.decode("utf-8", "replace").splitlines(),
            "python stdout", "py2cpp stdout", lineterm=""))
        if not diff:  # identical lines: the difference is in line endings / trailing newline
            diff = ["stdout differs only in line endings or the final newline"]
        if len(diff) > MAX_DIFF_LINES:
            diff = diff[:MAX_DIFF_LINES] + ["... (%d more diff lines)" % (len(diff) - MAX_DIFF_LINES)]
        problems.append("stdout differs:\n" + "\n".join(diff))
    if py_rc != 0 and last_line(py_err) != last_line(cc_err):
        problems.append("exception differs: python %r, py2cpp %r" % (last_line(py_err), last_line(cc_err)))
    if problems:
        problems.append("python stderr tail:\n" + tail(py_err))
        problems.append("py2cpp stderr tail:\n" + tail(cc_err))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--py2cpp", help="path to the py2cpp executable")
    ap.add_argument("--cxxflags", help="extra C++ flags, passed as PY2CPP_CXXFLAGS")
    ap.add_argument("--batch-dir", help="run the programs built by tests/e2e/build_batch.py --dir BATCH_DIR")
    ap.add_argument("files", nargs="+", metavar="FILE.py")
    args = ap.parse_args()
    if (args.py2cpp is None) == (args.batch_dir is None):
        ap.error("give exactly one of --py2cpp and --batch-dir")
    batch = None
    if args.batch_dir is not None:
        with open(os.path.join(args.batch_dir, "status.json")) as f:
            batch = json.load(f)

    env = dict(os.environ)
    env["PY2CPP_VERIFY_EACH"] = "1"  # verify the IR after every pass (driver/pipeline.cpp)
    if args.cxxflags is not None:
        env["PY2CPP_CXXFLAGS"] = args.cxxflags

    passed = failed = 0
    me = os.path.realpath(__file__)
    for path in args.files:
        if os.path.realpath(path) == me:
            continue
        name = os.path.basename(path)
        if batch is None:
            problems = check(path, [args.py2cpp, "run", path], env)
        else:
            built = batch.get(os.path.splitext(name)[0], {"problem": "not in the batch of " + args.batch_dir})
            problems = check(path, built["command"], env) if "command" in built else [built["problem"]]
        if problems:
            failed += 1
            print("FAIL", name)
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            passed += 1
            print("PASS", name)
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
