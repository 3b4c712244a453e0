"""--python-module: the C++ side called in this process, through the CPython extension module of
`py2cpp transpile --python-module`, on the same arrays the reference's inputs were copied into
(no .npy files, no driver). The module reports which path each call took
(`py2cpp_last_path()`): a call that fell back to the original Python is a failure, since it
would compare Python with itself."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional

from .compare import OutputComparison, RaisedException, compare_exceptions, compare_results
from .reference import PreparedRun, exception_type_name
from .tool import Completed, DriverRun


def load_extension(project: Path, name: str):
    """Imports build/python/NAME.<soabi>.so of a built project under its own name, without
    replacing the reference module of that name in sys.modules; None if it was not built."""
    directory = project / "build" / "python"
    candidates = sorted(directory.glob(f"{name}.*.so"))
    if not candidates:
        return None
    if str(directory) not in sys.path:
        sys.path.insert(0, str(directory))  # NAME_py.py, the Python it falls back to
    spec = importlib.util.spec_from_file_location(name, candidates[0])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call_in_process(module, run: PreparedRun) -> tuple[DriverRun, Any, Optional[str]]:
    """Calls module.FUNCTION on the run's pre-call values; returns the timing and outcome (as a
    DriverRun, for the report), the result, and the compiled signature it ran (None: Python)."""
    function = getattr(module, run.function)
    result = exception = None
    start = time.perf_counter()
    try:
        result = function(*run.values)
    except Exception as error:  # compared with the reference's exception
        exception = RaisedException(exception_type_name(error), str(error))
    seconds = time.perf_counter() - start
    last = module.py2cpp_last_path()
    path = last[2] if last is not None and last[0] == run.function and last[1] == "cpp" else None
    completed = Completed([f"{module.__name__}.{run.function}(...) in process"], 0 if exception is None else 1, "", "",
                          seconds)
    return DriverRun(completed, seconds, "", exception), result, path


def compare_in_process(run: PreparedRun, driver: DriverRun, result: Any, path: Optional[str],
                       tolerance_for: Callable, spread=None) -> list[OutputComparison]:
    if path is None:
        return [OutputComparison("result", "-", False, note=f"the call fell back to the Python function: no compiled "
                                                             f"specialization took {run.signature}")]
    if driver.exception is not None or run.python_exception is not None:
        return [compare_exceptions(driver.exception, run.python_exception)]
    return compare_results(result, run.python_result, tolerance_for, spread=spread)
