#!/usr/bin/python3
"""`py2cpp transpile --line-directives` and `py2cpp annotate`, end to end.

    annotate_test.py --py2cpp BUILD/py2cpp --work DIR

* --line-directives: every `#line` names the source and a line that exists; the C++ still builds
  and runs as before (a scalar program: fast to build);
* annotate: the page of tests/golden/numpy_arrays.py shows each Python line once, gives each
  compiled line its C++, marks the array-allocating line of `count_above` (np.zeros), the checked
  element accesses, and lists the compiled functions.
"""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def run(command, **kwargs):
    proc = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=900, **kwargs)
    if proc.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, command))} exited with {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--py2cpp", required=True)
    parser.add_argument("--work", required=True, type=Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)

    program = args.work / "collatz.py"
    shutil.copy(TESTS / "e2e" / "collatz.py", program)
    cpp = run([args.py2cpp, "transpile", program, "--emit", "cpp", "--line-directives"]).stdout
    lines = program.read_text().splitlines()
    directives = re.findall(r'^\s*#line (\d+) "(.*)"$', cpp, flags=re.M)
    if not directives or any(Path(f).name != "collatz.py" or not 1 <= int(n) <= len(lines) for n, f in directives):
        sys.exit(f"FAIL: bad #line directives: {directives[:10]}")
    run([args.py2cpp, "transpile", program, "-o", args.work / "out", "--line-directives"])
    binary = run([args.py2cpp, "build", args.work / "out"]).stdout.strip().splitlines()[-1]
    expected = run(["/usr/bin/python3", program]).stdout
    if run([binary]).stdout != expected:
        sys.exit("FAIL: the program built with #line directives prints something else than Python")

    source = args.work / "numpy_arrays.py"
    shutil.copy(TESTS / "golden" / "numpy_arrays.py", source)
    page_path = args.work / "numpy_arrays.html"
    run([args.py2cpp, "annotate", source, "-o", page_path])
    page = page_path.read_text()
    python_lines = source.read_text().splitlines()
    if page.count("<span class='num'>") != len(python_lines):
        sys.exit(f"FAIL: the page shows {page.count(chr(60) + 'span class=' + chr(39) + 'num' + chr(39) + '>')} lines, the source has {len(python_lines)}")
    zeros_line = next(i for i, text in enumerate(python_lines, 1) if "np.zeros" in text)
    row = re.search(rf"<summary[^>]*><span class='num'>{zeros_line}</span>.*?</details>", page, flags=re.S)
    if not row or "allocates" not in row.group(0) or "py::np::zeros" not in row.group(0):
        sys.exit(f"FAIL: line {zeros_line} (np.zeros) is not shown as allocating with its C++:\n{row.group(0) if row else page[:2000]}")
    if "checked access" not in page or "Compiled functions: center_columns, count_above" not in page:
        sys.exit("FAIL: checked accesses or the compiled functions are missing from the page")
    print("1 passed, 0 failed: #line directives build and run; annotate shows and marks every line")


if __name__ == "__main__":
    main()
