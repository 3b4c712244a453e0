#!/usr/bin/python3
"""List-heavy plain Python (bench/programs/lists_workload.py: sieve, n-queens, a word tally, list
comprehensions) as CPython runs it and as py2cpp's translation runs: whole-process wall time of
`python3 PROGRAM` against the built executable (transpiled and built once, beforehand), median of
--repeat interleaved runs, outputs checked equal. Reports seconds and the speed-up.

    /usr/bin/python3 bench/lists_bench.py [--repeat 5] [--py2cpp build/py2cpp]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import ROOT, log

PROGRAM = ROOT / "bench" / "programs" / "lists_workload.py"


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr}")
    return seconds, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--py2cpp", default=str(ROOT / "build" / "py2cpp"))
    args = parser.parse_args()
    log("transpiling and building the translation")
    work = Path(tempfile.mkdtemp(prefix="py2cpp-lists-bench-"))
    subprocess.run([args.py2cpp, "transpile", str(PROGRAM), "-o", str(work / "out")], check=True)
    executable = subprocess.run([args.py2cpp, "build", str(work / "out")], check=True, stdout=subprocess.PIPE,
                                text=True).stdout.strip().splitlines()[-1]
    python_times, cpp_times = [], []
    reference = None
    for _ in range(args.repeat):  # interleaved, so load changes on a shared machine hit both
        seconds, out = timed(["/usr/bin/python3", str(PROGRAM)])
        python_times.append(seconds)
        reference = reference or out
        seconds, out = timed([executable])
        cpp_times.append(seconds)
        if out != reference:
            raise SystemExit(f"outputs differ:\n--- python\n{reference}\n--- py2cpp\n{out}")
    shutil.rmtree(work)  # the temporary directory made above
    py, cpp = statistics.median(python_times), statistics.median(cpp_times)
    print(f"lists_workload: CPython {py:.3f} s, py2cpp {cpp:.3f} s (medians of {args.repeat}, whole process; the executable built beforehand), speed-up {py / cpp:.1f}x")


if __name__ == "__main__":
    sys.exit(main())
