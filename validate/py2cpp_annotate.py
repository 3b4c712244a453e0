#!/usr/bin/python3
"""py2cpp annotate: the Python source beside the C++ that py2cpp generates for each of its lines.

    py2cpp annotate FILE.py [-o FILE.html] [--sig "f(float64[:])"]... [--mappings T.json]...

Like `cython -a`: one self-contained HTML page, the Python on the left; click a line to see its
C++. Lines are marked by what their C++ does, so the hot spots show:
  * allocates: makes a new array (creation functions, copies, products, stacking, fancy-index
    gathers, an array expression evaluated into new storage);
  * checked access: reads or writes single elements through bounds-checked `.at(...)`;
  * Python semantics: a runtime helper that keeps Python's rules where C++'s differ (floor
    division, modulo, powers, shifts, exact int/float comparison, sequencing of side effects);
  * not compiled: code of a function that no signature or caller reaches (it would run as Python
    in the extension module's fallback, and not at all in the C++ program).
The mapping comes from the `#line` directives of `py2cpp transpile --emit cpp --line-directives`.
Exit status: py2cpp's (1 when the file does not transpile; its diagnostics are shown).
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import tokenize
from pathlib import Path

LINE_DIRECTIVE = re.compile(r'^\s*#line\s+(\d+)\s+"(.*)"\s*$')

ALLOCATES = re.compile(
    r"py::np::(zeros|ones|empty|full|zeros_like|ones_like|empty_like|full_like|array|arange|linspace|eye|identity|copy|"
    r"concatenate|hstack|vstack|stack|column_stack|outer|matmul|dot|diag|reshape|ravel|flatten|tile|repeat|cumsum|cumprod|"
    r"linalg_\w+|masked|take|random::\w+)\b|\.copy\(\)|\.astype<|py::ndarray<[^>]*>\s+\w+\s*=|py::np::astype\b")
CHECKED = re.compile(r"\.at\(")
PYTHON_SEMANTICS = re.compile(r"py::(floordiv|mod|pow|lshift|rshift|truediv|compare|int_pow)\b|\[&\]\s*\{")
CATEGORIES = (("allocates", ALLOCATES, "#f7c6c6"), ("checked access", CHECKED, "#fbe7b5"),
              ("Python semantics", PYTHON_SEMANTICS, "#d8e4f8"))

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
.legend span { padding: 0.1em 0.5em; margin-right: 0.6em; border: 1px solid #ccc; }
.src { font-family: ui-monospace, monospace; font-size: 0.9em; }
details, .plain { margin: 0; } summary { list-style: none; cursor: pointer; white-space: pre; }
summary::-webkit-details-marker { display: none; }
.plain { white-space: pre; } .num { color: #888; display: inline-block; width: 4em; text-align: right; margin-right: 1em; }
.cpp { margin: 0.1em 0 0.4em 5em; padding: 0.4em; background: #f6f6f6; border-left: 3px solid #888; white-space: pre; }
.tags { color: #666; font-size: 0.8em; margin-left: 1em; font-family: system-ui, sans-serif; }
.notcompiled { color: #999; }
"""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="py2cpp annotate", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="the Python module")
    parser.add_argument("-o", "--output", type=Path, help="the HTML page (default: FILE.html beside the source)")
    parser.add_argument("--sig", action="append", default=[], help="entry-point signature, as for transpile (repeatable)")
    parser.add_argument("--mappings", action="append", default=[], help="extra mapping table, as for transpile")
    parser.add_argument("--py2cpp", required=True, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def cpp_by_python_line(cpp: str, source_name: str) -> dict[int, list[str]]:
    """The generated C++ lines grouped by the Python line their `#line` directive names."""
    lines: dict[int, list[str]] = {}
    current = None
    for text in cpp.splitlines():
        match = LINE_DIRECTIVE.match(text)
        if match:
            current = int(match.group(1)) if Path(match.group(2)).name == source_name else None
            continue
        if current is not None and text.strip():
            lines.setdefault(current, []).append(text)
    return lines


def function_ranges(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, last line) of each module-level function."""
    import ast
    ranges = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            ranges.append((node.name, first, node.end_lineno))
    return ranges


def tags_of(cpp_lines: list[str]) -> list[tuple[str, str]]:
    text = "\n".join(cpp_lines)
    return [(name, colour) for name, pattern, colour in CATEGORIES if pattern.search(text)]


def render(path: Path, source: str, cpp: dict[int, list[str]]) -> str:
    lines = source.splitlines()
    compiled_functions = set()
    uncompiled = {}
    for name, first, last in function_ranges(source):
        if any(first <= n <= last for n in cpp):
            compiled_functions.add(name)
        else:
            for n in range(first, last + 1):
                uncompiled[n] = name
    counts = {name: 0 for name, _, _ in CATEGORIES}
    rows = []
    for number, text in enumerate(lines, start=1):
        code = html.escape(text) or " "
        num = f"<span class='num'>{number}</span>"
        if number in cpp:
            tags = tags_of(cpp[number])
            for name, _ in tags:
                counts[name] += 1
            colour = tags[0][1] if tags else "#ffffff"
            labels = "".join(f"<span class='tags'>{html.escape(name)}</span>" for name, _ in tags)
            body = html.escape("\n".join(cpp[number]))
            rows.append(f"<details><summary style='background:{colour}'>{num}{code}{labels}</summary>"
                        f"<div class='cpp'>{body}</div></details>")
        elif number in uncompiled and text.strip() and not text.strip().startswith("#"):
            rows.append(f"<div class='plain notcompiled'>{num}{code}<span class='tags'>not compiled "
                        f"({html.escape(uncompiled[number])} has no signature or caller)</span></div>")
        else:
            rows.append(f"<div class='plain'>{num}{code}</div>")
    legend = "".join(f"<span style='background:{colour}'>{html.escape(name)}: {counts[name]} line(s)</span>"
                     for name, _, colour in CATEGORIES)
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>py2cpp annotate: {html.escape(path.name)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(path.name)}: Python and the C++ py2cpp makes of it</h1>"
            f"<p>Click a line to see its C++. <span class='legend'>{legend}</span></p>"
            f"<p>Compiled functions: {', '.join(sorted(compiled_functions)) or 'none'}"
            f"{'; not compiled: ' + ', '.join(sorted(set(uncompiled.values()))) if uncompiled else ''}.</p>"
            f"<div class='src'>{''.join(rows)}</div></body></html>\n")


def main(argv):
    args = parse_arguments(argv)
    command = [args.py2cpp, "transpile", str(args.file), "--emit", "cpp", "--line-directives"]
    for sig in args.sig:
        command += ["--sig", sig]
    for table in args.mappings:
        command += ["--mappings", table]
    proc = subprocess.run(command, capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0:
        return proc.returncode
    with tokenize.open(args.file) as f:  # the encoding as CPython reads it (BOM, coding cookie)
        source = f.read()
    page = render(args.file, source, cpp_by_python_line(proc.stdout, args.file.name))
    output = args.output or args.file.with_suffix(".html")
    output.write_text(page, encoding="utf-8")
    print(f"py2cpp annotate: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
