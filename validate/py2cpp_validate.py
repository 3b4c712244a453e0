#!/usr/bin/python3
"""py2cpp validation harness: runs a Python/NumPy module and its py2cpp translation on the same
inputs and compares every output (structure, dtype, shape, max abs/rel error, ULP distance).

    /usr/bin/python3 validate/py2cpp_validate.py --py2cpp build/py2cpp [options] FILE.py|DIR

FILE.py carries `#setup: ...` and `#run: f(...)` comment lines; DIR holds validate.json.
See validate/README.md for the spec format, the driver protocol and the report.
Exit status: 0 all outputs pass, 1 mismatch or failed transpile/build/run, 2 usage/spec error.
Needs Python 3.11 and NumPy (Debian's /usr/bin/python3).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from py2cpp_harness.spec import SpecError, tolerance_overrides  # noqa: E402
from py2cpp_harness.validation import Options, validate  # noqa: E402

DEFAULT_PY2CPP = Path(__file__).resolve().parent.parent / "build" / "py2cpp"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="py2cpp_validate.py",
        description="Compare a Python/NumPy module with its py2cpp translation, output by output.")
    parser.add_argument("input", type=Path, help="FILE.py with #setup:/#run: lines, or DIR with validate.json")
    parser.add_argument("--py2cpp", default=str(DEFAULT_PY2CPP), help="the py2cpp executable (default: %(default)s)")
    parser.add_argument("--work", type=Path, help="work directory (default: a fresh one under "
                        "${XDG_CACHE_HOME:-~/.cache}/py2cpp/validate/)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory even when everything passes")
    parser.add_argument("--report", type=Path, help="JSON report path (default: WORK/report.json)")
    parser.add_argument("--target", help="passed to `py2cpp build --target` (host, aarch64, armhf, ...); a cross "
                        "target's binary runs under its toolchain's emulator (qemu-user)")
    parser.add_argument("--runner", help="command prefix for running the binary (default: the build's emulator for "
                        "a cross target), e.g. 'qemu-aarch64 -L /usr/aarch64-linux-gnu'")
    parser.add_argument("--no-host", action="store_true", help="cross targets: skip the host build and runs that give "
                        "the host figures (binary size, time, peak RSS) beside the target's")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per C++ run (default: %(default)s)")
    parser.add_argument("--rtol", type=float, help="relative tolerance for floats (default 1e-12)")
    parser.add_argument("--atol", type=float, help="absolute tolerance for floats (default 0)")
    parser.add_argument("--max-ulp", type=int, help="also require at most this many ULPs apart (default: off)")
    parser.add_argument("--tolerance", choices=("auto", "fixed"), help="auto: every output within --auto-multiple times "
                        "Python's own sensitivity (measured with perturbed inputs and without NumPy's SIMD kernels); "
                        "fixed: rtol 1e-12, atol 0 unless given. Default: auto for outputs no rtol/atol/max_ulp names")
    parser.add_argument("--auto-multiple", type=float, default=10.0,
                        help="the auto tolerance accepts C++ within this multiple of Python's sensitivity (default: %(default)s)")
    parser.add_argument("--auto-perturbations", type=int, default=3,
                        help="perturbed-input calls per run for the auto tolerance (default: %(default)s)")
    parser.add_argument("--no-simd-variant", action="store_true",
                        help="auto tolerance: skip the call without NumPy's SIMD kernels (a child interpreter)")
    parser.add_argument("--python-module", action="store_true", help="build the CPython extension module "
                        "(transpile --python-module) and call it in this process on the same arrays, instead of the "
                        "driver on .npy files")
    parser.add_argument("--html", type=Path, metavar="PATH", help="the HTML report (default: the JSON report's path "
                        "with .html): statistics, per-element ulp histograms and plots of both results, links to the inputs")
    parser.add_argument("--save-reference", type=Path, metavar="DIR", help="also keep Python's inputs, outputs and "
                        "sensitivity in DIR (content-addressed .npy files + reference.json), for --against later")
    parser.add_argument("--against", type=Path, metavar="DIR", help="validate the C++ against a reference saved with "
                        "--save-reference instead of running Python (host, or a cross --target under its emulator)")
    parser.add_argument("--executable", metavar="COMMAND", help="validate this already-built driver instead of "
                        "transpiling and building (split like a shell command; e.g. a program holding several modules, "
                        "run as 'PROGRAM MODULE'): it is called as COMMAND --npy-out DIR FUNCTION ARG...")
    parser.add_argument("--history", type=Path, metavar="DIR", help="keep this report in DIR and show what changed since "
                        "the previous report of the same input")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    return parser.parse_args(argv)


def options_from(arguments: argparse.Namespace) -> Options:
    given = {key: getattr(arguments, key) for key in ("rtol", "atol", "max_ulp") if getattr(arguments, key) is not None}
    if arguments.tolerance == "auto" and given:
        raise SpecError("--tolerance auto cannot be combined with --rtol/--atol/--max-ulp")
    if arguments.auto_multiple <= 0 or arguments.auto_perturbations < 0:
        raise SpecError("--auto-multiple must be positive and --auto-perturbations at least 0")
    mode = {"auto": "always", "fixed": "never", None: "default"}[arguments.tolerance]
    if arguments.save_reference and arguments.against:
        raise SpecError("--save-reference and --against exclude each other (save first, validate against it later)")
    return Options(target=arguments.input, py2cpp=arguments.py2cpp, work=arguments.work, keep=arguments.keep,
                   report=arguments.report, build_target=arguments.target, runner=arguments.runner,
                   host_figures=not arguments.no_host,
                   timeout=arguments.timeout, tolerance=tolerance_overrides(given, "command line"),
                   quiet=arguments.quiet, python_module=arguments.python_module, tolerance_mode=mode,
                   auto_multiple=arguments.auto_multiple, auto_perturbations=arguments.auto_perturbations,
                   simd_variant=not arguments.no_simd_variant, save_reference=arguments.save_reference,
                   against=arguments.against, history=arguments.history, html=arguments.html,
                   executable=shlex.split(arguments.executable) if arguments.executable else None)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    try:
        options = options_from(arguments)
        if options.executable and (options.python_module or options.build_target not in (None, "host")):
            raise SpecError("--executable runs an already-built driver: it cannot be combined with --python-module or --target")
        if options.executable and not options.executable[0]:
            raise SpecError("--executable needs a command")
        if options.python_module and options.build_target not in (None, "host"):
            raise SpecError("--python-module calls the module in this process: it cannot be combined with a cross --target")
        if not Path(options.py2cpp).is_file():
            raise SpecError(f"{options.py2cpp}: py2cpp executable not found (build it, or pass --py2cpp)")
        _, status = validate(options)
        return status
    except SpecError as error:
        print(f"py2cpp_validate: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
