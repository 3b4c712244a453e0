"""Python argument values -> what the transpiler and the compiled driver need.

`signature_type(value)` spells the value's type in py2cpp's --sig language:
    bool / np.bool_                  -> bool
    int / np.int64                   -> int        (must fit in 64 bits)
    float / np.float64               -> float
    str                              -> str
    None                             -> None
    np.ndarray                       -> <dtype>[:], <dtype>[:,:], ...  (dtype one of ARRAY_DTYPES)
    tuple                            -> tuple[<item types>]
Anything else raises UnsupportedValue with a message saying what to pass instead.

`command_line_literal(value)` is how a scalar is written on the driver's command line.
"""

from __future__ import annotations

import numpy as np

ARRAY_DTYPES = ("float64", "float32", "int64", "int32", "uint32", "bool")
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


class UnsupportedValue(Exception):
    """A value the compiled code cannot receive."""


def signature_type(value) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (int, np.int64)):
        _check_int64(value)
        return "int"
    if isinstance(value, np.integer):
        raise UnsupportedValue(f"a NumPy {value.dtype} scalar is not supported; pass int(x)")
    if isinstance(value, (float, np.float64)):
        return "float"
    if isinstance(value, np.floating):
        raise UnsupportedValue(f"a NumPy {value.dtype} scalar is not supported; pass float(x)")
    if isinstance(value, str):
        return "str"
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return array_type(value)
    if isinstance(value, tuple):
        if not value:
            raise UnsupportedValue("an empty tuple is not supported")
        return "tuple[" + ", ".join(signature_type(item) for item in value) + "]"
    if isinstance(value, list):
        raise UnsupportedValue("a list is not supported; pass np.array(...)")
    raise UnsupportedValue(f"a value of type {type(value).__name__} is not supported")


def array_type(array: np.ndarray) -> str:
    dtype = array.dtype.name
    if dtype not in ARRAY_DTYPES:
        raise UnsupportedValue(f"arrays of dtype {dtype} are not supported (supported: {', '.join(ARRAY_DTYPES)})")
    if array.ndim == 0:
        raise UnsupportedValue("0-d arrays are not supported; pass a scalar (float(x), int(x))")
    return dtype + "[" + ",".join(":" * array.ndim) + "]"


def command_line_literal(value) -> str:
    """A scalar (or tuple of scalars) as the driver parses it: 42, 0.1, inf, nan, True, text, None."""
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return repr(float(value))  # shortest round-trip digits; 'inf', '-inf', 'nan'
    if isinstance(value, str):
        return value
    if value is None:
        return "None"
    if isinstance(value, tuple):
        items = [command_line_literal(item) if not isinstance(item, str) else repr(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    raise UnsupportedValue(f"a value of type {type(value).__name__} cannot be written on the command line")


def contains_array(value) -> bool:
    if isinstance(value, np.ndarray):
        return True
    return isinstance(value, tuple) and any(contains_array(item) for item in value)


def _check_int64(value) -> None:
    if not INT64_MIN <= int(value) <= INT64_MAX:
        raise UnsupportedValue(f"the int {value} does not fit in 64 bits")
