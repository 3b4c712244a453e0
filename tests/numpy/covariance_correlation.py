"""Sample covariance and Pearson correlation matrices of the columns of a data matrix,
computed with matrix products, with explicit loops, and for one pair of vectors."""
#setup: import numpy as np; np.random.seed(7); n = 400; t = np.random.randn(n)
#setup: X = np.vstack([t, 0.5 * t + np.random.randn(n), np.random.randn(n), -t + 0.1 * np.random.randn(n)]).T
#setup: a = X[:, 0].copy(); b = X[:, 3].copy(); X2 = X[:2, :].copy()
#run: covariance(X)
#run: correlation(X)
#run: covariance_loop(X)
#run: covariance(X2)
#run: pearson(a, b)
#run: pearson(a, a)
import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (n - 1)


def correlation(X):
    C = covariance(X)
    d = np.sqrt(np.diag(C))
    R = C / np.outer(d, d)
    return R, np.trace(R)


def covariance_loop(X):
    n, p = X.shape
    mean = np.zeros(p)
    for j in range(p):
        for i in range(n):
            mean[j] += X[i, j]
        mean[j] /= n
    C = np.zeros((p, p))
    for j in range(p):
        for k in range(j, p):
            s = 0.0
            for i in range(n):
                s += (X[i, j] - mean[j]) * (X[i, k] - mean[k])
            C[j, k] = s / (n - 1)
            C[k, j] = C[j, k]
    return C


def pearson(x, y):
    xm = x - np.mean(x)
    ym = y - np.mean(y)
    return np.sum(xm * ym) / np.sqrt(np.sum(xm ** 2) * np.sum(ym ** 2))
