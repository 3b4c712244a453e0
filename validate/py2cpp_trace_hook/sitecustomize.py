"""py2cpp trace's hook, loaded into every Python process that `py2cpp trace -- COMMAND` starts.

`py2cpp trace` puts this directory first on PYTHONPATH, so CPython imports this file as
`sitecustomize` at start-up (before the user's program). It then
  * runs the interpreter's own sitecustomize, if there is one (Debian ships one), so the
    traced program sees the environment it would see without us;
  * installs a profile hook (sys.setprofile, and threading.setprofile for new threads) that
    records, for each call of a module-level function defined in a traced source file, the
    type of every argument and of the return value, spelled in py2cpp's signature language;
  * writes what it saw, at exit (also when the program raises), as JSON into
    $PY2CPP_TRACE_DIR/trace-<pid>.json, which `py2cpp trace` merges.

Which files are traced: $PY2CPP_TRACE_FILES (os.pathsep-separated absolute paths) when set;
otherwise every .py file under $PY2CPP_TRACE_ROOT that lies outside the interpreter's own
prefixes (the standard library, site-/dist-packages) and is not a test file (test_*.py,
*_test.py, conftest.py).

Only the standard library is used here, and NumPy is never imported by the hook: an array is
recognised by its type's module and name. The hook must never change what the traced program
does, so it catches its own errors (counting them) instead of raising into the program.
"""

import atexit
import dis
import inspect
import json
import os
import sys
import threading

_OUT_DIR = os.environ.get("PY2CPP_TRACE_DIR")
_FILES = os.environ.get("PY2CPP_TRACE_FILES")
_ROOT = os.environ.get("PY2CPP_TRACE_ROOT")

# How many elements of a container are looked at to name its element type.
_SAMPLE = 64
# Names CPython gives code objects that are not module-level functions.
_RETURN_VALUE = dis.opmap["RETURN_VALUE"]
_YIELDS = {dis.opmap[name] for name in ("YIELD_VALUE", "SEND") if name in dis.opmap}
_GENERATOR_FLAGS = inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR
_ANONYMOUS = {"<module>", "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"}


def _run_system_sitecustomize():
    """Imports the sitecustomize this file shadows (Debian's), if any, exactly once."""
    here = os.path.dirname(os.path.abspath(__file__))
    import importlib.machinery
    import importlib.util
    path = [p for p in sys.path if p and os.path.abspath(p) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001 -- CPython itself only warns about a failing sitecustomize
        pass


def _int_type(value):
    return "int" if -(2 ** 63) <= value < 2 ** 63 else "int(beyond 64 bits)"


def _join(types):
    """The one type a container of these element types has, as py2cpp joins numbers."""
    types = set(types)
    if not types:
        return None
    if len(types) == 1:
        return types.pop()
    if types <= {"bool", "int", "float"}:
        return "float" if "float" in types else "int"
    return " | ".join(sorted(types))


def _join_values(values, depth):
    """The element type of a container holding `values`: tuples of one length and nested
    containers of one kind are joined position by position, numbers as py2cpp joins them."""
    if not values:
        return None
    kinds = {type(v) for v in values}
    if kinds == {tuple} and len({len(v) for v in values}) == 1 and values[0]:
        columns = zip(*values)
        return "tuple[" + ", ".join(_join_values(list(c), depth + 1) for c in columns) + "]"
    if len(kinds) == 1 and kinds <= {list, set, frozenset}:
        kind = kinds.pop()
        inner = _join_values([item for v in values for item in _sample(v)][:_SAMPLE], depth + 1)
        return kind.__name__ if inner is None else f"{kind.__name__}[{inner}]"
    return _join(spell(v, depth) for v in values)


def spell(value, depth=0):
    """A value's type in py2cpp's signature language (the --sig / `#pythran export` syntax)."""
    if depth > 8:
        return "object"
    kind = type(value)
    if kind is bool:
        return "bool"
    if kind is int:
        return _int_type(value)
    if kind is float:
        return "float"
    if kind is complex:
        return "complex"
    if kind is str:
        return "str"
    if value is None:
        return "None"
    module = getattr(kind, "__module__", "")
    if module == "numpy":
        name = kind.__name__
        if name == "ndarray":
            dims = ",".join(":" * value.ndim)
            return f"{value.dtype.name}[{dims}]" if value.ndim else f"{value.dtype.name}[()]"
        # NumPy scalars: their Python counterparts where py2cpp treats them alike.
        if name in ("float64",):
            return "float"
        if name in ("int64",):
            return "int"
        if name == "bool_":
            return "bool"
        return f"numpy.{name}"
    if kind is tuple:
        if not value:
            return "tuple[()]"
        return "tuple[" + ", ".join(spell(item, depth + 1) for item in value) + "]"
    if kind in (list, set, frozenset):
        element = _join_values(list(_sample(value)), depth + 1)
        return kind.__name__ if element is None else f"{kind.__name__}[{element}]"
    if kind is dict:
        items = list(_sample(value.items()))
        keys = _join_values([k for k, _ in items], depth + 1)
        values = _join_values([v for _, v in items], depth + 1)
        return "dict" if keys is None else f"dict[{keys}, {values}]"
    if callable(value):
        return "function"
    return f"{module}.{kind.__qualname__}" if module and module != "builtins" else kind.__qualname__


def _sample(iterable):
    for i, item in enumerate(iterable):
        if i >= _SAMPLE:
            return
        yield item


def _layout(value):
    """'C' / 'F' / 'strided' for an array argument (None otherwise)."""
    if type(value).__name__ != "ndarray" or getattr(type(value), "__module__", "") != "numpy":
        return None
    flags = value.flags
    if flags.c_contiguous:
        return "C"
    if flags.f_contiguous:
        return "F"
    return "strided"


class Recorder:
    """What the hook saw in this process: per (file, function, argument types), call counts."""

    def __init__(self):
        self.calls = {}  # (file, line, function, params tuple, types tuple) -> record dict
        self.decisions = {}  # code object -> True if traced
        self.pending = {}  # frame id -> key, between 'call' and 'return'
        self.generators = {}  # frame id of a running generator -> key
        self.errors = 0
        self.lock = threading.Lock()
        self.files = None
        if _FILES:
            self.files = {os.path.realpath(f) for f in _FILES.split(os.pathsep) if f}
        self.root = os.path.realpath(_ROOT) if _ROOT else None
        self.excluded = {os.path.realpath(p) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix} if p}

    def traced(self, code):
        decision = self.decisions.get(code)
        if decision is None:
            decision = self._decide(code)
            self.decisions[code] = decision
        return decision

    def _decide(self, code):
        if code.co_name in _ANONYMOUS or code.co_name.startswith("<"):
            return False
        if not code.co_flags & inspect.CO_OPTIMIZED:
            return False  # a class body, not a function
        if getattr(code, "co_qualname", code.co_name) != code.co_name:
            return False  # methods and nested functions: py2cpp compiles module-level functions
        filename = code.co_filename
        if not filename.endswith(".py"):
            return False
        path = os.path.realpath(filename)
        if self.files is not None:
            return path in self.files
        if self.root is None or not path.startswith(self.root + os.sep):
            return False
        if any(path.startswith(prefix + os.sep) for prefix in self.excluded):
            return False
        if "site-packages" in path.split(os.sep) or "dist-packages" in path.split(os.sep):
            return False
        base = os.path.basename(path)
        return not (base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py")

    def profile(self, frame, event, arg):
        try:
            if event == "call":
                code = frame.f_code
                if not self.traced(code):
                    return
                generator = bool(code.co_flags & _GENERATOR_FLAGS)
                if generator and id(frame) in self.generators:
                    return  # a suspended generator resumes: not a new call
                count = code.co_argcount + code.co_kwonlyargcount
                names = code.co_varnames[:count]
                values = [frame.f_locals.get(name) for name in names]
                types = tuple(spell(v) for v in values)
                layouts = tuple(_layout(v) for v in values)
                key = (os.path.realpath(code.co_filename), code.co_firstlineno, code.co_name, names, types)
                with self.lock:
                    record = self.calls.get(key)
                    if record is None:
                        record = {"calls": 0, "returns": {}, "raised": 0, "layouts": {}}
                        self.calls[key] = record
                    record["calls"] += 1
                    for name, layout in zip(names, layouts):
                        if layout is not None:
                            record["layouts"].setdefault(name, set()).add(layout)
                    if generator:  # its body runs lazily, across several resumptions
                        self.generators[id(frame)] = key
                        record["returns"]["generator"] = record["returns"].get("generator", 0) + 1
                    else:
                        self.pending[id(frame)] = key
            elif event == "return":
                if id(frame) in self.generators:
                    if frame.f_lasti < 0 or frame.f_code.co_code[frame.f_lasti] not in _YIELDS:
                        del self.generators[id(frame)]  # finished (returned or raised)
                    return
                key = self.pending.pop(id(frame), None)
                if key is None:
                    return
                # The profiler reports a frame left by an exception as a return of None: the
                # instruction the frame stopped at tells it apart from a real `return`.
                code = frame.f_code
                stopped_at = code.co_code[frame.f_lasti] if frame.f_lasti >= 0 else None
                returned = spell(arg) if stopped_at == _RETURN_VALUE else None
                with self.lock:
                    record = self.calls[key]
                    if returned is None:
                        record["raised"] += 1
                    else:
                        record["returns"][returned] = record["returns"].get(returned, 0) + 1
        except Exception:  # noqa: BLE001 -- never disturb the traced program
            self.errors += 1

    def dump(self, exit_info):
        if not _OUT_DIR:
            return
        records = []
        for (path, line, function, names, types), record in sorted(self.calls.items(), key=lambda kv: kv[0][:3] + (kv[0][4],)):
            records.append({
                "file": path, "line": line, "function": function, "params": list(names),
                "types": list(types), "calls": record["calls"], "returns": record["returns"],
                "raised": record["raised"], "layouts": {name: sorted(v) for name, v in record["layouts"].items()},
            })
        data = {"pid": os.getpid(), "argv": sys.argv, "records": records, "hook_errors": self.errors}
        data.update(exit_info)
        path = os.path.join(_OUT_DIR, f"trace-{os.getpid()}.json")
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(tmp, path)


_exit_info = {"uncaught": None}


def _install():
    recorder = Recorder()
    sys.setprofile(recorder.profile)
    threading.setprofile(recorder.profile)

    previous_hook = sys.excepthook

    def excepthook(kind, value, tb):
        _exit_info["uncaught"] = f"{kind.__name__}: {value}"
        previous_hook(kind, value, tb)

    sys.excepthook = excepthook

    def at_exit():
        sys.setprofile(None)
        try:
            recorder.dump(_exit_info)
        except OSError:
            pass

    atexit.register(at_exit)


_run_system_sitecustomize()
if _OUT_DIR:
    _install()
