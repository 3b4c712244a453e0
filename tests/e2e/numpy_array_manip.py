"""np.flip/fliplr/flipud (views that write through), np.roll, np.tile, np.repeat, np.diff,
np.triu/np.tril, np.take, np.nonzero, np.argwhere, np.cross and np.meshgrid at ranks 1-3,
negative axes, empty arrays, int/float/bool dtypes, and NumPy's errors."""
import numpy as np


def flips():
    a = np.arange(24).reshape(2, 3, 4)
    print(np.flip(a), np.flip(a, 0)[0], np.flip(a, -1)[1], np.flip(a, (0, 2))[1, 2], np.flip(np.arange(5)))
    m = np.arange(6.0).reshape(2, 3)
    print(np.fliplr(m), np.flipud(m), np.flipud(np.arange(4)), np.fliplr(a)[1])
    v = np.flip(m, 1)
    v[0, 0] = -7.0
    print(m, np.flip(np.zeros((0, 3)), 0).shape, np.flip(m[:, ::2]), np.flip(m.T, axis=None))
    for k in range(4):
        try:
            if k == 0:
                np.flip(m, 2)
            elif k == 1:
                np.fliplr(np.arange(3))
            elif k == 2:
                np.flip(a, (1, -2))
            else:
                np.flip(m, -3)
        except ValueError as e:
            print(k, e)


def rolls_tiles_repeats():
    a = np.arange(10)
    print(np.roll(a, 2), np.roll(a, -3), np.roll(a, 12), np.roll(a, 0), np.roll(a, -10))
    m = np.arange(12).reshape(3, 4)
    print(np.roll(m, 1), np.roll(m, 1, axis=0), np.roll(m, -1, axis=1), np.roll(m, (1, 2), axis=(0, 1)), np.roll(m, 5, axis=(0, 1)))
    print(np.roll(m, (1, 1), axis=(1, 1)), np.roll(np.arange(24.0).reshape(2, 3, 4), 2, axis=-1)[1], np.roll(np.zeros((0, 2)), 3), np.roll(np.zeros((2, 0)), 1, axis=1).shape)
    print(np.tile(np.array([1, 2]), 3), np.tile(np.array([1, 2]), (2, 3)), np.tile(m, 2), np.tile(m, (2, 1)), np.tile(np.array([1.5]), (2, 1, 2)))
    print(np.tile(m, (1, 2, 1, 1)).shape, np.tile(m, 0), np.tile(np.array([True, False]), 2), np.tile(m[:, ::2], (1, 1)))
    print(np.repeat(a[:4], 2), np.repeat(m, 2), np.repeat(m, 2, axis=0), np.repeat(m, 3, axis=-1), np.repeat(m, 0, axis=1).shape, m.repeat(2)[:5], m.repeat(2, 1)[0])
    print(np.repeat(np.array([[True, False]]), 2, axis=0), np.repeat(np.arange(24).reshape(2, 3, 4), 2, axis=1)[1])
    print(np.repeat(m, np.array([1, 0, 2, 1]), axis=1), np.repeat(m, np.array([2]), axis=0), np.repeat(a[:3], np.array([3, 0, 1])), m.repeat(np.arange(12) % 3))
    print(np.repeat(np.zeros((0, 2)), np.array([5]), axis=0).shape, np.repeat(np.zeros((0, 2)), -1, axis=0).shape, np.repeat(np.zeros((0, 2)), np.array([-3]), axis=0).shape, np.repeat(m, np.array([1, 2, 1], dtype=np.int32), axis=0))
    for k in range(9):
        try:
            if k == 8:
                np.repeat(m, np.array([1, 2]))
            elif k == 5:
                np.repeat(m, np.array([-1]))
            elif k == 6:
                np.repeat(m, np.array([1, -1, 0, 2]), axis=1)
            elif k == 7:
                np.repeat(m, np.array([[1, 2, 3]]), axis=1)
            elif k == 0:
                np.repeat(m, -1)
            elif k == 1:
                np.tile(m, (2, -1))
            elif k == 2:
                np.roll(m, 1, axis=2)
            elif k == 3:
                np.roll(m, (1, 2, 3), axis=(0, 1))
            else:
                np.repeat(m, 2, axis=-3)
        except ValueError as e:
            print(k, e)


def diffs_triangles():
    x = np.array([1.0, 4.0, 9.0, 16.0, 25.0, np.inf])
    print(np.diff(x), np.diff(x, 2), np.diff(x, 0), np.diff(x, 10), np.diff(np.array([1, 3, 2])))
    m = np.array([[1, 5, 2], [7, 7, 0]])
    print(np.diff(m), np.diff(m, axis=0), np.diff(m, n=2), np.diff(m, axis=-2, n=2).shape, np.diff(np.array([True, False, False, True])))
    t = np.arange(24).reshape(2, 3, 4) ** 2
    print(np.diff(t, axis=1), np.diff(t, 3)[1], np.diff(np.array([-9223372036854775807 - 1, 9223372036854775807])), np.diff(np.array([2, 1], dtype=np.uint32)))
    print(np.diff(np.array([1, 2], dtype=np.int32) * 1000000000))
    sq = np.arange(1, 17).reshape(4, 4)
    print(np.triu(sq), np.tril(sq), np.triu(sq, 1), np.tril(sq, -1), np.triu(sq, -2), np.tril(sq, 5))
    r = np.arange(1.0, 7.0).reshape(2, 3)
    print(np.triu(r), np.tril(r.T), np.triu(np.arange(1, 4)), np.tril(np.arange(1, 4), -1), np.triu(np.arange(24).reshape(2, 3, 4), 1)[1])
    print(np.tril(np.ones((2, 2), dtype=bool)), np.triu(np.zeros((0, 3))).shape)
    try:
        np.diff(x, -1)
    except ValueError as e:
        print(e)
    try:
        np.diff(m, axis=2)
    except ValueError as e:
        print(e)


def takes_nonzeros():
    a = np.array([10, 20, 30, 40, 50])
    print(np.take(a, 2), np.take(a, -1), np.take(a, np.array([0, 4, -2])), np.take(a, np.array([[1, 1], [3, 0]])), a.take(np.array([3])))
    m = np.arange(12.0).reshape(3, 4)
    print(np.take(m, 5), np.take(m, np.array([0, 11])), np.take(m, 1, axis=0), np.take(m, -1, axis=1), np.take(m, np.array([2, 0]), axis=1))
    print(np.take(m, np.array([[0, 1], [2, 2]]), axis=0), m.take(np.array([3, 3]), axis=-1), np.take(np.arange(24).reshape(2, 3, 4), np.array([2, 0]), axis=1))
    print(a[np.array([0, 2])], m[np.array([2, 0])], np.take(m, np.array([], dtype=np.int64)), np.take(m, np.array([1], dtype=np.int32), axis=0), np.take(np.array([True, False]), 1))
    for k in range(4):
        try:
            if k == 0:
                np.take(a, 5)
            elif k == 1:
                np.take(m, np.array([0, 12]))
            elif k == 2:
                np.take(m, np.array([0, 4]), axis=1)
            else:
                np.take(m, -4, axis=0)
        except IndexError as e:
            print(k, e)
    z = np.array([[0, 3, 0], [4, 0, 5]])
    print(np.nonzero(z), np.nonzero(np.array([0.0, -0.0, np.nan, 1e-300])), z.nonzero(), np.nonzero(np.zeros(3)))
    rows, cols = np.nonzero(z > 2)
    print(rows, cols, z[z > 2], np.nonzero(np.arange(24).reshape(2, 3, 4) % 7 == 0))
    print(np.argwhere(z), np.argwhere(np.array([True, False, True])), np.argwhere(np.zeros((2, 2))), np.argwhere(np.arange(24).reshape(2, 3, 4) % 9 == 0))
    print(np.argwhere(np.zeros((2, 0, 3))).shape)


def crosses_grids():
    x = np.array([1.0, 2.0, 3.0])
    y = np.array([4.0, 5.0, 6.0])
    print(np.cross(x, y), np.cross(y, x), np.cross(x, x), np.cross(np.array([1, 0, 0]), np.array([0, 1, 0])))
    rows = np.arange(12.0).reshape(4, 3)
    print(np.cross(rows, y), np.cross(x, rows), np.cross(rows, rows[::-1]), np.cross(np.array([1, 2]), np.array([3, 4, 5])), np.cross(x, np.array([1.5, -2.0])))
    print(np.cross(np.array([1, 2, 3], dtype=np.int32), np.array([4.5, 5.0, 6.0])), np.cross(np.arange(18).reshape(2, 3, 3), np.array([1, -1, 2])))
    for k in range(3):
        try:
            if k == 0:
                np.cross(np.arange(4.0), x)
            elif k == 1:
                np.cross(np.ones((2, 3)), np.ones((3, 3)))
            else:
                np.cross(np.ones((2, 5, 3)), np.ones((3, 3)))
        except ValueError as e:
            print(k, e)
    gx, gy = np.meshgrid(np.arange(3), np.array([10, 20]))
    print(gx, gy)
    print(np.meshgrid(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]), indexing="ij"))
    p, q, r = np.meshgrid(np.arange(2.0), np.arange(3.0), np.arange(4.0))
    print(p.shape, q[1], r[2, 1])
    p, q, r = np.meshgrid(np.arange(2), np.arange(3), np.arange(4), indexing="ij")
    print(p[1], q[:, :, 0], r[0])
    print(np.meshgrid(np.arange(4.0)), np.meshgrid(np.zeros(0), np.arange(2.0))[0].shape, np.meshgrid(np.arange(4).reshape(2, 2), np.arange(2))[0])
    try:
        np.meshgrid(x, y, indexing="xz")
    except ValueError as e:
        print(e)


flips()
rolls_tiles_repeats()
diffs_triangles()
takes_nonzeros()
crosses_grids()
