"""Advanced indexing as NumPy does it: index arrays mixed with integers, slices, `:`, masks,
np.newaxis and `...` in one subscript, read and written, with NumPy's placement of the broadcast
dimensions and its errors."""
import numpy as np


def reads() -> None:
    M = np.arange(20.0).reshape(4, 5)
    idx = np.array([4, 0, 2])
    print(M[:, idx])
    print(M[1:, [0, 2]])
    print(M[[3, 1], 1:4])
    print(M[idx[1:], idx[:2]])  # element pairs
    print(M[[[0, 1], [2, 3]], [[4], [0]]])  # broadcast index arrays
    print(M[2, idx])
    print(M[-1, [-1, -5]])
    mask = M[:, 0] > 4.0
    print(M[mask, :])
    print(M[mask, 1:3])
    print(M[mask, [0, 1, 4]])
    cols = np.array([True, False, True, False, True])
    print(M[:, cols])
    print(M[1::2, cols])
    print(M[:, idx, np.newaxis].shape)
    print(M[None, [3, 0]].shape)
    T = np.arange(60).reshape(3, 4, 5)
    print(T[..., 1])
    print(T[1, ...])
    print(T[..., [0, 4]].shape)
    print(T[0, :, [1, 2]])  # separated by a slice: idx's dimension first
    print(T[0, :, [1, 2]].shape)
    print(T[[0, 2], :, [1, 3]])
    print(T[:, [0, 3], [1, 4]])  # together: in place
    print(T[[2, 0], [1, 1], :].shape)
    print(T[[0], None, [1]].shape)
    print(T[:, T[0] > 15])  # a 2-D mask covering two axes
    print(T[[0, 0, 2]][:, [1, 0]].sum())
    e = np.zeros((2, 0))
    print(e[:, [0, 0]].shape, e[[1, 0], :].shape)


def writes() -> None:
    M = np.zeros((4, 5))
    M[:, [1, 3]] = 1.0
    M[[0, 2], 2:] = np.array([7.0, 8.0, 9.0])
    M[[1, 2, 3], [0, 1, 2]] = np.array([-1.0, -2.0, -3.0])
    M[M[:, 0] < 0, 4] = 5.5
    print(M)
    N = np.arange(12).reshape(3, 4)
    N[:, [0, 1, 2, 3]] = N[:, ::-1]  # a view of N, read as it is written (NumPy 1.24)
    print(N)
    N = np.arange(12).reshape(3, 4)
    N[:, [0, 2]] += 100
    N[[0, 0, 1], 1] += 1  # repeated indices are updated once
    N[1:, [3]] *= -1
    print(N)
    F = np.ones((2, 3, 4))
    F[..., [0, -1]] = np.array([[2.0, 3.0]])
    F[1, :, [1, 2]] = np.arange(6.0).reshape(2, 3)
    print(F)
    v = np.arange(5)
    v[np.array([[0, 1], [3, 4]])] = 9
    print(v)
    counts = np.zeros(4, dtype=np.int64)
    counts[[1, 1, 3]] += 1
    print(counts)
    B = np.zeros((3, 3), dtype=np.int32)
    B[[0, 1], [1, 2]] = 2.9  # truncated on the store, as NumPy casts
    print(B)


def errors() -> None:
    M = np.arange(12.0).reshape(3, 4)
    try:
        print(M[[0, 1], [0, 1, 2]])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(M[:, [0, 9]])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(M[:, np.array([True, False])])
    except IndexError as e:
        print("IndexError:", e)
    try:
        M[:, [0, 1]] = np.zeros(3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        M[[0, 1], 1:] = np.ones((2, 2))
    except ValueError as e:
        print("ValueError:", e)


def ellipsis_and_more() -> None:
    T = np.arange(24.0).reshape(2, 3, 4)
    print(T[..., None].shape, T[None, ...].shape, T[1, ..., 2], T[..., 1, :].shape)
    v = np.arange(5)
    print(v[..., 2], v[...])
    T[...] = 1.5
    T[..., 0] = 0.0
    T[0, ..., 1:3] += 2.0
    print(T)
    M = np.arange(12).reshape(3, 4)
    M[M > 5] += 100
    print(M)
    print(M[[2, 0]], M[np.array([[0], [2]]), np.array([1, 3])])
    idx3 = np.array([[0, 1], [1, 0]])
    print(T[idx3].shape, T[idx3][1, 0, 2])


def not_written_yet() -> None:
    ...  # a statement that does nothing


reads()
ellipsis_and_more()
not_written_yet()
writes()
errors()
