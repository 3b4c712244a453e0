#!/usr/bin/python3
"""Run every NumPy test program of this folder under CPython + NumPy (the reference side).

For each module: check the file against the house rules (no classes, dicts, comprehensions,
try/with/lambda/generators/global, print, open), execute its `#setup:` lines (concatenated in
order), import the module, evaluate every `#run:` expression with the module's names in scope,
print the type/shape of each result, and check that the run did not modify any array made by the
setup, that it took less than a second, and that it raised no warning.

Use Debian's interpreter, which has NumPy and SciPy:
    /usr/bin/python3 -W error tests/numpy/run_all_in_python.py [FILE.py ...]
Exit status 0 when every file passes, 1 otherwise.
"""
import ast
import glob
import importlib.util
import os
import sys
import time
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
FORBIDDEN_NODES = (ast.ClassDef, ast.Dict, ast.DictComp, ast.ListComp, ast.SetComp,
                   ast.GeneratorExp, ast.Try, ast.With, ast.Lambda, ast.Yield, ast.YieldFrom,
                   ast.Global, ast.Nonlocal, ast.Set, ast.AsyncFunctionDef, ast.Await)
FORBIDDEN_CALLS = ("print", "open", "input", "exec", "eval")


def parse_header(path):
    setup, runs = [], []
    with open(path) as f:
        for line in f:
            s = line.strip()
            if s.startswith("#setup:"):
                setup.append(s[len("#setup:"):].strip())
            elif s.startswith("#run:"):
                runs.append(s[len("#run:"):].strip())
    return "\n".join(setup), runs


def lint(path):
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    problems = []
    if ast.get_docstring(tree) is None:
        problems.append("no module docstring")
    for node in ast.walk(tree):
        if isinstance(node, FORBIDDEN_NODES):
            problems.append("line %d: forbidden construct %s" % (node.lineno, type(node).__name__))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in FORBIDDEN_CALLS:
            problems.append("line %d: forbidden call %s()" % (node.lineno, node.func.id))
        if isinstance(node, ast.Attribute) and node.attr in ("random",) \
                and isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy"):
            problems.append("line %d: randomness inside the module" % node.lineno)
    return problems


def describe(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(describe(e) for e in v) + ")"
    if isinstance(v, np.ndarray):
        return "ndarray[%s]%s" % (v.dtype, v.shape)
    return type(v).__name__


def all_finite(v):
    if isinstance(v, tuple):
        return all(all_finite(e) for e in v)
    a = np.asarray(v)
    if a.dtype.kind in "fc":
        return bool(np.all(np.isfinite(a)))
    return True


def snapshot(ns):
    return {k: v.copy() for k, v in ns.items() if isinstance(v, np.ndarray)}


def check_file(path):
    name = os.path.splitext(os.path.basename(path))[0]
    ok = True
    for p in lint(path):
        print("  LINT %s" % p)
        ok = False
    setup, runs = parse_header(path)
    if not runs:
        print("  FAIL no #run line")
        return False
    ns = {}
    exec(setup, ns)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for k, v in vars(mod).items():
        if not k.startswith("__"):
            ns.setdefault(k, v)
    before = snapshot(ns)
    total = 0.0
    for run in runs:
        t0 = time.perf_counter()
        result = eval(run, ns)
        dt = time.perf_counter() - t0
        total += dt
        flag = "" if all_finite(result) else "   (non-finite values!)"
        print("  %-60s -> %s  [%.1f ms]%s" % (run[:60], describe(result), dt * 1e3, flag))
        if flag:
            ok = False
    for k, v in before.items():
        if not np.array_equal(v, ns[k], equal_nan=True):
            print("  FAIL setup array %r was modified by a run" % k)
            ok = False
    if total > 1.0:
        print("  FAIL runs took %.2f s (limit 1 s)" % total)
        ok = False
    return ok


def main(argv):
    files = argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.py")))
    files = [f for f in files if os.path.basename(f) != os.path.basename(__file__)]
    failed = []
    for path in files:
        print(os.path.basename(path))
        try:
            with warnings.catch_warnings():
                if not sys.warnoptions:
                    warnings.simplefilter("error")
                good = check_file(path)
        except Exception as e:  # report and go on with the next file
            print("  FAIL %s: %s" % (type(e).__name__, e))
            good = False
        if not good:
            failed.append(os.path.basename(path))
    print("\n%d files, %d failed%s" % (len(files), len(failed),
                                       (": " + ", ".join(failed)) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
