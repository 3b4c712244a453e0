"""np.unique (sorted distinct values of the flattened array, NaNs as one, return_index /
return_inverse / return_counts tuples in NumPy's order, empty, int/float/bool dtypes, ranks 1-3)
and np.searchsorted / a.searchsorted (side left/right, NaN last, scalar and array keys of any
rank, mixed dtypes, keys in any order, unsorted a answered as NumPy's search does), with errors."""
import numpy as np


def uniques():
    a = np.array([3.0, 1.0, np.nan, 3.0, -2.5, np.nan, 1.0, np.inf, 0.0])
    print(np.unique(a))
    u, idx = np.unique(a, return_index=True)
    print(u, idx)
    u, inv = np.unique(a, return_inverse=True)
    print(u, inv, u[inv])
    u, cnt = np.unique(a, return_counts=True)
    print(u, cnt)
    print(np.unique(a, True, True, True))
    print(np.unique(a, return_index=True, return_counts=True), np.unique(a, return_inverse=True, return_counts=True))
    print(np.unique(a, return_index=True, return_inverse=True))
    m = np.array([[5, 2, 2], [7, 5, 1]])
    print(np.unique(m), np.unique(m, return_counts=True), np.unique(m.T, return_index=True))
    t = np.random.default_rng(4).integers(0, 6, (3, 4, 5))
    values, first, inverse, counts = np.unique(t, return_index=True, return_inverse=True, return_counts=True)
    print(values, first, inverse, counts, values[inverse].reshape(3, 4, 5)[2])
    print(np.unique(np.array([], dtype=np.int32)), np.unique(np.zeros((0, 3)), return_index=True, return_counts=True))
    print(np.unique(np.array([True, False, True])), np.unique(np.array([True, True]), return_counts=True))
    print(np.unique(np.array([np.nan, np.nan])), np.unique(np.array([np.nan, np.nan]), return_index=True, return_counts=True))
    f32 = np.array([2.5, 1.0, 2.5, np.nan], dtype=np.float32)
    print(np.unique(f32), np.unique(f32, return_inverse=True))
    rng = np.random.default_rng(9)
    for n in (1, 2, 17, 100, 1000):
        r = rng.integers(0, 12, n)
        v, i, j, c = np.unique(r, True, True, True)
        print(n, v, int((i * np.arange(v.size)).sum()), int((j * np.arange(n)).sum()), c)
    print(np.unique(t[:, ::2, 1::2]), np.unique(m * 1.5))


def searches():
    a = np.array([1.0, 2.0, 2.0, 2.0, 3.5, 7.0, np.nan])
    for v in (0.0, 1.0, 2.0, 2.5, 7.0, 9.0, np.nan, np.inf):
        print(repr(v), np.searchsorted(a, v), np.searchsorted(a, v, side="right"), a.searchsorted(v, "left"))
    keys = np.array([[2.0, 0.5, 9.0], [np.nan, 2.0, 3.5]])
    print(np.searchsorted(a, keys), np.searchsorted(a, keys, side="right"), np.searchsorted(a, keys.T[::-1]))
    ints = np.array([1, 3, 3, 5, 8])
    print(np.searchsorted(ints, 3), np.searchsorted(ints, 3, side="right"), np.searchsorted(ints, 3.5), np.searchsorted(ints, np.array([8.5, -1.0, 3.0])))
    print(np.searchsorted(ints, np.array([[0, 9], [5, 3]], dtype=np.int32)), np.searchsorted(ints.astype(np.float32), 3.0000001))
    print(np.searchsorted(np.array([], dtype=np.int64), 4), np.searchsorted(ints, np.array([], dtype=np.int64)), np.searchsorted(ints, np.zeros((2, 0))))
    unsorted = np.array([5, 1, 4, 2, 8, 3, 3, 0])
    print(np.searchsorted(unsorted, np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])), np.searchsorted(unsorted, np.array([9, 3, 3, 1, 7, 2])))
    print(np.searchsorted(unsorted, np.array([9, 3, 3, 1, 7, 2]), side="right"), np.searchsorted(unsorted, 4))
    big = np.sort(np.random.default_rng(1).integers(0, 50, 300))
    q = np.random.default_rng(2).integers(-5, 55, 40)
    print(np.searchsorted(big, q), np.searchsorted(big, np.sort(q), side="right"))
    print(np.searchsorted(np.array([False, True, True]), True), np.searchsorted(ints, True), np.searchsorted(a, 2, side="R"))
    for side in ("x", "", "middle"):
        try:
            print(np.searchsorted(a, 1.0, side=side))
        except ValueError as e:
            print("ValueError:", e)


uniques()
searches()
