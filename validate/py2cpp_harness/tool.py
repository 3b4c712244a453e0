"""The C++ side: py2cpp transpile and build, and running the compiled driver.

Driver protocol (implemented by the generated main.cpp):

    BIN --npy-out DIR FUNCTION ARG...

ARG per parameter, in order: ints in decimal, floats as Python's repr ('inf', '-inf', 'nan'),
'True'/'False', strs verbatim, 'None', and arrays as the path of a .npy file. The driver writes
DIR/result.json and DIR/r<k>.npy (runtime/py2cpp/result_writer.hpp) and prints the call's own
wall time on stderr as a line `py2cpp-call-seconds: <float>`, and last its peak resident set as
`py2cpp-peak-rss-kib: <int>` (VmHWM of /proc/self/status: this process's own high-water mark, which
under qemu-user is the emulator's process, guest memory included). An uncaught Python exception
ends it with status 1 and Python's last traceback line (`ValueError: message`) on stderr.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import time
from pathlib import Path
from typing import Optional

from .compare import RaisedException

CALL_SECONDS = re.compile(r"^py2cpp-call-seconds:\s*(\S+)\s*$", re.MULTILINE)
PEAK_RSS = re.compile(r"^py2cpp-peak-rss-kib:\s*(\d+)\s*$", re.MULTILINE)
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
    def __init__(self, executable: str, target: Optional[str] = None, python_module: bool = False):
        self.executable = executable
        self.target = target
        self.python_module = python_module  # transpile --python-module

    def transpile(self, module: Path, project: Path, signatures: list[str]) -> Completed:
        command = [self.executable, "transpile", str(module), "-o", str(project)]
        if self.python_module:
            command.append("--python-module")
        for signature in signatures:
            command += ["--sig", signature]
        return run_command(command)

    def build(self, project: Path, target: Optional[str] = None) -> Completed:
        """Builds for `target` (default: the harness's --target)."""
        command = [self.executable, "build", str(project)]
        if target or self.target:
            command += ["--target", target or self.target]
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
    stderr: str                     # stderr without the timing and memory lines
    exception: Optional[RaisedException]
    peak_rss_kib: Optional[int] = None  # from the driver's memory line


def run_driver(program: list[str], out_dir: Path, function: str, args: list[str], timeout: Optional[float]) -> DriverRun:
    """Calls `function` through the driver command `program` (runner, executable, its own arguments)."""
    completed = run_command([*program, "--npy-out", str(out_dir), function, *args], timeout)
    seconds = parse_call_seconds(completed.stderr)
    stderr = PEAK_RSS.sub("", CALL_SECONDS.sub("", completed.stderr)).strip("\n")
    exception = parse_exception(stderr) if completed.returncode == 1 else None
    return DriverRun(completed, seconds, stderr, exception, parse_peak_rss(completed.stderr))


def parse_peak_rss(stderr: str) -> Optional[int]:
    matches = PEAK_RSS.findall(stderr)
    return int(matches[-1]) if matches else None


def configured_emulator(binary: Path) -> list[str]:
    """How the build runs its executables, or [] for a native build: CMake's
    CMAKE_CROSSCOMPILING_EMULATOR (a ;-list, set by py2cpp's cross toolchain files) from the
    CMakeCache.txt beside the executable."""
    cache = binary.parent / "CMakeCache.txt"
    try:
        lines = cache.read_text(errors="replace").splitlines()
    except OSError:
        return []
    for line in lines:
        name, _, value = line.partition("=")
        if name.split(":")[0] == "CMAKE_CROSSCOMPILING_EMULATOR":
            return [item for item in value.split(";") if item]
    return []


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
