"""np.round/np.around/ndarray.round (NumPy's scale, rint, unscale: bit-identical, half to even,
negative decimals, ints kept or rounded, float32 in float32, the same array object returned for
ints), np.isclose/np.allclose (broadcasting, inf, NaN, equal_nan, rtol/atol, int and float32
operands, scalars) and np.array_equal (shapes, ranks, NaN), with NumPy's errors."""
import numpy as np


def rounding():
    x = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 1.005, 2.675, 0.125, 1e300, -0.0, np.inf, -np.inf, np.nan])
    for d in (0, 1, 2, 3, -1, -2, 5, 9, 12, 17, 22):
        r = np.round(x, d)
        print(d, r.tolist())
    print(np.round(x, 400), np.round(x[:3], -400))
    rng = np.random.default_rng(5)
    v = rng.normal(0.0, 1000.0, 200)
    for d in (-3, -1, 0, 1, 2, 4, 7, 10):
        print(d, repr(np.round(v, d).sum()), np.round(v[:6], d).tolist())
    m = np.arange(24.0).reshape(2, 3, 4) / 7.0
    print(np.round(m, 2), m.round(1)[1], np.around(m, 3)[0, 1])
    print(np.round(m[:, ::2, 1:3], 1), np.round(m.T, 2).shape)
    f = np.array([1.23456, 2.5, 0.1, 3.14159265, 1e-7, 123456.789], dtype=np.float32)
    print(np.round(f, 3), np.round(f, 0), np.round(f, -2), np.round(f, 8), np.round(f, 2).tolist())
    i = np.array([15, 25, -35, 149, -151, 0, 7], dtype=np.int64)
    print(np.round(i), np.round(i, 2), np.round(i, -1), np.round(i, -2), np.round(i, -20))
    i32 = np.array([15, 25, -35, 149], dtype=np.int32)
    print(np.round(i32, -1), np.round(i32, -1) // 3, np.around(i32, 1), np.round(i32, -1).tolist())
    u = np.array([15, 25, 35, 4000000000], dtype=np.uint32)
    print(np.round(u, -1), np.round(u, -2).tolist())
    same = np.round(i)
    same[0] = 99
    print(i[0], np.round(i, 3)[0])
    print(repr(np.round(2.5)), repr(np.round(3.5)), repr(np.round(-0.5)), repr(np.round(2.675, 2)), repr(np.round(15, -1)), repr(np.round(25, -1)), repr(np.round(7)))
    print(repr(np.round(1234.5678, -2)), repr(np.around(0.285, 2)), repr(np.round(1e16 + 0.0, 3)))
    e = np.round(np.zeros((0, 3)), 2)
    print(e.shape, np.round(np.array([], dtype=np.int32), -1))
    print(np.round(v.reshape(20, 10)[::3, 1::4] * 1e-3, 3))
    for bad in (2**31, -2**31 - 1, 2**40):
        try:
            np.round(x, bad)
        except OverflowError as err:
            print("OverflowError", err)


def closeness():
    a = np.array([1.0, 1.0 + 1e-6, 1.0 + 2e-5, np.inf, -np.inf, np.nan, np.inf, 0.0, 1e-9, 100.0])
    b = np.array([1.0, 1.0, 1.0, np.inf, np.inf, np.nan, 1e308, 1e-8, 0.0, 100.001])
    print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.isclose(b, a))
    print(np.isclose(a, b, rtol=0.0), np.isclose(a, b, atol=0.0), np.isclose(a, b, 1e-3, 1e-3))
    print(np.isclose(a, 1.0), np.isclose(1.0, a), np.isclose(a, np.nan, equal_nan=True))
    print(np.allclose(a, b), np.allclose(a[:3], b[:3]), np.allclose(a[:3], b[:3], rtol=1e-4), np.allclose(a, a), np.allclose(a, a, equal_nan=True))
    m = np.arange(12.0).reshape(3, 4)
    print(np.isclose(m, m + 1e-9), np.isclose(m, m[0]), np.isclose(m[:, :1], m[0] + 1e-7).shape)
    print(np.isclose(np.arange(5), np.array([0.0, 1.0, 2.0000001, 3.1, 4.0])), np.isclose(np.arange(5), 2))
    print(np.isclose(np.array([1, 2, 3], dtype=np.int32), np.array([1, 2, 4], dtype=np.int64)))
    i64 = np.array([-9223372036854775807 - 1, 0, 5])
    print(np.isclose(i64, i64), np.isclose(i64, np.array([0, 0, 5])))
    f32 = np.array([1.0, 1.00001, 1.0001, 3.0, np.inf], dtype=np.float32)
    print(np.isclose(f32, 1.0), np.isclose(f32, f32 * 0 + 1), np.isclose(f32, np.array([1.0, 1.0, 1.0, 3.0000001, np.inf])))
    print(np.isclose(f32[:4], 1.00001), np.isclose(1.00001, f32[:4]), np.isclose(f32[:4], 1.00001, rtol=1e-9))
    print(np.isclose(np.array([1.0, 2.0]), np.array([1.0, 2.0], dtype=np.float32) + np.array([1e-7, 1e-7], dtype=np.float32)))
    print(repr(np.isclose(1.0, 1.0 + 1e-9)), repr(np.isclose(1, 2)), repr(np.isclose(np.inf, np.inf)), repr(np.isclose(np.nan, np.nan)), repr(np.isclose(np.nan, np.nan, equal_nan=True)))
    print(np.isclose(np.array([True, False]), np.array([1.0, 0.5])), np.allclose(np.zeros((0,)), 1.0))
    print(np.isclose(np.zeros((2, 0)), 1.0).shape, np.allclose(m, m.T.T), np.allclose(3.0, 3.0 + 1e-10))
    r = np.random.default_rng(3).normal(0, 1, (4, 5))
    print(np.isclose(r, r + r * 1e-5), np.isclose(r * 1e-8, 0.0))
    try:
        np.isclose(np.zeros(3), np.zeros(4))
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.allclose(np.zeros((2, 3)), np.zeros((3, 2)))
    except ValueError as err:
        print("ValueError:", err)


def equality():
    a = np.array([1.0, 2.0, np.nan])
    print(np.array_equal(a, a), np.array_equal(a, a, equal_nan=True), np.array_equal(a, a.copy(), equal_nan=True))
    print(np.array_equal(a, np.array([1.0, np.nan, np.nan]), equal_nan=True), np.array_equal(a[:2], np.array([1, 2])))
    print(np.array_equal(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2)), np.array_equal(np.arange(6).reshape(2, 3), np.arange(6)))
    print(np.array_equal(np.arange(6).reshape(2, 3), np.arange(6.0).reshape(2, 3)), np.array_equal(np.zeros((0, 2)), np.zeros((0, 2))))
    print(np.array_equal(np.zeros((0, 2)), np.zeros((2, 0))), np.array_equal(np.array([True, False]), np.array([1, 0])))
    print(np.array_equal(np.arange(3), 1), np.array_equal(2.0, 2), np.array_equal(np.arange(24).reshape(2, 3, 4), np.arange(24).reshape(2, 3, 4)))
    print(np.array_equal(np.array([1, 2], dtype=np.int32), np.array([1, 2], dtype=np.uint32)), np.array_equal(np.array([0.1], dtype=np.float32), np.array([0.1])))


rounding()
closeness()
equality()
