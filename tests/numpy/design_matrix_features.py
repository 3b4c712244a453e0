"""Feature engineering and ridge regression: polynomial and interaction features
joined with hstack/concatenate/vstack, an intercept column, the ridge solution
(X^T X + lambda I)^-1 X^T y, the effective degrees of freedom trace(H), and
leave-one-out cross-validation error from the hat-matrix diagonal."""
#setup: import numpy as np; np.random.seed(30); X = np.random.rand(150, 3); y = 1.0 + X[:, 0] - 2.0 * X[:, 1] * X[:, 2] + 0.5 * X[:, 2] ** 2 + 0.05 * np.random.randn(150)
#setup: Xnew = np.random.rand(5, 3); x1 = X[:1].copy()
#run: poly_features(X)
#run: poly_features(x1)
#run: ridge(X, y, 1e-3)
#run: ridge(X, y, 10.0)
#run: predict_new(X, y, Xnew, 0.01)
#run: stacked_blocks(X)
import numpy as np


def poly_features(X):
    n, d = X.shape
    cols = np.ones((n, 1))
    feats = np.hstack([cols, X, X ** 2])
    for i in range(d):
        for j in range(i + 1, d):
            feats = np.hstack((feats, (X[:, i] * X[:, j]).reshape(n, 1)))
    return feats


def ridge(X, y, lam):
    F = poly_features(X)
    p = F.shape[1]
    A = F.T @ F + lam * np.eye(p)
    w = np.linalg.solve(A, F.T @ y)
    H = F @ np.linalg.inv(A) @ F.T
    dof = np.trace(H)
    resid = y - F @ w
    loo = np.mean((resid / (1.0 - np.diag(H))) ** 2)
    return w, dof, loo


def predict_new(X, y, Xnew, lam):
    w, dof, loo = ridge(X, y, lam)
    return poly_features(Xnew) @ w


def stacked_blocks(X):
    """Augment the data with mirrored copies and report the shape and column means."""
    top = np.concatenate((X, 1.0 - X), axis=1)
    full = np.vstack((top, top[::-1]))
    both = np.concatenate([X[:, 0], X[:, 1]])
    return full.shape[0], full.shape[1], full.mean(axis=0), both.size
