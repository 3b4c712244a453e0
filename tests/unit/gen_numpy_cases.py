#!/usr/bin/python3
# Generates the expected values of the NumPy runtime tests (reductions, linalg, shape ops,
# array printing) with NumPy 1.24. Regenerate with Debian's interpreter, which has NumPy
# (the python3 first on PATH may not):
#     /usr/bin/python3 tests/unit/gen_numpy_cases.py
# It writes runtime_numpy_reduction_cases.inc, runtime_numpy_linalg_cases.inc and
# runtime_numpy_str_cases.inc next to this script.
#
# Test data comes from a 64-bit LCG that runtime_numpy_support.hpp reproduces in C++, so large
# arrays (100003 elements) need not be stored: only the seed and the expected results are.
import json
import os
import struct
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


def lcg_values(seed, n):
    """Uniform doubles in [-0.5, 0.5): x = x * 6364136223846793005 + 1442695040888963407."""
    x = seed & MASK
    out = np.empty(n, dtype=np.float64)
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & MASK
        out[i] = (x >> 11) * 2.0 ** -53 - 0.5
    return out


def test_array(seed, shape, dtype, scale):
    """The array runtime_numpy_support.hpp's test_array(seed, shape, scale) builds."""
    n = int(np.prod(shape))
    v = lcg_values(seed, n) * scale
    if np.dtype(dtype).kind in 'iu':
        v = np.floor(v)
    elif np.dtype(dtype).kind == 'b':
        v = v > 0
    return v.astype(dtype).reshape(shape)


def lit(x):
    """A C++ literal for a float/int/bool value (floats as exact hex literals)."""
    if isinstance(x, (bool, np.bool_)):
        return 'true' if x else 'false'
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if np.isnan(x):
        return 'NAN_V'
    if np.isinf(x):
        return 'INF_V' if x > 0 else '-INF_V'
    return x.hex()


def values(a):
    return '{' + ', '.join(lit(v) for v in np.ravel(a)) + '}'


def digest(a):
    """FNV-1a over the float64 bit patterns of the elements (C order), as the tests compute it."""
    h = 0xcbf29ce484222325
    for v in np.ravel(np.asarray(a, dtype=np.float64)):
        v = float('nan') if np.isnan(v) else float(v)  # one NaN pattern on both sides
        for byte in struct.pack('<d', float(v)):
            h = ((h ^ byte) * 0x100000001b3) & MASK
    return '%dull' % h


def summary(a):
    """{digest, number of elements, first element} of a result vector."""
    a = np.ravel(np.asarray(a))
    return '{%s, %d, %s}' % (digest(a), a.size, lit(a[0]) if a.size else '0')


def cstr(s):
    return json.dumps(s)


CTYPES = {'float64': 'double', 'float32': 'float', 'int64': 'std::int64_t', 'int32': 'std::int32_t',
          'uint32': 'std::uint32_t', 'bool': 'bool'}

# ---- reductions ----------------------------------------------------------------------------
def reduction_cases():
    lines = []
    sizes = [1, 7, 8, 9, 127, 128, 129, 1000, 8192, 8193, 100003]
    seed = 1
    for dtype in ('float64', 'float32'):
        for n in sizes:
            seed += 1
            a = test_array(seed, (n,), dtype, 2000.0)
            exp = [a.sum(), a.mean(), a.var(), a.std(ddof=1), a[::-1].sum(), a[::3].sum(), a.min(), a.max(),
                   a.argmin(), a.argmax(), np.cumsum(a)[-1]]
            lines.append('VECTOR_CASE(%s, %d, %d, %s)' % (CTYPES[dtype], seed, n, ', '.join(lit(v) for v in exp)))
    for dtype in ('int64', 'int32', 'bool'):
        for n in (1, 9, 1000, 100003):
            seed += 1
            a = test_array(seed, (n,), dtype, 2000.0)
            exp = [a.sum(), a.mean(), a.var(), a.std(ddof=1), a.min(), a.max(), a.argmin(), a.argmax(), np.cumsum(a)[-1],
                   np.count_nonzero(a)]
            lines.append('INT_VECTOR_CASE(%s, %d, %d, %s)' % (CTYPES[dtype], seed, n, ', '.join(lit(v) for v in exp)))
    shapes = [(1, 1), (2, 3), (3, 3), (1, 9), (9, 1), (8, 125), (50, 37), (300, 200), (3, 20000), (17, 9000)]
    for dtype in ('float64', 'float32'):
        for shape in shapes:
            seed += 1
            a = test_array(seed, shape, dtype, 20.0)
            t = a.T
            results = {
                'sum0': a.sum(0), 'sum1': a.sum(1), 'tsum': [t.sum()], 'tsum0': t.sum(0), 'tsum1': t.sum(1),
                'mean0': a.mean(0), 'mean1': a.mean(-1), 'var0': a.var(0, ddof=1), 'tstd0': t.std(0),
                'sum': [a.sum()], 'var': [a.var()], 'prod1': a.prod(1) if shape[1] < 200 else a[:, :5].prod(1),
                'min0': a.min(0), 'argmax1': a.argmax(1), 'cumsum0_last': np.cumsum(a, 0)[-1],
            }
            fields = ', '.join(summary(results[k]) for k in results)
            lines.append('MATRIX_CASE(%s, %d, %d, %d, %s)' % (CTYPES[dtype], seed, shape[0], shape[1], fields))
    return lines


# ---- linalg ---------------------------------------------------------------------------------
def linalg_cases():
    lines = []
    seed = 500
    for n in (1, 2, 3, 5, 10, 40):
        seed += 1
        a = test_array(seed, (n, n), 'float64', 10.0) + np.eye(n) * 3
        b = test_array(seed + 1000, (n,), 'float64', 10.0)
        bm = test_array(seed + 2000, (n, 2), 'float64', 10.0)
        fields = [values(a), values(b), values(bm), values(np.linalg.solve(a, b)), values(np.linalg.solve(a, bm)),
                  values(np.linalg.inv(a)), lit(np.linalg.det(a)), lit(np.linalg.norm(a)), lit(np.linalg.norm(b)),
                  lit(np.linalg.norm(a, 1)), lit(np.linalg.norm(a, np.inf)), lit(np.linalg.norm(a, 2)),
                  lit(np.linalg.norm(b, 1)), lit(np.linalg.norm(b, np.inf)), lit(np.linalg.norm(b, 3)),
                  values(a @ b), values(b @ a), values(a @ a.T), lit(b @ b), values(np.outer(b, b)),
                  lit(np.trace(a)), values(np.diag(a)), values(np.diag(b, 1))]
        lines.append('check_linalg(%d, %s);' % (n, ', '.join(fields)))
    return lines


# ---- array printing -------------------------------------------------------------------------
def str_cases():
    rng = np.random.default_rng(7)
    arrays = [
        np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5]), np.array([0.1 + 0.2, 1 / 3]), np.array([-1.5, 0.0, 2.25]),
        np.array([1e-5, 1.5]), np.array([1e5, 1e-5]), np.array([1e8, 1.0]), np.array([123456789.0]),
        np.array([1e-100, 1e100]), np.array([np.nan, 1.0, -np.inf]), np.array([np.nan, np.inf]), np.array([-0.0, 0.0]),
        np.array([0.001953125, 1.0]), np.array([1.0, 1000.0]), np.array([1.0, 1001.0]), np.array([0.0001, 0.1]),
        np.array([5e-5, 0.1]), np.array([]), np.zeros((0, 3)), np.array([1, -20, 300]), np.array([True, False]),
        np.array([[1.0, 2.0], [3.0, 4.5]]), np.array([[1, 2, 3], [40, 50, 60]]), np.arange(1001.0),
        np.arange(2000).reshape(40, 50), np.array([[np.nan, 1.0], [2.0, -np.inf]]),
        np.array([1.0, 2.0], dtype=np.float32), np.array([0.1, 0.7], dtype=np.float32), np.array([1, 2], dtype=np.int32),
        np.array([7], dtype=np.uint32), np.array([1e-20, 3.0], dtype=np.float32), np.array([[True], [False]]),
        np.linspace(0, 1, 30), np.arange(100), np.arange(30) * 1e6,
    ]
    for scale in (1e-6, 1e-3, 1.0, 1e3, 1e7, 1e9):
        arrays.append(rng.standard_normal(12) * scale)
        arrays.append(rng.standard_normal((4, 5)) * scale)
    arrays.append(rng.standard_normal(1001))
    arrays.append(rng.standard_normal((30, 40)))
    arrays.append(rng.standard_normal((30, 40)).astype(np.float32))
    arrays.append(rng.integers(-10**6, 10**6, (12, 12)))
    arrays.append(rng.integers(-10**6, 10**6, 2000))
    lines = []
    for a in arrays:
        shape = '{' + ', '.join(str(d) for d in a.shape) + '}'
        lines.append('check_str<%s, %d>(%s, %s, %s, %s);' % (CTYPES[str(a.dtype)], a.ndim, shape, values(a),
                                                           cstr(str(a)), cstr(repr(a))))
    return lines


def write(name, lines):
    with open(os.path.join(HERE, name), 'w') as f:
        f.write('// Generated by gen_numpy_cases.py with NumPy %s -- do not edit.\n' % np.__version__)
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    warnings.simplefilter('ignore')
    np.seterr(all='ignore')
    write('runtime_numpy_reduction_cases.inc', reduction_cases())
    write('runtime_numpy_linalg_cases.inc', linalg_cases())
    write('runtime_numpy_str_cases.inc', str_cases())
