"""The Python side: run the setup, import the module, turn each #run call into bound, typed
arguments, and call the function for the reference result.

Determinism: np.random.seed(0) and random.seed(0) right before the setup, which runs after the
module is imported (so randomness at import time cannot shift the inputs).

Setup lines run one at a time, each compiled with its own location, so an error names the line.
Call arguments are evaluated in the setup namespace, falling back to the module's globals.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import inspect
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Optional

import numpy as np

from .compare import RaisedException
from .spec import Located, RunSpec, SpecError
from .values import UnsupportedValue, contains_array, signature_type


@dataclasses.dataclass
class PreparedRun:
    """One #run line, evaluated and bound: everything both sides need."""
    index: int                      # 1-based
    spec: RunSpec
    function: str
    params: list[str]               # every parameter, in order
    values: list[Any]               # copies taken before the Python call
    types: list[str]                # --sig spelling per parameter
    driver_args: list[str] = dataclasses.field(default_factory=list)  # the driver's ARG... (set when saved)
    python_seconds: Optional[float] = None
    python_result: Any = None
    python_exception: Optional[RaisedException] = None
    # For the auto tolerance's variant calls (sensitivity.py): the function, pre-call copies of
    # the bound arguments, the random state just before the reference call, and what was measured.
    function_object: Any = None
    call_args: list = dataclasses.field(default_factory=list)
    call_kwargs: dict = dataclasses.field(default_factory=dict)
    random_state: Any = None
    sensitivity: Any = None  # sensitivity.Sensitivity, or None: not measured
    stored_tolerances: Optional[dict] = None  # a run read from a saved reference: output path -> Tolerance

    @property
    def signature(self) -> str:
        return f"{self.function}({', '.join(self.types)})"

    @property
    def where(self) -> str:
        return self.spec.call.where


class Reference:
    def __init__(self, module_path: Path):
        self.module_path = module_path
        self.module = None
        self.namespace: dict[str, Any] = {}
        self._bound: dict[int, inspect.BoundArguments] = {}

    # ---- module and setup ------------------------------------------------------------------------

    def import_module(self) -> None:
        directory = str(self.module_path.resolve().parent)
        if directory not in sys.path:
            sys.path.insert(0, directory)
        name = self.module_path.stem
        spec = importlib.util.spec_from_file_location(name, self.module_path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException as error:  # SyntaxError, ImportError, anything at import time
            raise SpecError(f"{self.module_path}: importing the module raised {_exception_text(error)}") from None
        self.module = module

    def run_setup(self, setup: list[Located]) -> None:
        np.random.seed(0)
        random.seed(0)
        self.namespace = {"__name__": "__py2cpp_validate_setup__"}
        for line in setup:
            try:
                code = compile(line.text, line.where, "exec")
            except SyntaxError as error:
                raise SpecError(f"{line.where}: invalid #setup code: {error.msg}: {line.text}") from None
            try:
                exec(code, self.namespace)
            except Exception as error:
                raise SpecError(f"{line.where}: #setup raised {_exception_text(error)}") from None

    # ---- runs ------------------------------------------------------------------------------------

    def prepare(self, index: int, run: RunSpec) -> PreparedRun:
        """Parses the call, evaluates and binds its arguments, derives the parameter types."""
        where = run.call.where
        call = parse_call(run.call)
        function = self._function(call.func.id, where)
        args = [self._evaluate(arg, run.call) for arg in call.args]
        kwargs = {kw.arg: self._evaluate(kw.value, run.call) for kw in call.keywords}
        bound = bind_arguments(function, args, kwargs, where)
        self._bound[index] = bound
        params, values, types = [], [], []
        for name, value in bound.arguments.items():
            params.append(name)
            values.append(_snapshot(value))
            types.append(_parameter_type(name, value, where))
        prepared = PreparedRun(index, run, call.func.id, params, values, types)
        prepared.function_object = function
        prepared.call_args = [_snapshot(value) for value in bound.args]
        prepared.call_kwargs = {name: _snapshot(value) for name, value in bound.kwargs.items()}
        return prepared

    def call(self, run: PreparedRun) -> None:
        """Calls the function on the original arguments, timing it; records result or exception."""
        bound = self._bound[run.index]
        function = getattr(self.module, run.function)
        run.random_state = (np.random.get_state(), random.getstate())
        start = time.perf_counter()
        try:
            run.python_result = function(*bound.args, **bound.kwargs)
        except Exception as error:
            run.python_exception = RaisedException(exception_type_name(error), str(error))
        run.python_seconds = time.perf_counter() - start

    def _function(self, name: str, where: str):
        function = getattr(self.module, name, None)
        if not inspect.isfunction(function):
            raise SpecError(f"{where}: '{name}' is not a function defined in {self.module_path.name}")
        return function

    def _evaluate(self, node: ast.expr, line: Located):
        expression = ast.Expression(node)
        ast.fix_missing_locations(expression)
        scope = {**vars(self.module), **self.namespace}
        try:
            return eval(compile(expression, line.where, "eval"), scope)
        except Exception as error:
            raise SpecError(f"{line.where}: evaluating the argument {ast.unparse(node)!r} raised "
                            f"{_exception_text(error)}") from None


def parse_call(line: Located) -> ast.Call:
    """The #run text must be one call of a plain name with plain arguments."""
    try:
        tree = ast.parse(line.text, mode="eval")
    except SyntaxError as error:
        raise SpecError(f"{line.where}: invalid #run expression: {error.msg}: {line.text}") from None
    call = tree.body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        raise SpecError(f"{line.where}: #run must be a call of a module function like f(x, 2.0), got: {line.text}")
    if any(isinstance(arg, ast.Starred) for arg in call.args) or any(kw.arg is None for kw in call.keywords):
        raise SpecError(f"{line.where}: *args and **kwargs are not supported in #run calls")
    return call


def bind_arguments(function, args: list, kwargs: dict, where: str) -> inspect.BoundArguments:
    signature = inspect.signature(function)
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise SpecError(f"{where}: {function.__name__} has a *{parameter.name} parameter; not supported")
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError as error:
        raise SpecError(f"{where}: cannot call {function.__name__}{signature}: {error}") from None
    bound.apply_defaults()
    return bound


def _parameter_type(name: str, value, where: str) -> str:
    try:
        if isinstance(value, tuple) and contains_array(value):
            raise UnsupportedValue("arrays inside tuple arguments are not supported")
        return signature_type(value)
    except UnsupportedValue as error:
        raise SpecError(f"{where}: argument '{name}': {error}") from None


def exception_type_name(error: BaseException) -> str:
    """The name Python's traceback prints: ValueError, numpy.linalg.LinAlgError."""
    kind = type(error)
    if kind.__module__ in ("builtins", "__main__"):
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


def _snapshot(value):
    """A copy of array arguments (the call may modify them); scalars are immutable."""
    if isinstance(value, np.ndarray):
        return value.copy(order="K")
    return value


def _exception_text(error: BaseException) -> str:
    text = traceback.format_exception_only(type(error), error)[-1].strip()
    return text
