#!/usr/bin/python3
"""Black-Scholes benchmark: Python + NumPy + SciPy against the py2cpp translation.

    /usr/bin/python3 bench/black_scholes_bench.py [--n 10M,72M] [--repeat 3] [--threads 1,2]
                                                  [--variants exact,libmvec] [--json FILE]

For each N it writes deterministic inputs (S, K, T, r, sigma as float64 .npy files), then runs
`euro_vanilla_put(S, K, T, r, sigma)` from examples/black_scholes/black_scholes.py
  (a) under /usr/bin/python3 with NumPy + SciPy, and
  (b) as the C++ built by `py2cpp transpile` + `py2cpp build` (variants: "exact", the default
      build, and "libmvec", built with PY2CPP_CXXFLAGS=-DPY2CPP_LIBMVEC), with OMP_NUM_THREADS
      set to each --threads value,
each in its own process, `--repeat` times, alternating. Reported per implementation: the
computation's wall time (median; the C++ driver's `py2cpp-call-seconds`, Python's perf_counter
around the call: loading the inputs and writing the result are excluded), ns per option, the
speed-up over Python, and the process's peak RSS (ru_maxrss of the child, read through a
wrapper process: inputs + outputs + whatever the computation allocated). The C++ result of one
run is compared with SciPy's: max absolute error, max relative error, max relative error over
prices >= 1e-6 (puts worth 1e-100 are the difference of two nearly equal terms in both
implementations, so their relative error is cancellation noise), and the count of elements that
are not bit-identical; against NumPy as installed and against NumPy with its AVX-512 exp/log
kernels off (then it uses glibc's exp/log, as the C++ code does).

Needs Debian's /usr/bin/python3 (NumPy, SciPy), a built py2cpp (default build/py2cpp) and about
10 * 8 * N bytes of free disk in --work (72M: 5.8 GB) and 14 * 8 * N bytes of free memory (NumPy's
temporaries). Everything written is deleted at the end unless --keep. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench_common import ROOT, log, parse_count, run_measured

EXAMPLE = ROOT / "examples" / "black_scholes" / "black_scholes.py"
SIGNATURE = "euro_vanilla_put(float64[:], float64[:], float64[:], float64[:], float64[:])"
INPUTS = ("S", "K", "T", "r", "sigma")
# Realistic ranges, the same as examples/black_scholes/validate.json.
RANGES = {"S": (10.0, 200.0), "K": (10.0, 200.0), "T": (0.05, 3.0), "r": (0.0, 0.08), "sigma": (0.05, 0.9)}
SEED = 20240501
# NumPy 1.24 computes np.exp/np.log with its own AVX-512 kernels on CPUs that have AVX-512 (they
# differ from glibc's exp/log in the last bit for ~20% of arguments). A second Python run with
# those kernels switched off uses glibc's functions, the ones the C++ code calls: comparing with
# it separates NumPy's rounding from the translation's.
NUMPY_GLIBC_ENV = {"NPY_DISABLE_CPU_FEATURES": "AVX512F,AVX512CD,AVX512_SKX,AVX512_CLX,AVX512_CNL,AVX512_ICL"}

# Runs the Python implementation in a child process: load, time the call, optionally save.
PYTHON_RUNNER = r"""
import sys, time, importlib.util
import numpy as np
module_path, data_dir, out = sys.argv[1], sys.argv[2], sys.argv[3]
spec = importlib.util.spec_from_file_location("black_scholes", module_path)
bs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bs)
args = [np.load(f"{data_dir}/{name}.npy") for name in ("S", "K", "T", "r", "sigma")]
start = time.perf_counter()
put = bs.euro_vanilla_put(*args)
elapsed = time.perf_counter() - start
print(f"py2cpp-call-seconds: {elapsed:.9f}", file=sys.stderr)
if out != "-":
    np.save(out, put)
"""

def generate_inputs(n: int, data_dir: Path) -> None:
    rng = np.random.default_rng(SEED)
    for name in INPUTS:
        low, high = RANGES[name]
        np.save(data_dir / f"{name}.npy", rng.uniform(low, high, n))


def compare(cpp_file: Path, py_file: Path) -> dict[str, float]:
    """Max errors of the C++ prices against SciPy's, in chunks (memory-mapped)."""
    cpp = np.load(cpp_file, mmap_mode="r")
    ref = np.load(py_file, mmap_mode="r")
    if cpp.shape != ref.shape or cpp.dtype != ref.dtype:
        raise SystemExit(f"result mismatch: C++ {cpp.dtype}{cpp.shape}, Python {ref.dtype}{ref.shape}")
    out = {"max_abs_err": 0.0, "max_rel_err": 0.0, "max_rel_err_ge_1e-6": 0.0, "differing_elements": 0,
           "nonfinite_mismatch": 0}
    chunk = 1 << 22
    for start in range(0, ref.shape[0], chunk):
        a = np.asarray(cpp[start:start + chunk])
        b = np.asarray(ref[start:start + chunk])
        same = (a == b) | (np.isnan(a) & np.isnan(b))
        out["differing_elements"] += int((~same).sum())
        out["nonfinite_mismatch"] += int((np.isfinite(a) != np.isfinite(b)).sum())
        finite = np.isfinite(a) & np.isfinite(b)
        a, b = a[finite], b[finite]
        err = np.abs(a - b)
        if err.size:
            out["max_abs_err"] = max(out["max_abs_err"], float(err.max()))
            nz = b != 0
            if nz.any():
                rel = err[nz] / np.abs(b[nz])
                out["max_rel_err"] = max(out["max_rel_err"], float(rel.max()))
            big = np.abs(b) >= 1e-6
            if big.any():
                out["max_rel_err_ge_1e-6"] = max(out["max_rel_err_ge_1e-6"], float((err[big] / np.abs(b[big])).max()))
    return out


# C++ variants: the default build (np.exp/np.log bit for bit glibc's) and -DPY2CPP_LIBMVEC
# (np.exp/np.log from glibc's libmvec, up to ~3 ulps off).
VARIANTS = {"exact": None, "libmvec": "-DPY2CPP_LIBMVEC"}


def build_cpp(py2cpp: str, work: Path, cxx_flags: str | None, name: str) -> Path:
    project = work / f"black_scholes_{name}"
    subprocess.run([py2cpp, "transpile", str(EXAMPLE), "-o", str(project), "--sig", SIGNATURE], check=True,
                   stderr=subprocess.DEVNULL)
    env = dict(os.environ)
    if cxx_flags is not None:
        env["PY2CPP_CXXFLAGS"] = cxx_flags  # py2cpp build passes it as CMAKE_CXX_FLAGS
    exe = subprocess.run([py2cpp, "build", str(project)], check=True, capture_output=True, text=True, env=env)
    return Path(exe.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", default="10M,72M", help="comma-separated option counts (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per implementation and size (median reported)")
    parser.add_argument("--threads", default="1,2", help="OMP_NUM_THREADS values for the C++ runs (default: %(default)s)")
    parser.add_argument("--py2cpp", default=str(ROOT / "build" / "py2cpp"), help="py2cpp executable")
    parser.add_argument("--variants", default="exact,libmvec",
                        help="C++ builds to run: exact (default flags), libmvec (-DPY2CPP_LIBMVEC) (default: %(default)s)")
    parser.add_argument("--work", help="directory for inputs, outputs and the C++ project (default: a new one under $TMPDIR)")
    parser.add_argument("--skip-python", action="store_true", help="C++ only (no speed-up, no accuracy)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    args = parser.parse_args()

    sizes = [parse_count(s) for s in args.n.split(",") if s]
    threads = [int(t) for t in args.threads.split(",") if t]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="py2cpp-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    need = 10 * 8 * max(sizes)  # 5 inputs, 2 Python results, 2 C++ results, slack
    free = shutil.disk_usage(work).free
    if free < need * 1.1:
        raise SystemExit(f"{work}: {free / 1e9:.1f} GB free, the benchmark needs about {need / 1e9:.1f} GB")
    results = []
    try:
        variants = [v for v in args.variants.split(",") if v]
        exes = {}
        for v in variants:
            log(f"building the C++ translation ({v}) in {work} ...")
            exes[v] = build_cpp(args.py2cpp, work, VARIANTS[v], v)
        for n in sizes:
            data = work / f"n{n}"
            data.mkdir(exist_ok=True)
            log(f"N = {n:,}: generating inputs ...")
            generate_inputs(n, data)
            inputs = [str(data / f"{name}.npy") for name in INPUTS]
            py_out = data / "python_put.npy"
            py_glibc_out = data / "python_glibc_put.npy"
            if not args.skip_python:
                log(f"N = {n:,}: Python run with NumPy's AVX-512 exp/log off (reference for accuracy only)")
                run_measured([sys.executable, "-c", PYTHON_RUNNER, str(EXAMPLE), str(data), str(py_glibc_out)],
                             env=dict(os.environ, **NUMPY_GLIBC_ENV))
            runs: dict[str, list[tuple[float, float]]] = {}
            for rep in range(args.repeat):
                if not args.skip_python:
                    log(f"N = {n:,}: Python run {rep + 1}/{args.repeat}")
                    target = str(py_out) if rep == 0 else "-"
                    runs.setdefault("python", []).append(
                        run_measured([sys.executable, "-c", PYTHON_RUNNER, str(EXAMPLE), str(data), target]))
                for v, exe in exes.items():
                    for t in threads:
                        log(f"N = {n:,}: C++ ({v}) run {rep + 1}/{args.repeat}, {t} thread(s)")
                        env = dict(os.environ, OMP_NUM_THREADS=str(t))
                        out_dir = data / f"cpp_{v}"
                        flags = ["--npy-out", str(out_dir)] if rep == 0 and t == threads[0] else ["--time"]
                        runs.setdefault(f"cpp_{v}_{t}", []).append(
                            run_measured([str(exe), *flags, "euro_vanilla_put", *inputs], env=env))
            entry = {"n": n, "runs": {}}
            for name, values in runs.items():
                seconds = statistics.median(v[0] for v in values)
                rss = max(v[1] for v in values)
                entry["runs"][name] = {"seconds_median": seconds, "seconds_all": [v[0] for v in values],
                                       "ns_per_option": seconds / n * 1e9, "peak_rss_bytes": rss}
            if not args.skip_python:
                base = entry["runs"]["python"]["seconds_median"]
                for name, r in entry["runs"].items():
                    r["speedup_vs_python"] = base / r["seconds_median"]
                entry["accuracy"] = {v: compare(data / f"cpp_{v}" / "r0.npy", py_out) for v in exes}
                entry["accuracy_vs_glibc_numpy"] = {v: compare(data / f"cpp_{v}" / "r0.npy", py_glibc_out) for v in exes}
            results.append(entry)
            shutil.rmtree(data, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(report(results, threads))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


def report(results: list[dict], threads: list[int]) -> str:
    lines = ["| N | implementation | time (s, median) | ns/option | speed-up vs Python | peak RSS (GB) | inputs+output (GB) |",
             "|---|---|---|---|---|---|---|"]
    for entry in results:
        n = entry["n"]
        for name, r in entry["runs"].items():
            if name == "python":
                label = "Python + NumPy + SciPy"
            else:
                _, variant, t = name.split("_")
                label = f"C++ py2cpp ({variant}), {t} thread{'s' if t != '1' else ''}"
            speed = f"{r['speedup_vs_python']:.2f}x" if "speedup_vs_python" in r else "-"
            lines.append(f"| {n / 1e6:g}M | {label} | {r['seconds_median']:.3f} | {r['ns_per_option']:.2f} | {speed} | "
                         f"{r['peak_rss_bytes'] / 1e9:.3f} | {6 * 8 * n / 1e9:.3f} |")
    acc = [e for e in results if "accuracy" in e]
    if acc:
        lines += ["", "| N | C++ build | reference | max abs error | max rel error | max rel error (prices >= 1e-6) | "
                  "elements not bit-identical |", "|---|---|---|---|---|---|---|"]
        refs = {"accuracy": "SciPy (NumPy as installed)", "accuracy_vs_glibc_numpy": "SciPy, NumPy's AVX-512 exp/log off"}
        for e in acc:
            for key, ref in refs.items():
                for v, a in e[key].items():
                    lines.append(f"| {e['n'] / 1e6:g}M | {v} | {ref} | {a['max_abs_err']:.3g} | {a['max_rel_err']:.3g} | "
                                 f"{a['max_rel_err_ge_1e-6']:.3g} | {a['differing_elements']:,} of {e['n']:,} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
