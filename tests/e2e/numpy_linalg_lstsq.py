"""np.linalg.lstsq through the SVD: a line fit, several right-hand sides, a rank-deficient and a wide system (residuals empty), explicit rcond."""
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8])
a = np.vstack([x, np.ones(5)]).T
sol, res, rank, s = np.linalg.lstsq(a, y, rcond=None)
print(np.round(sol, 10), np.round(res, 10), rank, np.round(s, 10))
sol2, res2, rank2, s2 = np.linalg.lstsq(a, np.vstack([y, 2 * y]).T, rcond=None)
print(np.round(sol2, 10), np.round(res2, 10), rank2)
deficient = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
sol3, res3, rank3, s3 = np.linalg.lstsq(deficient, np.array([1.0, 2.0, 3.0]), rcond=None)
print(np.round(sol3, 10), res3.shape, rank3, np.round(s3, 10))
wide = np.array([[1.0, 2.0, 3.0]])
sol4, res4, rank4, s4 = np.linalg.lstsq(wide, np.array([6.0]), rcond=1e-10)
print(np.round(sol4, 10), res4.shape, rank4)
