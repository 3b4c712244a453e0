#!/usr/bin/python3
"""Motion-planning benchmark: the ADMM trajectory optimizer in Python + NumPy against the py2cpp
translation.

    /usr/bin/python3 bench/motion_planning_bench.py [--n 100,1000] [--iterations 100] [--repeat 5]
                                                    [--variants exact,libmvec,exact+openblas,libmvec+openblas]

For each number of time samples N it writes the inputs of examples/motion_planning's scenario
(demo_problem(N): path, obstacles, link lengths, joint limits as .npy files) and runs
`plan(path, obstacles, link_lengths, joint_limits, ITERATIONS)`
  (a) under /usr/bin/python3 with NumPy, and
  (b) as the C++ built from `py2cpp transpile`, in several builds of the generated project:
      exact (default options), libmvec (-DPY2CPP_LIBMVEC=ON: sin/cos/arctan2 from glibc's
      vector library), +openblas (-DPY2CPP_BLAS=ON: Eigen's products through OpenBLAS, as
      NumPy's), all with OMP_NUM_THREADS=1 (the arrays are far too small for threads),
each in its own process, `--repeat` times, alternating. Reported: the median time of the call
(perf_counter around it in Python, the driver's `py2cpp-call-seconds` in C++: loading inputs and
writing results excluded), the speed-up over Python, the process's peak RSS, and the largest
difference between the C++ and Python results (base trajectory, link angles, residual history).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench_common import ROOT, build_variant, log, parse_count, run_measured, transpile

EXAMPLE = ROOT / "examples" / "motion_planning" / "motion_planning.py"
SIGNATURE = "plan(float64[:,:], float64[:,:], float64[:], float64[:,:], int)"
INPUTS = ("path", "obstacles", "link_lengths", "joint_limits")
VARIANTS = {
    "exact": [],
    "libmvec": ["-DPY2CPP_LIBMVEC=ON"],
    "exact+openblas": ["-DPY2CPP_BLAS=ON"],
    "libmvec+openblas": ["-DPY2CPP_LIBMVEC=ON", "-DPY2CPP_BLAS=ON"],
}

# Runs the Python implementation in a child process: load, time the call, optionally save.
PYTHON_RUNNER = r"""
import sys, time, importlib.util
import numpy as np
module_path, data_dir, iterations, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
spec = importlib.util.spec_from_file_location("motion_planning", module_path)
mp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mp)
args = [np.load(f"{data_dir}/{name}.npy") for name in ("path", "obstacles", "link_lengths", "joint_limits")]
start = time.perf_counter()
result = mp.plan(*args, iterations)
elapsed = time.perf_counter() - start
print(f"py2cpp-call-seconds: {elapsed:.9f}", file=sys.stderr)
if out != "-":
    for i, r in enumerate(result):
        np.save(f"{out}/r{i}.npy", r)
"""


def write_inputs(n: int, data: Path) -> None:
    sys.path.insert(0, str(EXAMPLE.parent))
    import motion_planning  # noqa: E402  (the example's own scenario)
    for name, value in zip(INPUTS, motion_planning.demo_problem(n)):
        np.save(data / f"{name}.npy", value)


def max_difference(cpp_dir: Path, py_dir: Path) -> dict[str, float]:
    out = {}
    for i, name in enumerate(("base", "angles", "residual_history")):
        a, b = np.load(cpp_dir / f"r{i}.npy"), np.load(py_dir / f"r{i}.npy")
        if a.shape != b.shape:
            raise SystemExit(f"{name}: C++ shape {a.shape}, Python {b.shape}")
        out[name] = float(np.max(np.abs(a - b)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", default="100,1000", help="comma-separated numbers of time samples (default: %(default)s)")
    parser.add_argument("--iterations", type=int, default=100, help="ADMM iterations (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per implementation and size (median reported)")
    parser.add_argument("--py2cpp", default=str(ROOT / "build" / "py2cpp"), help="py2cpp executable")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="C++ builds to run (default: %(default)s)")
    parser.add_argument("--work", help="directory for inputs, outputs and the C++ project (default: a new one under $TMPDIR)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args()

    sizes = [parse_count(s) for s in args.n.split(",") if s]
    variants = [v for v in args.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variant(s) {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="py2cpp-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1")
    results = []
    try:
        project = work / "motion_planning"
        log(f"transpiling {EXAMPLE.name} into {project} ...")
        transpile(args.py2cpp, EXAMPLE, project, [SIGNATURE])
        exes = {}
        for v in variants:
            log(f"building the C++ translation ({v}) ...")
            exes[v] = build_variant(project, "motion_planning", v.replace("+", "-"), VARIANTS[v])
        for n in sizes:
            data = work / f"n{n}"
            data.mkdir(exist_ok=True)
            write_inputs(n, data)
            inputs = [str(data / f"{name}.npy") for name in INPUTS]
            py_out = data / "python"
            py_out.mkdir(exist_ok=True)
            runs: dict[str, list[tuple[float, float]]] = {}
            for rep in range(args.repeat):
                log(f"N = {n}: run {rep + 1}/{args.repeat} (Python, then {', '.join(exes)})")
                runs.setdefault("python", []).append(run_measured(
                    [sys.executable, "-c", PYTHON_RUNNER, str(EXAMPLE), str(data), str(args.iterations),
                     str(py_out) if rep == 0 else "-"], env=env))
                for v, exe in exes.items():
                    flags = ["--npy-out", str(data / f"cpp_{v}")] if rep == 0 else ["--time"]
                    runs.setdefault(v, []).append(run_measured([str(exe), *flags, "plan", *inputs, str(args.iterations)],
                                                               env=env))
            entry = {"n": n, "iterations": args.iterations, "runs": {}}
            base = statistics.median(s for s, _ in runs["python"])
            for name, values in runs.items():
                seconds = statistics.median(s for s, _ in values)
                entry["runs"][name] = {"seconds_median": seconds, "seconds_all": [s for s, _ in values],
                                       "speedup_vs_python": base / seconds, "peak_rss_bytes": max(r for _, r in values)}
                if name != "python":
                    entry["runs"][name]["max_abs_difference"] = max_difference(data / f"cpp_{name}", py_out)
            results.append(entry)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


def report(results: list[dict]) -> str:
    lines = ["| N | iterations | implementation | time (ms, median) | speed-up vs Python | peak RSS (MB) | "
             "max abs difference (base / angles / residuals) |", "|---|---|---|---|---|---|---|"]
    for e in results:
        for name, r in e["runs"].items():
            label = "Python + NumPy" if name == "python" else f"C++ py2cpp ({name})"
            diff = r.get("max_abs_difference")
            diff_text = " / ".join(f"{d:.1e}" for d in diff.values()) if diff else "-"
            lines.append(f"| {e['n']} | {e['iterations']} | {label} | {r['seconds_median'] * 1e3:.2f} | "
                         f"{r['speedup_vs_python']:.1f}x | {r['peak_rss_bytes'] / 1e6:.1f} | {diff_text} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
