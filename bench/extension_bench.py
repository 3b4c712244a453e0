#!/usr/bin/python3
"""Extension-module benchmark: calls from Python into `py2cpp transpile --python-module` modules.

    /usr/bin/python3 bench/extension_bench.py [--n 10M] [--repeat 3] [--calls 1000000] [--json FILE]

1. Call overhead: `add(1.0, 2.0)` of tests/python/ext_cases.py (`def add(x: float, y: float)`)
   called in a loop from Python: ns per call of a round of `--calls` calls, median of 5 rounds,
   through the compiled module (positional; keywords, which bind through inspect; int arguments,
   which fall back to the Python function), as the plain Python function, and the empty loop.
2. Black–Scholes: `euro_vanilla_put(S, K, T, r, sigma)` of examples/black_scholes on N options
   (deterministic float64 inputs made in the measuring process), once through the extension
   module and once with NumPy + SciPy, each in its own process, `--repeat` times: the wall time
   (perf_counter) of the second call (the first one pays for imports, the OpenMP thread pool and
   first-touch page faults), and memory: the process's RSS just before that call (inputs made,
   the first result freed, the peak reset through /proc/self/clear_refs) and its peak during it. The extension's peak minus
   the RSS before the call is its output (8 N bytes) when no input is copied.

Needs /usr/bin/python3 with NumPy, SciPy and Python's headers, a built py2cpp (default
build/py2cpp) and about 14 * 8 * N bytes of memory (NumPy's temporaries). See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_common import ROOT, log, parse_count

MODULES = {
    "ext_cases": (ROOT / "tests" / "python" / "ext_cases.py", []),
    "black_scholes": (ROOT / "examples" / "black_scholes" / "black_scholes.py",
                      ["euro_vanilla_put(float64[:], float64[:], float64[:], float64[:], float64[:])"]),
}

CALL_OVERHEAD = r"""
import statistics, sys, time
sys.path.insert(0, sys.argv[1])
import ext_cases
calls = int(sys.argv[2])
def per_call(f, *args, **kwargs):
    rounds = []
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(calls):
            f(*args, **kwargs)
        rounds.append((time.perf_counter_ns() - start) / calls)
    return statistics.median(rounds)
def loop_only():
    start = time.perf_counter_ns()
    for _ in range(calls):
        pass
    return (time.perf_counter_ns() - start) / calls
ext_cases.add(1.0, 2.0)
assert ext_cases.py2cpp_last_path()[1] == "cpp"
ext_cases.add(1, 2)
assert ext_cases.py2cpp_last_path()[1] == "python"
results = {
    "compiled, positional": per_call(ext_cases.add, 1.0, 2.0),
    "compiled, keywords": per_call(ext_cases.add, x=1.0, y=2.0),
    "fallback (int arguments)": per_call(ext_cases.add, 1, 2),
    "Python function": per_call(ext_cases.python.add, 1.0, 2.0),
    "empty loop": loop_only(),
}
print(repr(results))
"""

BLACK_SCHOLES = r"""
import sys, time
import numpy as np
sys.path.insert(0, sys.argv[1])
import black_scholes
which, n = sys.argv[2], int(sys.argv[3])
f = black_scholes.euro_vanilla_put if which == "extension" else black_scholes.python.euro_vanilla_put
def status(key):
    with open("/proc/self/status") as file:
        for line in file:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
rng = np.random.default_rng(20240501)
inputs = [rng.uniform(lo, hi, n) for lo, hi in ((10.0, 200.0), (10.0, 200.0), (0.05, 3.0), (0.0, 0.08), (0.05, 0.9))]
f(*inputs)  # a first full call: imports, thread pool and first-touch costs out of the measurement
with open("/proc/self/clear_refs", "w") as file:
    file.write("5")  # resets the peak RSS (VmHWM) to the current RSS
before = status("VmRSS")
start = time.perf_counter()
out = f(*inputs)
seconds = time.perf_counter() - start
peak = status("VmHWM")
if which == "extension":
    assert black_scholes.py2cpp_last_path()[1] == "cpp"
print(repr({"seconds": seconds, "rss_before": before, "peak": peak, "output_bytes": out.nbytes}))
"""


def build_modules(py2cpp: str, work: Path) -> dict[str, Path]:
    """Transpiles each module with --python-module and builds its extension target; returns the
    directories to import them from."""
    dirs = {}
    for name, (source, sigs) in MODULES.items():
        project, build = work / name, work / name / "build"
        subprocess.run([py2cpp, "transpile", str(source), "--python-module", "-o", str(project),
                        *[arg for s in sigs for arg in ("--sig", s)]], check=True, stderr=subprocess.DEVNULL)
        subprocess.run(["cmake", "-S", str(project), "-B", str(build), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", str(build), "--target", "py2cpp_python"], check=True, stdout=subprocess.DEVNULL)
        dirs[name] = build / "python"
    return dirs


def run_child(script: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{result.stderr}")
    return eval(result.stdout.strip().splitlines()[-1])  # a dict printed by repr()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", default="10M", help="Black–Scholes option count (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="Black–Scholes runs per implementation (median reported)")
    parser.add_argument("--calls", type=int, default=1_000_000, help="calls per round of the overhead loop")
    parser.add_argument("--py2cpp", default=str(ROOT / "build" / "py2cpp"), help="py2cpp executable")
    parser.add_argument("--work", help="directory for the generated projects (default: a new one under $TMPDIR)")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args()
    n = parse_count(args.n)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="py2cpp-ext-bench-"))
    try:
        log("building the extension modules ...")
        dirs = build_modules(args.py2cpp, work)
        log("call overhead ...")
        overhead = run_child(CALL_OVERHEAD, str(dirs["ext_cases"]), str(args.calls))
        print(f"\nCall overhead, add(x: float, y: float) -> x + y, median ns per call ({args.calls} calls x 5 rounds):")
        for what, ns in overhead.items():
            print(f"  {what:28s} {ns:8.1f} ns")
        runs: dict[str, list[dict]] = {"extension": [], "numpy": []}
        for i in range(args.repeat):
            for which in runs:
                log(f"Black–Scholes {args.n}, {which}, run {i + 1}/{args.repeat} ...")
                runs[which].append(run_child(BLACK_SCHOLES, str(dirs["black_scholes"]), which, str(n)))
        mib = 1024 * 1024
        print(f"\nBlack–Scholes euro_vanilla_put on {n} options called from Python (median of {args.repeat}):")
        print(f"  {'implementation':28s} {'time':>9s} {'ns/option':>10s} {'RSS before':>11s} {'peak RSS':>9s} {'peak - before':>14s}")
        summary = {}
        for which, label in (("numpy", "Python + NumPy + SciPy"), ("extension", "py2cpp extension module")):
            seconds = statistics.median(r["seconds"] for r in runs[which])
            before = statistics.median(r["rss_before"] for r in runs[which])
            peak = statistics.median(r["peak"] for r in runs[which])
            summary[which] = {"seconds": seconds, "rss_before": before, "peak": peak}
            print(f"  {label:28s} {seconds:8.3f}s {seconds / n * 1e9:10.1f} {before / mib:9.0f} MiB {peak / mib:5.0f} MiB "
                  f"{(peak - before) / mib:10.0f} MiB")
        output = runs["extension"][0]["output_bytes"]
        extra = summary["extension"]["peak"] - summary["extension"]["rss_before"]
        print(f"  inputs: 5 x {output / mib:.0f} MiB; output {output / mib:.0f} MiB; the extension's call added "
              f"{extra / output:.3f} x the output (1.0 = no copy of the inputs), speed-up "
              f"{summary['numpy']['seconds'] / summary['extension']['seconds']:.1f}x")
        if args.json:
            Path(args.json).write_text(json.dumps({"n": n, "call_overhead_ns": overhead, "black_scholes": summary}, indent=2))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
