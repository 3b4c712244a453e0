"""np.sort, np.argsort, ndarray.sort (in place) and ndarray.argsort: NumPy 1.24's exact indices
among equal values for the default introsort (random arrays with many repeated values, lengths
0..200 and a few long ones), 'heapsort' and 'stable'; NaN last; axis=-1/0/1/None at ranks 1-3,
strided views, int/float/bool dtypes, and NumPy's errors."""
import numpy as np


def digest(idx):
    # a position-weighted checksum: any difference in the order changes it
    return int((idx * (np.arange(idx.size) % 9973 + 1)).sum())


def ties():
    rng = np.random.default_rng(11)
    total = 0
    for n in range(0, 201):
        for k in (1, 2, 3, 7, 40):
            a = rng.integers(0, k, n)
            f = a.astype(np.float64)
            if n % 5 == 0 and n > 0:
                f[rng.integers(0, n, n // 5 + 1)] = np.nan
            i32 = a.astype(np.int32)
            q = np.argsort(a)
            h = np.argsort(f, kind="heapsort")
            s = np.argsort(f, kind="stable")
            total += digest(q) + 3 * digest(np.argsort(f)) + 5 * digest(h) + 7 * digest(s) + 11 * digest(np.argsort(i32))
            if n in (17, 18, 33, 100, 200) and k in (2, 7):
                print(n, k, q[:20], np.argsort(f)[-12:], h[:10])
    print("ties digest", total)
    for n in (1000, 5000, 20000):
        a = rng.integers(0, 13, n)
        f = rng.integers(0, 50, n) / 4.0
        f[::97] = np.nan
        print(n, digest(np.argsort(a)), digest(np.argsort(f)), digest(np.argsort(a, kind="heapsort")), digest(np.argsort(f, kind="mergesort")))
    for p in range(5):
        pattern = np.arange(300)
        if p == 1:
            pattern = pattern[::-1].copy()
        elif p == 2:
            pattern = pattern % 7
        elif p == 3:
            pattern = pattern * 0
        elif p == 4:
            pattern = (pattern * 37) % 101
        print(digest(np.argsort(pattern)), np.argsort(pattern)[:12], np.argsort(pattern.astype(np.float32))[-6:])
    b = rng.integers(0, 2, 64).astype(bool)
    print(np.argsort(b), np.sort(b))


def values():
    x = np.array([3.0, np.nan, -1.0, 2.5, np.inf, -np.inf, 0.5, np.nan, 2.5])
    print(np.sort(x), np.argsort(x), np.sort(x, kind="stable"), np.argsort(x, kind="heapsort"))
    m = np.array([[3, 1, 2, 1], [0, 5, 5, -1], [2, 2, 2, 2]])
    print(np.sort(m), np.sort(m, axis=0), np.sort(m, axis=None), np.sort(m, axis=-2))
    print(np.argsort(m), np.argsort(m, axis=0), np.argsort(m, axis=None), m.argsort(axis=0, kind="stable"))
    t = np.random.default_rng(2).integers(0, 5, (3, 4, 5))
    print(np.sort(t, axis=1), np.argsort(t, axis=0), np.argsort(t)[2], t.argsort(axis=None)[:20], np.sort(t, axis=-3)[1])
    print(np.sort(t[:, ::2, ::-1], axis=1), np.argsort(t.T, axis=1)[0])
    f32 = np.array([2.5, -1.0, np.nan, 0.25, 2.5], dtype=np.float32)
    u = np.array([5, 4000000000, 0, 7], dtype=np.uint32)
    print(np.sort(f32), np.argsort(f32), np.sort(u), np.argsort(u), np.sort(u) // 2)
    print(repr(np.sort(np.array([]))), repr(np.argsort(np.zeros((2, 0)))), np.sort(np.zeros((0, 3)), axis=0).shape, np.argsort(np.array([4.0])))
    print(np.sort(m * 1.5 - 2), np.argsort(-m, axis=1))


def in_place():
    a = np.array([5, 3, 9, 3, 1])
    a.sort()
    print(a)
    m = np.array([[3.0, 1.0, 2.0], [9.0, np.nan, -4.0]])
    m.sort(axis=0)
    print(m)
    m.sort()
    print(m)
    m.sort(-2, kind="heapsort")
    print(m)
    t = np.arange(24)[::-1].reshape(2, 3, 4) % 5
    view = t[:, 1, :]
    view.sort()
    print(t)
    t[0].sort(axis=0)
    print(t)
    c = np.arange(10)[::-1]
    c[::2].sort()
    print(c)


def errors():
    a = np.array([3, 1, 2])
    m = np.zeros((2, 2))
    for k in range(7):
        try:
            if k == 0:
                np.sort(a, axis=1)
            elif k == 1:
                np.argsort(m, axis=-3)
            elif k == 2:
                np.sort(a, kind="bogus")
            elif k == 3:
                a.sort(axis=2)
            elif k == 4:
                np.argsort(a, kind="")
            elif k == 5:
                m.argsort(axis=5)
            else:
                print(np.sort(a, kind="Q"), np.argsort(a, kind="merge"), np.argsort(a, kind="h"))
        except ValueError as e:
            print(k, e)


ties()
values()
in_place()
errors()
