#!/usr/bin/python3
"""`py2cpp trace` end to end: record the signatures of a real run, then compile every function it used.

    trace_test.py --py2cpp BUILD/py2cpp --work DIR

Copies examples/motion_planning (the module and its run.py) into DIR, runs
`py2cpp trace -- /usr/bin/python3 run.py 30 3` there, checks the signatures file it wrote, then
`py2cpp transpile` + `py2cpp build` the unannotated module: every function the run called must be
declared in the generated header (compiled, with the recorded types) and the project must build.
"""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "motion_planning"


def run(command, cwd):
    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, command))} exited with {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--py2cpp", required=True)
    parser.add_argument("--work", required=True, type=Path)
    args = parser.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in ("motion_planning.py", "run.py"):
        shutil.copy(EXAMPLE / name, work / name)

    # Without signatures the module is refused with one error that says how to record them.
    bare = subprocess.run([args.py2cpp, "transpile", "motion_planning.py", "-o", "out"], cwd=work, capture_output=True, text=True)
    if bare.returncode != 1 or "py2cpp trace" not in bare.stderr or bare.stderr.count("error:") != 1:
        sys.exit(f"FAIL: expected one error pointing at 'py2cpp trace', got status {bare.returncode}:\n{bare.stderr}")

    traced = run([args.py2cpp, "trace", "--", "/usr/bin/python3", "run.py", "30", "3"], work)
    if "30 samples, 3 ADMM iterations" not in traced.stdout:
        sys.exit(f"FAIL: the traced program's output is missing:\n{traced.stdout}")
    sigs = (work / "motion_planning.py2cpp-sigs").read_text(encoding="utf-8")
    called = re.findall(r"^export (\w+)\(", sigs, flags=re.M)
    expected = {"bernstein_basis", "basis_matrices", "wrap_angle", "qp_matrix", "qp_rhs", "project_angles",
                "project_obstacles", "end_effector", "plan", "tracking_error", "min_clearance", "demo_problem", "run_demo"}
    if set(called) != expected:
        sys.exit(f"FAIL: recorded functions {sorted(called)}, expected {sorted(expected)}\n{sigs}")
    if "export plan(float64[:,:], float64[:,:], float64[:], float64[:,:], int)" not in sigs:
        sys.exit(f"FAIL: plan's recorded signature is wrong:\n{sigs}")

    run([args.py2cpp, "transpile", "motion_planning.py", "-o", "out"], work)
    header = (work / "out" / "motion_planning.hpp").read_text(encoding="utf-8")
    missing = [name for name in expected if not re.search(rf"\b{name}\(", header)]
    if missing:
        sys.exit(f"FAIL: not compiled: {missing}\n{header}")
    run([args.py2cpp, "build", "out"], work)
    print(f"1 passed, 0 failed: trace recorded and compiled {len(expected)} functions of motion_planning.py")


if __name__ == "__main__":
    main()
