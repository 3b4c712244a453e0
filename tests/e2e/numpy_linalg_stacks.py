"""numpy.linalg over stacks of matrices (rank 3 and 4): inv, det, slogdet, solve (stacks of
vectors and of matrices, leading axes broadcast), eigh, eigvalsh, cholesky; float32 stacks stay
float32; NumPy's errors for a singular or non-square member and for axes that do not broadcast.
Eigenvectors are checked through A @ V == V * w (their signs are LAPACK's choice)."""
import numpy as np


def r(x):
    return np.round(x, 8) + 0.0


def close(a, b):
    return bool(np.allclose(a, b, rtol=1e-10, atol=1e-10))


def main():
    a = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
    b = np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
    s = np.stack([a, b, a + 2.0 * np.eye(3)])
    print(s.shape, r(np.linalg.det(s)), np.linalg.det(s).shape)
    sign, logdet = np.linalg.slogdet(-s)
    print(sign, r(logdet))
    inv = np.linalg.inv(s)
    print(inv.shape, close(s @ inv, np.stack((np.eye(3), np.eye(3), np.eye(3)))), close(inv[1], np.linalg.inv(b)))
    rhs = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0], [-1.0, 0.5, 2.0]])
    x = np.linalg.solve(s, rhs)
    print(x.shape, r(x))
    print(all(close(s[k] @ x[k], rhs[k]) for k in range(3)))
    many = np.arange(18.0).reshape(3, 3, 2)
    xm = np.linalg.solve(s, many)
    print(xm.shape, r(xm[2]), close(s[2] @ xm[2], many[2]))
    broadcast = np.linalg.solve(a, np.ones((2, 3, 4)))
    print(broadcast.shape, r(broadcast[1, :, 0]))
    s4 = np.stack([s, s[::-1]])
    print(s4.shape, np.linalg.solve(s4, np.ones((2, 3, 3))).shape, np.linalg.solve(s4, np.ones((1, 3, 3, 1))).shape, np.linalg.solve(s4, np.ones((3, 3))).shape)
    print(r(np.linalg.det(s4)))

    w, v = np.linalg.eigh(s)
    print(w.shape, v.shape, r(w))
    print(all(close(s[k] @ v[k], v[k] * w[k]) for k in range(3)))
    print(r(np.linalg.eigvalsh(s4)))
    upper = np.triu(s) + np.tril(np.full((3, 3), 50.0), -1)
    print(r(np.linalg.eigvalsh(upper, UPLO="U")), r(np.linalg.eigvalsh(s, "u")))
    l = np.linalg.cholesky(s)
    print(l.shape, r(l[1]), close(l @ np.swapaxes(l, 1, 2), s))

    f = s.astype(np.float32)
    print(repr(np.round(np.linalg.inv(f)[0], 3)), repr(np.round(np.linalg.det(f), 3)))
    print(repr(np.round(np.linalg.eigvalsh(f), 3)), repr(np.round(np.linalg.cholesky(f)[2], 3)))
    print(repr(np.round(np.linalg.solve(f, np.ones((3, 3), dtype=np.float32)), 3)))
    ints = np.stack((np.eye(2, dtype=np.int64), 2 * np.eye(2, dtype=np.int64)))
    print(repr(np.linalg.inv(ints)), repr(np.linalg.det(ints)))

    for bad in [np.stack([a, np.zeros((3, 3))]), np.ones((2, 3, 4))]:
        try:
            np.linalg.inv(bad)
        except np.linalg.LinAlgError as e:
            print("LinAlgError:", e)
    try:
        np.linalg.cholesky(np.stack([a, -a]))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        np.linalg.solve(np.stack([a, a, a]), np.ones((2, 3, 1)))
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.linalg.solve(np.stack([a, a, a]), np.ones((2, 3)))
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.linalg.solve(s, np.ones((3, 4)))
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.linalg.eigh(s, UPLO="X")
    except ValueError as e:
        print("ValueError:", e)
    print(np.linalg.det(np.zeros((0, 2, 2))).shape, np.linalg.inv(np.zeros((2, 0, 0))).shape)


main()
