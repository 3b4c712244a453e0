"""numpy.linalg's raw results printed in full (tolist): on LAPACK (host builds) py2cpp calls the
routines NumPy calls (gesdd, syevd, geqrf/orgqr, potrf, gesv, getrf, gelsd) on the same column-major
double copy of the input, so eigen- and singular vectors come out with NumPy's signs and every value
bit for bit, float32 input included (computed in double, as NumPy 1.24 does). (Built with the Eigen
fallback, -DPY2CPP_LAPACK=OFF, the vectors' signs and last digits would differ.)"""
import numpy as np


def main():
    a = np.array([[4.0, 1.0, 2.0, 0.5], [1.0, 3.0, 0.5, 1.5], [2.0, 0.5, 5.0, 1.0], [0.5, 1.5, 1.0, 6.0]])
    m = np.array([[1.0, 2.0, 0.5], [3.0, 4.0, -1.0], [5.0, 6.0, 2.5], [7.0, 8.5, 1.0], [-2.0, 1.0, 3.0]])
    w, v = np.linalg.eigh(a)
    print(w.tolist())
    print(v.tolist())
    w, v = np.linalg.eigh(a, UPLO="U")
    print(v.tolist())
    print(np.linalg.eigvalsh(a).tolist())
    u, s, vh = np.linalg.svd(m)
    print(u.tolist())
    print(s.tolist())
    print(vh.tolist())
    u, s, vh = np.linalg.svd(m.T, full_matrices=False)
    print(u.tolist())
    print(vh.tolist())
    print(np.linalg.svd(m, compute_uv=False).tolist())
    q, r = np.linalg.qr(m)
    print(q.tolist())
    print(r.tolist())
    q, r = np.linalg.qr(m, mode="complete")
    print(q.tolist())
    print(np.linalg.cholesky(a).tolist())
    print(np.linalg.inv(a).tolist())
    print(np.linalg.solve(a, np.array([1.0, 2.0, 3.0, 4.0])).tolist())
    print(np.linalg.det(a), np.linalg.slogdet(a))
    x, res, rank, sv = np.linalg.lstsq(m, np.array([1.0, 2.0, 3.0, 4.0, 5.0]), rcond=None)
    print(x.tolist(), res.tolist(), rank, sv.tolist())
    f = a.astype(np.float32)
    wf, vf = np.linalg.eigh(f)
    print(wf.tolist())
    print(vf.tolist())
    print(np.linalg.det(f), np.linalg.inv(f).tolist())
    uf, sf, vhf = np.linalg.svd(m.astype(np.float32))
    print(uf.tolist())
    print(sf.tolist())
    print(float(np.linalg.norm(m.astype(np.float32), 2)), float(np.linalg.cond(f)))


main()
