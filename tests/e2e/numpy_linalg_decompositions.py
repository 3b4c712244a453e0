"""numpy.linalg's decompositions: eigh/eigvalsh, cholesky, qr, svd, pinv, matrix_rank, slogdet.

Vectors are defined up to sign (LAPACK and Eigen may choose differently), so the checks print what
is unique: eigenvalues and singular values, the products the factors stand for, orthogonality,
shapes, and values rounded to 8 decimals after fixing each column's sign."""
import numpy as np


def fix_signs(v):
    """Each column scaled so that its largest-magnitude entry is positive."""
    out = v.copy()
    for j in range(v.shape[1]):
        k = np.argmax(np.abs(v[:, j]))
        if v[k, j] < 0:
            out[:, j] = -v[:, j]
    return out


def close(a, b):
    return bool(np.allclose(a, b, rtol=1e-10, atol=1e-10))


def main():
    a = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
    w, v = np.linalg.eigh(a)
    print(np.round(w, 10), close(a @ v, v * w), close(v.T @ v, np.eye(3)))
    print(np.round(fix_signs(v), 8))
    upper_only = np.triu(a) + np.tril(np.full((3, 3), 99.0), -1)
    print(np.round(np.linalg.eigvalsh(upper_only, UPLO="U"), 10), np.round(np.linalg.eigvalsh(a), 10))

    l = np.linalg.cholesky(a)
    print(np.round(l, 10), close(l @ l.T, a))
    try:
        np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)

    m = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.5]])
    q, r = np.linalg.qr(m)
    print(q.shape, r.shape, close(q @ r, m), close(q.T @ q, np.eye(2)), close(np.tril(r, -1), np.zeros((2, 2))))
    q2, r2 = np.linalg.qr(m, mode="complete")
    print(q2.shape, r2.shape, close(q2 @ r2, m))
    print(np.round(np.abs(np.diag(r)), 10))

    u, s, vh = np.linalg.svd(m)
    print(u.shape, s.shape, vh.shape, np.round(s, 10))
    smat = np.zeros((4, 2))
    smat[:2, :2] = np.diag(s)
    print(close(u @ smat @ vh, m))
    u2, s2, vh2 = np.linalg.svd(m, full_matrices=False)
    print(u2.shape, vh2.shape, close((u2 * s2) @ vh2, m), np.round(np.linalg.svd(m, compute_uv=False), 10))

    p = np.linalg.pinv(m)
    print(p.shape, close(m @ p @ m, m), np.round(p, 8))
    singular = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
    print(np.linalg.matrix_rank(singular), np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.zeros((3, 2))))
    print(np.linalg.slogdet(a), np.linalg.slogdet(singular), np.linalg.det(singular), round(np.linalg.det(a), 10))
    sign, logdet = np.linalg.slogdet(-a)
    print(sign, round(logdet, 10))
    f = a.astype(np.float32)
    wf = np.linalg.eigvalsh(f)
    print(repr(np.round(wf, 4)))
    try:
        np.linalg.eigh(m)
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)


main()
