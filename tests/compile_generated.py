#!/usr/bin/python3
"""Checks that generated C++ compiles warning-free with a given compiler.

    compile_generated.py --py2cpp BUILD/py2cpp --cxx clang++ CASE.py...

Each case is transpiled into a temporary project and its sources are compiled with
-std=c++20 -Wall -Wextra -Werror (syntax and semantics only, no linking). The end-to-end tests
already build everything with the default compiler (g++); this covers the second compiler.
"""
import argparse
import concurrent.futures
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile


def check(py2cpp, cxx, case):
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "project"
        proc = subprocess.run([py2cpp, "transpile", str(case), "-o", str(out)], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"FAIL {case.name}: transpile failed\n{proc.stderr}")
            return False
        sources = [str(p) for p in sorted(out.glob("*.cpp"))]
        cmd = [cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
               "-I", str(out), "-I", str(out / "runtime"), "-isystem", "/usr/include/eigen3", *sources]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"FAIL {case.name}: {cxx} reports\n{proc.stderr}")
            return False
    print(f"PASS {case.name}")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--py2cpp", required=True)
    parser.add_argument("--cxx", default="clang++")
    parser.add_argument("cases", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    if shutil.which(args.cxx) is None:
        print(f"{args.cxx} is not installed")
        return 1
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda c: check(args.py2cpp, args.cxx, c), args.cases))
    failed = results.count(False)
    print(f"{len(args.cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
