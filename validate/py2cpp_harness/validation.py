"""The validation pipeline, top to bottom:

    load spec → prepare work dir → import module → setup → prepare runs (bind, type, save inputs)
    → Python calls → transpile → build → C++ runs → compare → [cross target: host build and runs,
    for the figures] → report

For a cross target (`--target aarch64`) the executable runs under the emulator its build was
configured with (CMAKE_CROSSCOMPILING_EMULATOR of py2cpp's toolchain files: qemu-user), unless
`--runner` says otherwise; the same runs on a host build give the host figures beside the
target's (binary size, C++ time, peak RSS).

`validate(options)` returns the report (a dict, see report.py) and the exit status:
0 every output of every run passed, 1 a mismatch or a failed transpile/build/run,
2 a usage or specification error (raised as SpecError before anything is compiled).
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import shlex
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Optional

import numpy as np

from . import html_report
from . import in_process
from . import sensitivity
from . import report as report_module
from .compare import OutputComparison, compare_exceptions, compare_results
from .manifest import ManifestError, read_manifest, write_manifest
from .reference import PreparedRun, Reference
from .reference_store import leaf_paths, load_reference, run_spec_of, save_reference, signature_types
from .spec import Overrides, Spec, SpecError, Tolerance, load_spec
from .tool import DriverRun, Py2cpp, built_executable, configured_emulator, parse_peak_rss, run_command, run_driver
from .values import command_line_literal

WORK_MARKER = ".py2cpp-validate"


@dataclasses.dataclass
class Options:
    target: Path                    # FILE.py or DIR with validate.json
    py2cpp: str
    work: Optional[Path] = None
    keep: bool = False
    report: Optional[Path] = None
    build_target: Optional[str] = None
    runner: Optional[str] = None    # e.g. "qemu-aarch64 -L /usr/aarch64-linux-gnu"; default: the build's emulator
    host_figures: bool = True       # cross targets: also build and run on the host, for the figures
    timeout: Optional[float] = 600.0
    tolerance: Overrides = dataclasses.field(default_factory=dict)  # --rtol/--atol/--max-ulp
    quiet: bool = False
    python_module: bool = False     # call the extension module in this process instead of the driver
    # The auto tolerance (sensitivity.py): "default" for outputs no rtol/atol/max_ulp names,
    # "always" (--tolerance auto) or "never" (--tolerance fixed: rtol 1e-12, atol 0 by default).
    tolerance_mode: str = "default"
    auto_multiple: float = sensitivity.DEFAULT_MULTIPLE
    auto_perturbations: int = sensitivity.DEFAULT_PERTURBATIONS
    simd_variant: bool = True       # the no-SIMD variant call (a child interpreter)
    save_reference: Optional[Path] = None  # --save-reference DIR: keep Python's inputs and outputs there
    against: Optional[Path] = None  # --against DIR: compare with a saved reference instead of running Python
    history: Optional[Path] = None  # --history DIR: keep every report there and show what changed
    html: Optional[Path] = None     # --html PATH (default: the JSON report's path with .html)
    executable: Optional[list[str]] = None  # --executable: an already-built driver command (no transpile, no build)

    def tolerance_for(self, spec: Spec, run: PreparedRun):
        """The tolerance function of one run: output path -> Tolerance. A run from a saved
        reference keeps the tolerances it was saved with, unless the command line gives others."""
        stored = getattr(run, "stored_tolerances", None)
        if stored is not None and not self.tolerance and self.tolerance_mode == "default":
            return lambda output: stored.get(output, Tolerance(auto=True, multiple=self.auto_multiple))
        return lambda output: spec.tolerance_for(run.spec, output, self.tolerance, self.tolerance_mode, self.auto_multiple)


class Progress:
    """Progress lines on stderr: elapsed seconds and the current step."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.start = time.perf_counter()

    def __call__(self, text: str) -> None:
        if not self.quiet:
            print(f"[py2cpp-validate {time.perf_counter() - self.start:7.2f}s] {text}", file=sys.stderr, flush=True)


@dataclasses.dataclass
class Machine:
    """One executable and how it is run: the target's, or the host's beside a cross target's."""
    label: str                      # "host", "aarch64", ...
    binary: Path
    runner: list[str]               # command prefix ([] native, ["qemu-aarch64", ...] emulated)
    startup_rss_kib: Optional[int] = None  # peak RSS of the binary printing its usage: the fixed part
    arguments: list[str] = dataclasses.field(default_factory=list)  # the binary's own, before the driver's

    @property
    def command(self) -> list[str]:
        """How the driver is run, before its --npy-out, function and arguments."""
        return [*self.runner, str(self.binary), *self.arguments]

    @property
    def cross(self) -> bool:
        return self.label not in ("host", "")


@dataclasses.dataclass
class RunOutcome:
    run: PreparedRun
    driver: Optional[DriverRun] = None
    rows: list[OutputComparison] = dataclasses.field(default_factory=list)
    host: Optional[DriverRun] = None  # the same run on the host build (cross targets), for the figures
    cpp_result: Any = None  # the C++ result as read back (for the HTML report's plots)

    @property
    def passed(self) -> bool:
        return bool(self.rows) and all(row.passed for row in self.rows)


def validate(options: Options) -> tuple[dict[str, Any], int]:
    data, status = _validate(options)
    if options.history is not None:
        report_module.record_history(data, options.history)
    return data, status


def _validate(options: Options) -> tuple[dict[str, Any], int]:
    progress = Progress(options.quiet)
    spec = load_spec(options.target)
    work = prepare_work_dir(options, spec)
    progress(f"work directory {work}")

    if options.against is not None:
        progress(f"reading the saved reference {options.against}")
        runs = runs_from_reference(options.against, spec)
    else:
        runs = run_python_side(spec, work, progress)
        if spec.uses_auto(options.tolerance, options.tolerance_mode):
            sensitivity.measure(runs, spec.module, options.auto_perturbations, options.simd_variant, progress)
        if options.save_reference is not None:
            save_reference(options.save_reference, spec.module, runs,
                           lambda run: {path: options.tolerance_for(spec, run)(path)
                                        for path in ([] if run.python_exception else leaf_paths(run.python_result))})
            progress(f"reference saved in {options.save_reference}")
    signatures = list(dict.fromkeys(run.signature for run in runs))
    tool = Py2cpp(options.py2cpp, options.build_target, python_module=options.python_module)
    context = report_module.Context(options, spec, work, signatures)
    if options.executable:
        # --executable: the driver was built elsewhere (a user's own CMake build of the module, or
        # several modules built as one program): compare what it computes, nothing else.
        progress(f"using the built driver {shlex.join(options.executable)} (no transpile, no build)")
        binary = shutil.which(options.executable[0]) or options.executable[0]
        machine = Machine("host", Path(binary), runner_for(options, Path(binary)), arguments=options.executable[1:])
        return run_machine(context, machine, None, runs, spec, options, work, progress)

    progress(f"transpiling {spec.module.name} with {len(signatures)} signature(s): {'; '.join(signatures)}")
    transpiled = tool.transpile(spec.module, work / "project", signatures)
    context.steps["transpile"] = transpiled
    if transpiled.returncode != 0:
        _echo_tool_output(transpiled)
        return finish(context, [RunOutcome(run) for run in runs], "transpile failed", progress)

    progress("building (cmake)")
    built = tool.build(work / "project")
    context.steps["build"] = built
    binary = built_executable(built) if built.returncode == 0 else None
    if binary is None:
        _echo_tool_output(built)
        return finish(context, [RunOutcome(run) for run in runs], "build failed", progress)

    if options.python_module:
        return run_in_process(context, runs, spec, options, work, progress)
    machine = Machine(options.build_target or "host", binary, runner_for(options, binary))
    return run_machine(context, machine, tool, runs, spec, options, work, progress)


def run_machine(context, machine: Machine, tool: Optional[Py2cpp], runs: list[PreparedRun], spec: Spec,
                options: Options, work: Path, progress: Progress) -> tuple[dict[str, Any], int]:
    """The C++ side of every run on `machine`, compared; `tool` builds the host figures of a cross target."""
    problem = missing_runner(machine)
    if problem:
        print(f"py2cpp_validate: error: {problem}", file=sys.stderr)
        return finish(context, [RunOutcome(run) for run in runs], "run failed", progress)
    context.machines.append(measure_startup(machine, options))
    outcomes = [run_cpp_side(run, machine, spec, options, work, progress, len(runs)) for run in runs]
    if machine.cross and options.host_figures and tool is not None:
        run_on_host(tool, outcomes, options, work, context, progress)
    status = "pass" if all(outcome.passed for outcome in outcomes) else "mismatch"
    return finish(context, outcomes, status, progress)


# ---- steps ---------------------------------------------------------------------------------------

def run_python_side(spec: Spec, work: Path, progress: Progress) -> list[PreparedRun]:
    reference = Reference(spec.module)
    progress(f"importing {spec.module}")
    reference.import_module()
    progress(f"running {len(spec.setup)} setup line(s) (np.random.seed(0))")
    reference.run_setup(spec.setup)
    runs = [reference.prepare(k, run) for k, run in enumerate(spec.runs, start=1)]
    for run in runs:
        save_inputs(run, work)
        run.driver_args = driver_arguments(run, work)
    for run in runs:
        progress(f"Python run {run.index}/{len(runs)}: {run.spec.call.text}")
        reference.call(run)
        _save_python_result(run, work)
    return runs


def runs_from_reference(directory: Path, spec: Spec) -> list[PreparedRun]:
    """The runs of a saved reference (reference_store.py), ready for the C++ side."""
    runs = []
    for entry in load_reference(directory, spec.module):
        run = PreparedRun(entry["index"], run_spec_of(entry), entry["function"], entry["params"], entry["values"],
                          signature_types(entry["signature"]), driver_args=entry["driver_args"])
        run.python_result, run.python_exception = entry["result"], entry["exception"]
        run.stored_tolerances = entry["tolerances"]
        run.sensitivity = sensitivity.Sensitivity(spread=entry["spread"]) if entry["spread"] is not None else None
        runs.append(run)
    return runs


def save_inputs(run: PreparedRun, work: Path) -> None:
    """The pre-call copies of array arguments, as little-endian .npy files."""
    args = run_dir(work, run) / "args"
    args.mkdir(parents=True, exist_ok=True)
    for name, value in zip(run.params, run.values):
        if isinstance(value, np.ndarray):
            if value.dtype.byteorder == ">":
                value = value.astype(value.dtype.newbyteorder("<"))
            np.save(args / f"{name}.npy", value, allow_pickle=False)


def driver_arguments(run: PreparedRun, work: Path) -> list[str]:
    args = run_dir(work, run) / "args"
    return [str(args / f"{name}.npy") if isinstance(value, np.ndarray) else command_line_literal(value)
            for name, value in zip(run.params, run.values)]


def runner_for(options: Options, binary: Path) -> list[str]:
    """--runner, else the emulator the build was configured with (cross targets), else nothing."""
    return shlex.split(options.runner) if options.runner else configured_emulator(binary)


def missing_runner(machine: Machine) -> Optional[str]:
    if not machine.runner or shutil.which(machine.runner[0]):
        return None
    hint = ("install qemu-user (scripts/install-deps.sh does)" if Path(machine.runner[0]).name.startswith("qemu-")
            else "install it, or pass --runner")
    return f"{machine.runner[0]} not found: it runs the {machine.label} executable on this machine; {hint}"


def measure_startup(machine: Machine, options: Options) -> Machine:
    """Runs the binary with no function (it prints its usage and exits): the peak RSS of that is
    what the loader, the program's static data and (emulated) the emulator cost before any work."""
    started = run_command([*machine.command, "--time"], options.timeout)
    machine.startup_rss_kib = parse_peak_rss(started.stderr)
    return machine


def run_on_host(tool: Py2cpp, outcomes: list[RunOutcome], options: Options, work: Path, context, progress: Progress) -> None:
    """The host figures beside a cross target's: a host build of the same project, the same runs
    (measured, not compared: the host validation is its own test)."""
    progress("building for the host (for the figures beside the target's)")
    built = tool.build(work / "project", "host")
    context.steps["host build"] = built
    binary = built_executable(built) if built.returncode == 0 else None
    if binary is None:
        progress("host build failed: no host figures (see the report's steps)")
        return
    host = measure_startup(Machine("host", binary, []), options)
    context.machines.append(host)
    for outcome in outcomes:
        out_dir = run_dir(work, outcome.run) / "host"
        outcome.host = run_driver(host.command, out_dir, outcome.run.function, outcome.run.driver_args, options.timeout)


def run_cpp_side(run: PreparedRun, machine: Machine, spec: Spec, options: Options, work: Path, progress: Progress,
                 total: int) -> RunOutcome:
    progress(f"C++ run {run.index}/{total}: {run.spec.call.text}")
    out_dir = run_dir(work, run) / "cpp"
    driver = run_driver(machine.command, out_dir, run.function, run.driver_args, options.timeout)
    outcome = RunOutcome(run, driver)
    outcome.rows, outcome.cpp_result = compare_run(run, driver, out_dir, spec, options)
    return outcome


def run_in_process(context, runs: list[PreparedRun], spec: Spec, options: Options, work: Path,
                   progress: Progress) -> tuple[dict[str, Any], int]:
    """--python-module: each run through the extension module, in this process, on the same arrays."""
    module = in_process.load_extension(work / "project", spec.module.stem)
    if module is None:
        print(f"py2cpp_validate: error: no extension module in {work / 'project' / 'build' / 'python'}", file=sys.stderr)
        return finish(context, [RunOutcome(run) for run in runs], "build failed", progress)
    outcomes = []
    for run in runs:
        progress(f"extension-module run {run.index}/{len(runs)}: {run.spec.call.text}")
        driver, result, path = in_process.call_in_process(module, run)
        outcome = RunOutcome(run, driver, cpp_result=result)
        outcome.rows = in_process.compare_in_process(run, driver, result, path, options.tolerance_for(spec, run),
                                                     spread_of(run))
        outcomes.append(outcome)
    status = "pass" if all(outcome.passed for outcome in outcomes) else "mismatch"
    return finish(context, outcomes, status, progress)


def compare_run(run: PreparedRun, driver: DriverRun, out_dir: Path, spec: Spec,
                options: Options) -> tuple[list[OutputComparison], Any]:
    """The comparison rows of one C++ run, and the C++ result (None when there is none)."""
    completed = driver.completed
    if completed.timed_out:
        return [_failure(f"C++ driver timed out after {options.timeout} s")], None
    if completed.returncode != 0:
        if driver.exception is not None:
            return [compare_exceptions(driver.exception, run.python_exception)], None
        return [_failure(f"C++ driver exited with status {completed.returncode}: {_tail(driver.stderr)}")], None
    if run.python_exception is not None:
        return [compare_exceptions(None, run.python_exception)], None
    try:
        cpp_result = read_manifest(out_dir)
    except ManifestError as error:
        return [_failure(f"cannot read the C++ result: {error}")], None
    rows = compare_results(cpp_result, run.python_result, options.tolerance_for(spec, run), spread=spread_of(run))
    return rows, cpp_result


def spread_of(run: PreparedRun):
    """Python's own sensitivity of the run's result (None when it was not measured)."""
    return run.sensitivity.spread if run.sensitivity is not None else None


def finish(context, outcomes: list[RunOutcome], status: str, progress: Progress) -> tuple[dict[str, Any], int]:
    data = report_module.build_report(context, outcomes, status)
    report_path = context.options.report or context.work / "report.json"
    report_module.write_json(data, report_path)
    html_path = context.options.html or report_path.with_suffix(".html")
    html_report.write(context, outcomes, status, html_path)
    print(report_module.format_table(outcomes), end="")
    figures = report_module.format_figures(context, outcomes)
    if figures:
        print("\n" + figures, end="")
    progress(f"{status.upper()}: report {report_path}, {html_path}")
    clean_work_dir(context, status, (report_path, html_path), progress)
    return data, 0 if status == "pass" else 1


# ---- work directory ------------------------------------------------------------------------------

def default_work_dir(target: Path) -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(str(target.resolve()).encode()).hexdigest()[:12]
    return cache / "py2cpp" / "validate" / f"{target.resolve().stem}-{digest}"


# Locks held until the process ends (see lock_work_dir).
_HELD_LOCKS = []


def lock_work_dir(work: Path) -> None:
    """An exclusive lock on WORK.lock, beside the work directory, held until this process ends:
    two validations of one file (one default work directory) take turns instead of deleting each
    other's files."""
    work.parent.mkdir(parents=True, exist_ok=True)
    handle = open(work.parent / f"{work.name}.lock", "w")
    fcntl.flock(handle, fcntl.LOCK_EX)
    _HELD_LOCKS.append(handle)


def prepare_work_dir(options: Options, spec: Spec) -> Path:
    """A fresh directory; never deletes one the harness did not create."""
    work = options.work or default_work_dir(options.target)
    lock_work_dir(work)
    if work.exists():
        if not work.is_dir() or (any(work.iterdir()) and not (work / WORK_MARKER).exists()):
            raise SpecError(f"{work}: exists and was not made by py2cpp_validate; choose another --work directory")
        shutil.rmtree(work)
    work.mkdir(parents=True)
    (work / WORK_MARKER).write_text(f"{spec.module.resolve()}\n")
    return work.resolve()


def clean_work_dir(context, status: str, reports: tuple[Path, ...], progress: Progress) -> None:
    """Keeps everything with --keep or after a failure; otherwise keeps only the reports."""
    work = context.work
    if context.options.keep or status != "pass":
        progress(f"work directory kept: {work}")
        return
    for entry in work.iterdir():
        if any(entry.resolve() == report.resolve() for report in reports) or entry.name == WORK_MARKER:
            continue
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


# ---- helpers -------------------------------------------------------------------------------------

def run_dir(work: Path, run: PreparedRun) -> Path:
    return work / f"run{run.index}"


def _save_python_result(run: PreparedRun, work: Path) -> None:
    """The reference result next to the C++ one, for inspection (best effort)."""
    if run.python_exception is None:
        try:
            write_manifest(run_dir(work, run) / "py", run.python_result)
        except ManifestError:
            pass


def _failure(note: str) -> OutputComparison:
    return OutputComparison("result", "-", False, note=note)


def _tail(text: str, lines: int = 5) -> str:
    kept = [line for line in text.splitlines() if line.strip()][-lines:]
    return " | ".join(kept) if kept else "(no output on stderr)"


def _echo_tool_output(completed) -> None:
    """Diagnostics of a failed transpile/build go to the user unchanged."""
    if completed.stdout.strip():
        print(completed.stdout.rstrip(), file=sys.stderr)
    if completed.stderr.strip():
        print(completed.stderr.rstrip(), file=sys.stderr)
