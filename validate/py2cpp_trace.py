#!/usr/bin/python3
"""py2cpp trace: record the types a Python program really passes to its functions.

    py2cpp trace [--module FILE.py]... [--replace] [--print] -- COMMAND [ARGS...]
    e.g.  py2cpp trace -- /usr/bin/python3 examples/motion_planning/run.py
          py2cpp trace -- /usr/bin/python3 -m pytest tests/

Runs COMMAND once, unchanged, with a profiling hook in every Python process it starts
(py2cpp_trace_hook/sitecustomize.py, put first on PYTHONPATH). For each module-level function
of the traced source files, the hook records the type of every argument and of the result of
each call. This script then writes, beside each source file FILE.py that had calls,
FILE.py2cpp-sigs: one `export f(TYPE, ...)` line per distinct argument-type tuple (a
specialisation), in py2cpp's signature language (the --sig / `#pythran export` syntax), with the
call count, the result types and array layouts as a comment. `py2cpp transpile/build/validate`
(and --python-module) read that file when it sits beside the source.

Traced files: those named with --module; otherwise every .py file under the current directory
outside the interpreter's own directories, except test files (test_*.py, *_test.py,
conftest.py). An existing signatures file is kept and new signatures are appended under a
comment (so hand edits survive); --replace writes it afresh.

Exit status: the traced command's (so a failing program or test suite is noticed), after the
signatures are written: what the program did before it failed is recorded, and said.
2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HOOK_DIR = Path(__file__).resolve().parent / "py2cpp_trace_hook"
SIGS_SUFFIX = ".py2cpp-sigs"
EXPORT = "export "


@dataclass
class Specialisation:
    """One argument-type tuple of one function, merged over every process of the run."""
    function: str
    line: int
    params: list[str]
    types: list[str]
    calls: int = 0
    raised: int = 0
    returns: dict[str, int] = field(default_factory=dict)
    layouts: dict[str, set[str]] = field(default_factory=dict)

    @property
    def signature(self) -> str:
        return f"{self.function}({', '.join(self.types)})"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="py2cpp trace",
        description="Run a Python command and record, per function, the argument types of every call "
                    "into FILE.py2cpp-sigs beside each traced source file.")
    parser.add_argument("--module", action="append", default=[], metavar="FILE.py",
                        help="trace only this source file (repeatable); default: every non-test .py file under the current directory")
    parser.add_argument("--replace", action="store_true", help="write signatures files afresh instead of adding to them")
    parser.add_argument("--print", dest="print_only", action="store_true", help="print the signatures instead of writing files")
    parser.add_argument("--max-specializations", type=int, default=4, metavar="N",
                        help="keep at most N argument-type tuples per function, the most called (default 4)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    args = parser.parse_args(argv)
    if args.command and args.command[0] == "--":
        args.command = args.command[1:]
    if not args.command:
        parser.error("give the command to trace after --, e.g. py2cpp trace -- /usr/bin/python3 prog.py")
    if args.max_specializations < 1:
        parser.error("--max-specializations must be at least 1")
    for module in args.module:
        if not module.endswith(".py") or not Path(module).is_file():
            parser.error(f"--module {module}: not an existing .py file")
    return args


def run_traced(command: list[str], modules: list[str], trace_dir: Path) -> int:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HOOK_DIR)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PY2CPP_TRACE_DIR"] = str(trace_dir)
    env["PY2CPP_TRACE_ROOT"] = os.getcwd()
    if modules:
        env["PY2CPP_TRACE_FILES"] = os.pathsep.join(str(Path(m).resolve()) for m in modules)
    else:
        env.pop("PY2CPP_TRACE_FILES", None)
    try:
        return subprocess.call(command, env=env)
    except FileNotFoundError:
        raise SystemExit(f"py2cpp trace: error: cannot run '{command[0]}': no such program")
    except PermissionError:
        raise SystemExit(f"py2cpp trace: error: cannot run '{command[0]}': permission denied")


def read_traces(trace_dir: Path) -> tuple[dict[str, dict[tuple, Specialisation]], list[dict]]:
    """Merges every process's trace-<pid>.json: file -> {(function, types): Specialisation}."""
    merged: dict[str, dict[tuple, Specialisation]] = {}
    processes = []
    for path in sorted(trace_dir.glob("trace-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"py2cpp trace: warning: ignoring an unreadable trace {path.name}: {error}", file=sys.stderr)
            continue
        processes.append(data)
        for r in data.get("records", []):
            key = (r["function"], tuple(r["types"]))
            spec = merged.setdefault(r["file"], {}).get(key)
            if spec is None:
                spec = Specialisation(r["function"], r["line"], r["params"], r["types"])
                merged[r["file"]][key] = spec
            spec.calls += r["calls"]
            spec.raised += r.get("raised", 0)
            for t, n in r["returns"].items():
                spec.returns[t] = spec.returns.get(t, 0) + n
            for name, layouts in r.get("layouts", {}).items():
                spec.layouts.setdefault(name, set()).update(layouts)
    return merged, processes


def describe(spec: Specialisation) -> str:
    """The comment after an export line: calls, results, array layouts that are not C order."""
    parts = [f"{spec.calls} call{'s' if spec.calls != 1 else ''}"]
    if spec.returns:
        parts.append("-> " + " | ".join(t for t, _ in sorted(spec.returns.items(), key=lambda kv: -kv[1])))
    if spec.raised:
        parts.append(f"raised {spec.raised}x")
    odd = {name: sorted(v) for name, v in spec.layouts.items() if v != {"C"}}
    if odd:
        parts.append("layout " + ", ".join(f"{name}: {'/'.join(v)}" for name, v in sorted(odd.items())))
    return "; ".join(parts)


def export_lines(specs: dict[tuple, Specialisation], limit: int) -> list[str]:
    by_function: dict[str, list[Specialisation]] = {}
    for spec in specs.values():
        by_function.setdefault(spec.function, []).append(spec)
    lines = []
    for function, group in sorted(by_function.items(), key=lambda kv: (min(s.line for s in kv[1]), kv[0])):
        group.sort(key=lambda s: (-s.calls, s.types))
        for spec in group[:limit]:
            lines.append(f"{EXPORT}{spec.signature}  # {describe(spec)}")
        if len(group) > limit:
            dropped = sum(s.calls for s in group[limit:])
            lines.append(f"# {function}: {len(group) - limit} more argument-type tuples ({dropped} calls) left out; "
                         f"see --max-specializations")
    return lines


def existing_signatures(text: str) -> set[str]:
    keys = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith(EXPORT):
            keys.add("".join(line[len(EXPORT):].split()))
    return keys


def write_signatures(source: Path, lines: list[str], command: list[str], status: int, replace: bool) -> tuple[Path, int]:
    target = source.with_suffix(SIGS_SUFFIX)
    stamp = f"`py2cpp trace -- {shlex.join(command)}` (exit status {status}), {datetime.date.today().isoformat()}"
    if target.exists() and not replace:
        old = target.read_text(encoding="utf-8")
        known = existing_signatures(old)
        new = [line for line in lines if not line.startswith(EXPORT)
               or "".join(line.split("#", 1)[0][len(EXPORT):].split()) not in known]
        if not any(line.startswith(EXPORT) for line in new):
            return target, 0
        text = old.rstrip("\n") + f"\n\n# Added by {stamp}:\n" + "\n".join(new) + "\n"
    else:
        new = lines
        header = [
            f"# py2cpp signatures of {source.name}, recorded by {stamp}.",
            "# One line per compiled specialisation: export FUNCTION(TYPE, ...), in the --sig language.",
            f"# py2cpp transpile/build/validate read this file beside {source.name}. Edit it freely; a later",
            "# `py2cpp trace` adds new signatures below (--replace writes it afresh).",
            "",
        ]
        text = "\n".join(header + lines) + "\n"
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return target, sum(1 for line in new if line.startswith(EXPORT))


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    with tempfile.TemporaryDirectory(prefix="py2cpp-trace-") as tmp:
        trace_dir = Path(tmp)
        status = run_traced(args.command, args.module, trace_dir)
        merged, processes = read_traces(trace_dir)
    command = shlex.join(args.command)
    if not processes:
        print(f"py2cpp trace: error: no Python process of `{command}` reported a trace "
              f"(is it a Python {sys.version_info.major}.{sys.version_info.minor} program run by an interpreter "
              "that honours PYTHONPATH, i.e. without -I or -E?)", file=sys.stderr)
        return status or 1
    for p in processes:
        if p.get("uncaught"):
            print(f"py2cpp trace: note: process {p['pid']} ended with an uncaught {p['uncaught']}; "
                  "the calls it made before are recorded", file=sys.stderr)
        if p.get("hook_errors"):
            print(f"py2cpp trace: warning: {p['hook_errors']} call(s) in process {p['pid']} could not be typed", file=sys.stderr)
    if status != 0:
        print(f"py2cpp trace: note: `{command}` exited with status {status}; what it ran before is recorded", file=sys.stderr)
    if not merged:
        print("py2cpp trace: warning: no call of a traced function was seen"
              + ("" if args.module else " (traced: non-test .py files under the current directory; name others with --module)"),
              file=sys.stderr)
    for source in sorted(merged):
        lines = export_lines(merged[source], args.max_specializations)
        path = Path(source)
        if args.print_only:
            print(f"# {path}")
            print("\n".join(lines))
            continue
        target, added = write_signatures(path, lines, args.command, status, args.replace)
        functions = len({spec.function for spec in merged[source].values()})
        print(f"py2cpp trace: {target}: {added} new signature{'s' if added != 1 else ''} "
              f"({functions} function{'s' if functions != 1 else ''} called)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
