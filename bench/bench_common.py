"""Helpers shared by the benchmarks: timed child processes with their peak RSS, the C++ builds
of a generated project, logging and argument parsing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs a command and reports its peak RSS (the wrapper's RUSAGE_CHILDREN is that one child).
RSS_WRAPPER = r"""
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:]).returncode
print(f"bench-child-maxrss-kib: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
sys.exit(status)
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_count(text: str) -> int:
    """10M -> 10000000, 5K -> 5000, 100 -> 100."""
    text = text.strip().upper()
    scale = {"K": 10**3, "M": 10**6, "G": 10**9}.get(text[-1:], 1)
    return int(float(text[:-1] if scale != 1 else text) * scale)


def run_measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Runs `command` under the RSS wrapper; returns (call seconds, peak RSS in bytes). The
    command prints `py2cpp-call-seconds: S` on stderr (the C++ driver's --time, or a Python runner)."""
    result = subprocess.run([sys.executable, "-c", RSS_WRAPPER, *command], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    seconds = rss = None
    for line in result.stderr.splitlines():
        if line.startswith("py2cpp-call-seconds:"):
            seconds = float(line.split(":")[1])
        elif line.startswith("bench-child-maxrss-kib:"):
            rss = int(line.split(":")[1]) * 1024
    if seconds is None or rss is None:
        raise SystemExit(f"no timing in the output of {' '.join(command)}:\n{result.stderr}")
    return seconds, rss


def transpile(py2cpp: str, source: Path, project: Path, signatures: list[str]) -> None:
    sigs = [arg for s in signatures for arg in ("--sig", s)]
    subprocess.run([py2cpp, "transpile", str(source), "-o", str(project), *sigs], check=True, stderr=subprocess.DEVNULL)


def build_variant(project: Path, program: str, name: str, cmake_options: list[str]) -> Path:
    """Configures and builds the generated project with the given -D options in project/build-NAME;
    returns the executable `program`."""
    build = project / f"build-{name}"
    subprocess.run(["cmake", "-S", str(project), "-B", str(build), "-G", "Ninja", *cmake_options], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build)], check=True, stdout=subprocess.DEVNULL)
    return build / program
