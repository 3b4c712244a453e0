"""numpy.linalg on matrices holding inf or NaN: NumPy's (LAPACK's) answers, not a check of its
own: eigh/eigvalsh give NaN, an SVD raises "SVD did not converge" for a NaN and gives NaN for an
inf (svd, pinv, matrix_rank, cond, norm 2/nuc follow), LU-based functions compute through."""
import numpy as np

nan_m = np.array([[1.0, np.nan], [np.nan, 1.0]])
inf_m = np.array([[1.0, np.inf], [np.inf, 1.0]])

w, v = np.linalg.eigh(nan_m)
print(w, v)
print(np.linalg.eigvalsh(inf_m), np.linalg.eigvalsh(np.stack((inf_m, np.eye(2)))))
for m in (nan_m, inf_m):
    try:
        print(np.linalg.svd(m, compute_uv=False))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        u, s, vh = np.linalg.svd(m)
        print(u, s, vh)
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        print(np.linalg.pinv(m))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        print(np.linalg.matrix_rank(m))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        print(np.linalg.cond(m))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        print(np.linalg.norm(m, "nuc"))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
print(np.linalg.solve(np.array([[1.0, 0.0], [0.0, np.inf]]), np.ones(2)))
print(np.linalg.cond(np.array([[1.0, 0.0], [0.0, np.nan]]), 1))
