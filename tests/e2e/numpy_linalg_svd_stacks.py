"""np.linalg.svd, pinv and matrix_rank over stacks of matrices, matrix_rank's tol= and vectors,
np.linalg.norm along one axis for any rank and any order, and float32 results of the SVD-based
functions (svd, pinv, lstsq) staying float32; hermitian=True (svd, pinv, matrix_rank through eigh,
as NumPy computes them). Singular vectors are checked through the products
(their signs are LAPACK's choice)."""
import numpy as np


def r(x):
    return np.round(x, 8) + 0.0


def close(a, b):
    return bool(np.allclose(a, b, rtol=1e-10, atol=1e-10))


def main():
    a = np.arange(24.0).reshape(2, 3, 4) - 7.0
    a[1, 2, 3] = 40.0
    u, s, vh = np.linalg.svd(a)
    print(u.shape, s.shape, vh.shape, r(s))
    smat = np.zeros((2, 3, 4))
    smat[:, 0, 0] = s[:, 0]
    smat[:, 1, 1] = s[:, 1]
    smat[:, 2, 2] = s[:, 2]
    print(close(u @ smat @ vh, a))
    u2, s2, vh2 = np.linalg.svd(a, full_matrices=False)
    print(u2.shape, vh2.shape, close(u2[1] @ np.diag(s2[1]) @ vh2[1], a[1]))
    print(r(np.linalg.svd(np.swapaxes(a, 1, 2), compute_uv=False)))
    p = np.linalg.pinv(a)
    print(p.shape, close(a[0] @ p[0] @ a[0], a[0]), close(p[1], np.linalg.pinv(a[1])))
    print(np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.zeros((3, 2, 2))), np.linalg.matrix_rank(np.eye(3), tol=0.5))
    print(np.linalg.matrix_rank(np.eye(3) * np.array([1.0, 1e-3, 1e-9]), 1e-6), np.linalg.matrix_rank(np.zeros(3)),
          np.linalg.matrix_rank(np.array([0.0, 1e-300])), np.linalg.matrix_rank(np.ones(3), tol=2.0))

    print(r(np.linalg.norm(a, axis=0)), r(np.linalg.norm(a, axis=-1)))
    for order in [1.0, 2.0, 3.0, 0.5, 0.0, np.inf, -np.inf, -1.0]:
        print(order, r(np.linalg.norm(a, order, axis=1)))
    v = np.array([3.0, -4.0, 0.0, 1.0])
    print(np.linalg.norm(v, axis=0), np.linalg.norm(v, 1, axis=0), np.linalg.norm(np.arange(6).reshape(2, 3), axis=1))
    print(repr(np.round(np.linalg.norm(a.astype(np.float32), axis=2), 3)))

    f = a[1].astype(np.float32)
    uf, sf, vhf = np.linalg.svd(f)
    print(repr(np.round(sf, 3)), bool(np.allclose((uf[:, :3] * sf) @ vhf[:3], f, atol=1e-4)))
    pf = np.linalg.pinv(f)
    print(repr(np.round(pf[0], 3)), bool(np.allclose(pf @ f @ pf, pf, atol=1e-4)))
    g = np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0], [1.0, 0.0, 1.0]], dtype=np.float32)
    xf, res, rank, sv = np.linalg.lstsq(g, np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float32), rcond=None)
    print(repr(np.round(res, 3)))
    print(repr(np.round(xf, 3)), rank, repr(np.round(sv, 3)))
    print(repr(np.round(np.linalg.svd(np.stack((f, 2 * f)), compute_uv=False), 3)))
    h = np.array([[2.0, 1.0, 0.0], [1.0, -3.0, 1.0], [0.0, 1.0, 0.0]])
    uh, sh, vth = np.linalg.svd(h, hermitian=True)
    print(r(sh), close(uh @ np.diag(sh) @ vth, h), close(np.abs(uh), np.abs(vth.T)))
    print(r(np.linalg.svd(h, compute_uv=False, hermitian=True)), r(np.linalg.pinv(h, hermitian=True)), close(np.linalg.pinv(h, hermitian=True), np.linalg.inv(h)))
    low = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.0]])
    print(np.linalg.matrix_rank(h, hermitian=True), np.linalg.matrix_rank(low, hermitian=True), np.linalg.matrix_rank(low, 20.0, True))
    print(close(np.linalg.pinv(low, hermitian=True), np.linalg.pinv(low)))
    try:
        np.linalg.svd(np.ones((2, 3)), hermitian=True)
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        np.linalg.matrix_rank(np.zeros((0, 3)))
    except ValueError as e:
        print("ValueError:", e)
    print(np.linalg.matrix_rank(np.zeros((0, 3)), tol=1.0))
    try:
        np.linalg.svd(np.stack((np.eye(2), np.array([[1.0, np.nan], [0.0, 1.0]]))))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)


main()
