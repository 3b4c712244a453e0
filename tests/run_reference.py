#!/usr/bin/python3
"""Reference (golden) tests: compare what py2cpp prints for a case with the file stored beside it.

    run_reference.py --py2cpp BUILD/py2cpp [--update] CASE.py...

For tests/golden/NAME.py the references are NAME.cpp (`--emit cpp`) and, when present,
NAME.hpp (`--emit hpp`: the header, where classes' structs are) and NAME.ir.json (`--emit ir`);
the transpile must succeed. (To start a header or IR reference, create the empty file and --update.) For tests/diagnostics/NAME.py the
reference is NAME.err: the transpile must fail with exit status 1 and print exactly that.
Cases run from their own directory so paths in messages are just the file name.

To regenerate after an intended change:  tests/run_reference.py --py2cpp build/py2cpp --update tests/golden/*.py tests/diagnostics/*.py
then review the diff with `git diff tests/` before committing.
"""
import argparse
import difflib
import os
import pathlib
import subprocess
import sys


def run(py2cpp, case, emit):
    # Every pass's output is verified, not only the last one's (driver/pipeline.cpp).
    env = dict(os.environ, PY2CPP_VERIFY_EACH="1")
    proc = subprocess.run([py2cpp, "transpile", case.name, "--emit", emit], cwd=case.parent,
                          capture_output=True, text=True, timeout=120, env=env)
    return proc


def expectations(case):
    """(reference file, emit kind, which stream, expected exit status) for one case."""
    if case.parent.name == "diagnostics":
        return [(case.with_suffix(".err"), "cpp", "stderr", 1)]
    refs = [(case.with_suffix(".cpp"), "cpp", "stdout", 0)]
    header = case.with_suffix(".hpp")
    if header.exists():
        refs.append((header, "hpp", "stdout", 0))
    ir = case.with_suffix(".ir.json")
    if ir.exists():
        refs.append((ir, "ir", "stdout", 0))
    return refs


def check(py2cpp, case, update):
    ok = True
    for ref, emit, stream, status in expectations(case):
        proc = run(py2cpp, case, emit)
        actual = proc.stdout if stream == "stdout" else proc.stderr
        if proc.returncode != status:
            print(f"{case.name}: exit status {proc.returncode}, expected {status}\n{proc.stderr}")
            ok = False
            continue
        if update:
            ref.write_text(actual)
            continue
        expected = ref.read_text() if ref.exists() else ""
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        str(ref.name), "actual")
            print(f"{case.name}: output differs from {ref.name}\n{''.join(diff)}")
            ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--py2cpp", required=True)
    parser.add_argument("--update", action="store_true", help="rewrite the references")
    parser.add_argument("cases", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    py2cpp = str(pathlib.Path(args.py2cpp).resolve())
    failed = sum(not check(py2cpp, case.resolve(), args.update) for case in args.cases)
    print(f"{len(args.cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
