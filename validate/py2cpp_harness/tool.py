"""The C++ side: py2cpp transpile and build, and running the compiled driver.

Driver protocol (implemented by the generated main.cpp):

    BIN --npy-out DIR FUNCTION ARG...

ARG per parameter, in order: ints in decimal, floats as Python's repr ('inf', '-inf', 'nan'),
'True'/'False', strs verbatim, 'None', and arrays as the path of a .npy file. The driver writes
DIR/result.json and DIR/r<k>.npy (runtime/py2cpp/result_writer.hpp) and prints the call's own
wall time on stderr as a line `py2cpp-call-seconds: <float>`. An uncaught Python exception ends it
with status 1 and Python's last traceback line (`ValueError: message`) on stderr.
"""

from __future__ import annotations

import dataclasses
import re
import shlex
import subprocess
import time
from pathlib import Path
from typing import Optional

from .compare import RaisedException

CALL_SECONDS = re.compile(r"^py2cpp-call-seconds:\s*(\S+)\s*$", re.MULTILINE)
EXCEPTION_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.]*)(?:: (.*))?$")


@dataclasses.dataclass
class Completed:
    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float                  # wall time of the whole process
    timed_out: bool = False


def run_command(command: list[str], timeout: Optional[float] = None) -> Completed:
    start = time.perf_counter()
    try:
        process = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired as error:
        return Completed(command, -1, _text(error.stdout), _text(error.stderr), time.perf_counter() - start, True)
    except OSError as error:
        return Completed(command, -1, "", f"cannot run {command[0]}: {error.strerror}", time.perf_counter() - start)
    return Completed(command, process.returncode, process.stdout, process.stderr, time.perf_counter() - start)


def _text(data) -> str:
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data


class Py2cpp:
    def __init__(self, executable: str, target: Optional[str] = None):
        self.executable = executable
        self.target = target

    def transpile(self, module: Path, project: Path, signatures: list[str]) -> Completed:
        command = [self.executable, "transpile", str(module), "-o", str(project)]
        for signature in signatures:
            command += ["--sig", signature]
        return run_command(command)

    def build(self, project: Path) -> Completed:
        command = [self.executable, "build", str(project)]
        if self.target:
            command += ["--target", self.target]
        return run_command(command)


def built_executable(build: Completed) -> Optional[Path]:
    """py2cpp build prints the executable's path as its last stdout line."""
    lines = [line.strip() for line in build.stdout.splitlines() if line.strip()]
    if not lines:
        return None
    path = Path(lines[-1])
    return path if path.is_file() else None


@dataclasses.dataclass
class DriverRun:
    completed: Completed
    call_seconds: Optional[float]   # from the driver's timing line
    stderr: str                     # stderr without the timing line
    exception: Optional[RaisedException]


def run_driver(binary: Path, runner: Optional[str], out_dir: Path, function: str, args: list[str],
               timeout: Optional[float]) -> DriverRun:
    command = shlex.split(runner) if runner else []
    command += [str(binary), "--npy-out", str(out_dir), function, *args]
    completed = run_command(command, timeout)
    seconds = parse_call_seconds(completed.stderr)
    stderr = CALL_SECONDS.sub("", completed.stderr).strip("\n")
    exception = parse_exception(stderr) if completed.returncode == 1 else None
    return DriverRun(completed, seconds, stderr, exception)


def parse_call_seconds(stderr: str) -> Optional[float]:
    matches = CALL_SECONDS.findall(stderr)
    if not matches:
        return None
    try:
        return float(matches[-1])
    except ValueError:
        return None


def parse_exception(stderr: str) -> Optional[RaisedException]:
    """The Python-style exception of a failed driver: the last line of its traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if not lines or not any(line.startswith("Traceback") for line in lines):
        return None
    match = EXCEPTION_LINE.match(lines[-1])
    if not match:
        return None
    return RaisedException(match.group(1), match.group(2) or "")
