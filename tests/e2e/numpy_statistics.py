"""np.median, np.percentile, np.quantile (NumPy's 'linear' method: exact values, NaN lines, q
scalars and arrays, int q), np.ptp, np.average (weights, axis, NumPy's checks), np.interp and
np.logspace, at ranks 1-3 with int/float dtypes, and NumPy's errors."""
import numpy as np


def medians():
    rng = np.random.default_rng(7)
    v = rng.normal(0.0, 10.0, 101)
    print(repr(np.median(v)), repr(np.median(v[:100])), repr(np.median(np.array([3, 1, 2, 10]))), repr(np.median(np.array([-0.0]))))
    m = rng.integers(0, 100, (4, 5))
    print(np.median(m), np.median(m, axis=0), np.median(m, axis=1), np.median(m, axis=-1))
    t = rng.normal(0, 1, (3, 4, 6))
    print(np.median(t, axis=2).tolist(), np.median(t, axis=0)[1].tolist(), repr(np.median(t)))
    n = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])
    print(np.median(n), np.median(n, axis=1), np.median(n, axis=0))
    f = np.array([1.5, 2.25, 8.0, 0.1], dtype=np.float32)
    print(np.median(f.reshape(2, 2), axis=0), np.median(np.array([True, False, True])), np.median(m[:, ::2], axis=0))


def quantiles():
    rng = np.random.default_rng(8)
    v = rng.normal(0.0, 10.0, 37)
    for q in (0.0, 1.0, 5.0, 12.5, 25.0, 33.3, 50.0, 66.7, 75.0, 90.0, 99.0, 100.0):
        print(q, repr(np.percentile(v, q)), repr(np.quantile(v, q / 100)))
    i = np.array([7, 1, 3, 10, 4])
    print(repr(np.percentile(i, 30)), repr(np.percentile(i, 75)), repr(np.quantile(i, 0.9)), repr(np.quantile(i, 1)), repr(np.quantile(i, 0)))
    print(np.percentile(v, np.array([10.0, 50.0, 90.0])).tolist(), np.quantile(v, np.array([[0.1, 0.2], [0.3, 1.0]])).tolist())
    m = rng.normal(0, 1, (5, 4))
    print(np.percentile(m, 40, axis=0).tolist(), np.percentile(m, 40, axis=1).tolist(), np.quantile(m, np.array([0.25, 0.75]), axis=0).tolist())
    print(np.quantile(m, np.array([0.5]), axis=-1).tolist(), np.quantile(np.arange(24).reshape(2, 3, 4), 0.3, axis=1).tolist(), np.quantile(m, 1, axis=0).tolist())
    print(repr(np.percentile(np.array([1.0, np.inf]), 100)), repr(np.percentile(np.array([1.0, np.inf]), 50)), repr(np.percentile(np.array([2.0, np.nan, 1.0]), 50)))
    print(np.percentile(np.array([[1.0, np.nan], [3.0, 4.0]]), 50, axis=1), repr(np.quantile(np.array([-9223372036854775807, 9223372036854775807]), 0.5)))
    f = np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float32)
    print(repr(np.percentile(f, 40)), np.percentile(f.reshape(2, 2) / 3, 40, axis=1), np.percentile(f, np.array([40.0])))
    print(repr(np.percentile(np.array([5]), 30)), repr(np.median(np.array([5.5]))), np.quantile(np.array([[3, 1], [2, 9]]), 0, axis=1))
    for k in range(5):
        try:
            if k == 0:
                np.percentile(v, 101)
            elif k == 1:
                np.quantile(v, -0.5)
            elif k == 2:
                np.quantile(v, np.array([0.5, np.nan]))
            elif k == 3:
                np.percentile(m, 50, axis=2)
            else:
                np.percentile(np.zeros(0), 50)
        except (ValueError, IndexError) as e:
            print(k, e)


def spreads_averages():
    m = np.array([[4, 9, 2], [3, 5, 7]])
    print(np.ptp(m), np.ptp(m, axis=0), np.ptp(m, axis=1), m.ptp(), np.ptp(np.array([1.5, np.nan, 0.0])), np.ptp(np.array([-2147483648, 2147483647], dtype=np.int32)))
    print(np.ptp(np.arange(24.0).reshape(2, 3, 4) ** 2, axis=1))
    rng = np.random.default_rng(3)
    a = rng.normal(0, 1, (4, 6))
    w = rng.uniform(0, 1, (4, 6))
    print(repr(np.average(a)), repr(np.average(a, weights=w)), np.average(a, axis=1).tolist(), np.average(a, axis=0, weights=w).tolist())
    print(np.average(a, axis=1, weights=np.arange(1.0, 7.0)).tolist(), np.average(a, axis=0, weights=np.array([1.0, 2.0, 0.5, 3.0])).tolist())
    print(repr(np.average(np.array([1, 2, 4]), weights=np.array([3, 1, 1]))), np.average(np.arange(24).reshape(2, 3, 4), axis=2, weights=np.array([1, 0, 0, 1])))
    print(repr(np.average(np.arange(30.0), weights=np.arange(30.0) % 7)), repr(np.average(np.array([1.0, 2.0], dtype=np.float32), weights=np.array([0.25, 0.75], dtype=np.float32))))
    for k in range(5):
        try:
            if k == 0:
                np.average(a, weights=np.zeros((4, 6)))
            elif k == 1:
                np.average(a, weights=np.ones(6))
            elif k == 2:
                np.average(a, axis=1, weights=np.ones(4))
            elif k == 3:
                np.average(a, axis=0, weights=np.ones((2, 2)))
            else:
                np.ptp(np.zeros(0))
        except (ValueError, TypeError, ZeroDivisionError) as e:
            print(k, e)


def interpolations():
    xp = np.array([0.0, 1.0, 2.5, 4.0, 4.0, 7.0, 10.0])
    fp = np.array([0.0, 10.0, -5.0, 3.0, 8.0, 8.0, 1.0])
    x = np.linspace(-2.0, 12.0, 57)
    print(np.interp(x, xp, fp).tolist())
    print(np.interp(x, xp, fp, left=-1.0, right=99.0)[:6].tolist(), np.interp(x[::-1], xp, fp).tolist()[:10])
    print(repr(np.interp(4.0, xp, fp)), repr(np.interp(np.nan, xp, fp)), repr(np.interp(2.0, xp, fp, left=0)), repr(np.interp(3.0, np.array([1, 2, 3, 4]), np.array([2, 4, 6, 8]))))
    print(np.interp(np.array([[0.5, 1.5], [3.0, 11.0]]), np.array([1.0]), np.array([7.0])), np.interp(np.array([0.5, 1.0, 2.0]), np.array([1.0]), np.array([7.0]), 0.0, 1.0))
    inf = np.array([0.0, 1.0, np.inf])
    print(np.interp(np.array([0.5, 2.0, np.inf]), inf, np.array([0.0, 1.0, 1.0])), np.interp(np.array([0.5, 1.5]), np.array([0.0, 1.0, 2.0]), np.array([np.inf, 1.0, -np.inf])))
    rng = np.random.default_rng(5)
    big_xp = np.sort(rng.uniform(0, 100, 50))
    big_fp = rng.normal(0, 1, 50)
    q = rng.uniform(-5, 105, 200)
    print(repr(np.interp(q, big_xp, big_fp).sum()), np.interp(np.sort(q), big_xp, big_fp)[::25].tolist(), np.interp(q[:3], big_xp, big_fp).tolist())
    for k in range(2):
        try:
            if k == 0:
                np.interp(1.0, np.zeros(0), np.zeros(0))
            else:
                np.interp(1.0, xp, fp[:3])
        except ValueError as e:
            print(k, e)
    # NumPy's float64 power runs in AVX-512 (SVML) kernels on this machine, 1 ulp away from glibc's
    # pow for some arguments: the powers are printed with NumPy's 8 digits, exact ones in full
    print(np.logspace(0, 3, 4).tolist(), np.logspace(0.0, 1.0, 7), np.logspace(1, 2, 5, base=2.0).tolist(), np.logspace(0, 1, 4, endpoint=False))
    print(np.logspace(-3, 3, 13), np.logspace(-3, 3, 7), np.logspace(2, 2, 1), np.logspace(0, 1, 0))


medians()
quantiles()
spreads_averages()
interpolations()
