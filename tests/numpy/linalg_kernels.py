"""Linear-algebra kernels on numpy.linalg's decompositions: principal components through eigh of
the covariance matrix (explained variance, and the first component with its sign fixed so that its
largest entry is positive), a Gaussian-process posterior mean and variance through a Cholesky
factor and triangular solves, squared Mahalanobis distances, a polynomial fit three ways
(lstsq, QR, pinv) with the design matrix's condition number and rank, the stationary distribution
of a Markov chain through matrix_power, and a batch of small systems solved as one stack."""
#setup: import numpy as np; np.random.seed(7); X = np.random.randn(300, 4) @ np.array([[2.0, 0.3, 0.0, 0.1], [0.0, 1.0, 0.5, 0.0], [0.0, 0.0, 0.5, 0.2], [0.0, 0.0, 0.0, 0.1]])
#setup: xs = np.linspace(0.0, 1.0, 25); ys = np.sin(6.0 * xs) + 0.05 * np.random.randn(25); xq = np.linspace(0.05, 0.95, 7)
#setup: P = np.random.rand(5, 5); P = P / P.sum(axis=1, keepdims=True)
#setup: A = np.random.rand(6, 3, 3) + 3.0 * np.eye(3); B = np.random.rand(6, 3)
#setup: t = np.linspace(-1.0, 1.0, 40); y = 0.5 - t + 2.0 * t ** 3 + 0.01 * np.random.randn(40)
#run: pca(X, 2)
#run: gp_posterior(xs, ys, xq, 0.2, 0.01)
#run: mahalanobis(X)
#run: polyfit_three_ways(t, y, 3)
#run: stationary(P, 64)
#run: batch_solve(A, B)
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (X.shape[0] - 1)
    w, V = np.linalg.eigh(C)
    order = np.argsort(w)[::-1]
    w = w[order]
    V = V[:, order]
    first = V[:, 0]
    if first[np.argmax(np.abs(first))] < 0:
        first = -first
    scores = Xc @ V[:, :k]
    return w / w.sum(), first, scores.var(axis=0, ddof=1)


def rbf(a, b, length):
    d = a[:, None] - b[None, :]
    return np.exp(-0.5 * (d / length) ** 2)


def gp_posterior(x, y, xq, length, noise):
    K = rbf(x, x, length) + noise * np.eye(len(x))
    L = np.linalg.cholesky(K)
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, y))
    Ks = rbf(xq, x, length)
    mean = Ks @ alpha
    v = np.linalg.solve(L, Ks.T)
    var = 1.0 - np.sum(v * v, axis=0)
    logdet = 2.0 * np.sum(np.log(np.diag(L)))
    return mean, var, logdet


def mahalanobis(X):
    mu = X.mean(axis=0)
    D = X - mu
    C = D.T @ D / (X.shape[0] - 1)
    Ci = np.linalg.inv(C)
    d2 = np.sum((D @ Ci) * D, axis=1)
    sign, logdet = np.linalg.slogdet(C)
    return d2[:10], d2.mean(), sign, logdet


def polyfit_three_ways(t, y, deg):
    V = np.empty((len(t), deg + 1))
    for j in range(deg + 1):
        V[:, j] = t ** j
    c1, res, rank, s = np.linalg.lstsq(V, y, rcond=None)
    Q, R = np.linalg.qr(V)
    c2 = np.linalg.solve(R, Q.T @ y)
    c3 = np.linalg.pinv(V) @ y
    return c1, c2, c3, res, rank, s, np.linalg.cond(V), np.linalg.matrix_rank(V)


def stationary(P, steps):
    Pn = np.linalg.matrix_power(P, steps)
    w, V = np.linalg.eigh(P @ P.T)
    return Pn[0], np.abs(Pn[0] - Pn[-1]).max() < 1e-12, w


def batch_solve(A, B):
    x = np.linalg.solve(A, B)
    return x, np.linalg.det(A), np.linalg.inv(A)[0], np.linalg.norm(A, axis=2)
