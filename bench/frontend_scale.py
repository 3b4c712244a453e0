#!/usr/bin/python3
"""How the transpiler's time and memory grow with its input (issue 16: the front end's limits).

    /usr/bin/python3 bench/frontend_scale.py [--py2cpp build/py2cpp] [--sizes 1,2,4] [--kind all]

Generates inputs of growing size and runs `py2cpp transpile FILE --emit cpp` on each, reporting
wall time and peak RSS (the child's ru_maxrss):
  * `functions`: N KB-sized functions (straight-line float arithmetic, a loop, a call) — a long
    file of ordinary code; size in MB of source;
  * `terms`: one expression `x0 + x1 + ... ` of N×1000 terms (a left-deep tree; CPython's own
    parser stops near 3000 levels, so sizes run up to 2.9);
  * `nesting`: N×1000 unary minus signs (CPython raises MemoryError: py2cpp must report it).
Linear time means cpu/size stays flat (CPU seconds: wall time depends on the machine's load); memory is reported as bytes of RSS per source byte
beyond the base (the smallest run's RSS).
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FUNCTION = '''
def f{k}(x: float, n: int) -> float:
    """Function {k}: straight-line arithmetic, a loop and a call."""
    a = x * 1.5 + {k}.0
    b = a * a - x / 3.0
    c = (a + b) * (a - b) + {k} % 7
    total = 0.0
    for i in range(n):
        total += c * i - b
        if total > 1e9:
            total = total / 2.0
    return total + g{k}(a, b)


def g{k}(p: float, q: float) -> float:
    # a helper with a comment
    return p * q - (p + q) / 2.0
'''


def make_functions(megabytes):
    parts = []
    size = 0
    k = 0
    while size < megabytes * 1_000_000:
        text = FUNCTION.format(k=k)
        parts.append(text)
        size += len(text)
        k += 1
    return "".join(parts)


def make_terms(thousands):
    n = int(thousands * 1000)
    names = ", ".join(f"x{i}: float" for i in range(8))
    terms = " + ".join(f"x{i % 8}" for i in range(n))
    return f"def f({names}) -> float:\n    return {terms}\n"


def make_nesting(thousands):
    return "x = " + "-" * int(thousands * 1000) + "1\nprint(x)\n"


KINDS = {"functions": (make_functions, "MB", [0.25, 0.5, 1.0, 2.0]),
         "terms": (make_terms, "k terms", [0.5, 1.0, 2.0, 2.9]),
         "nesting": (make_nesting, "k signs", [1.0, 50.0])}


def measure(py2cpp, source):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        start = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        proc = subprocess.run([py2cpp, "transpile", path, "--emit", "cpp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss_kib, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
        # ru_maxrss of children is the largest child so far: run sizes in increasing order.
        rss_kib = max(rss_kib, before)
        first_error = next((l for l in proc.stderr.splitlines() if ": error: " in l), "")
        return seconds, cpu, rss_kib, proc.returncode, first_error
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--py2cpp", default=os.path.join(ROOT, "build", "py2cpp"))
    ap.add_argument("--kind", default="all", choices=["all", *KINDS])
    ap.add_argument("--sizes", help="comma-separated sizes (default: per kind)")
    args = ap.parse_args()
    kinds = list(KINDS) if args.kind == "all" else [args.kind]
    for kind in kinds:
        make, unit, default_sizes = KINDS[kind]
        sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else default_sizes
        print(f"== {kind}")
        print(f"{'size':>10} {'bytes':>10} {'wall s':>8} {'cpu s':>7} {'cpu/size':>8} {'peak MiB':>9} {'B/src B':>8}  status")
        base = None
        for size in sizes:
            source = make(size)
            seconds, cpu, rss_kib, status, error = measure(args.py2cpp, source)
            base = rss_kib if base is None else base
            per_byte = (rss_kib - base) * 1024 / len(source) if rss_kib > base else 0.0
            note = "ok" if status == 0 else f"exit {status}: {error[:90]}"
            print(f"{size:>7g} {unit[:2]:<2} {len(source):>10} {seconds:>8.2f} {cpu:>7.2f} {cpu / size:>8.2f} "
                  f"{rss_kib / 1024:>9.1f} {per_byte:>8.1f}  {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
