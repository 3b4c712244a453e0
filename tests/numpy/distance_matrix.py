"""Pairwise Euclidean distances between two point sets with the |x|^2 + |y|^2 - 2 x.y
expansion and broadcasting, the same with a double loop, nearest neighbours, and the
cosine-similarity matrix with the corresponding angles."""
#setup: import numpy as np; np.random.seed(22); X = np.random.rand(300, 3); Y = np.random.rand(200, 3); p = np.random.rand(1, 3)
#setup: Xs = X[:50].copy(); Ys = Y[:40].copy()
#run: pairwise_distances(X, Y)
#run: pairwise_distances(p, Y)
#run: pairwise_distances_loop(Xs, Ys)
#run: nearest_neighbour(X, Y)
#run: cosine_similarity(X, Y)
#run: self_distance_stats(Xs)
import numpy as np


def pairwise_distances(X, Y):
    xx = np.sum(X ** 2, axis=1)
    yy = np.sum(Y ** 2, axis=1)
    sq = xx[:, np.newaxis] + yy - 2.0 * X @ Y.T
    return np.sqrt(np.maximum(sq, 0.0))


def pairwise_distances_loop(X, Y):
    m = X.shape[0]
    n = Y.shape[0]
    D = np.empty((m, n))
    for i in range(m):
        for j in range(n):
            d = X[i, :] - Y[j, :]
            D[i, j] = np.sqrt(np.dot(d, d))
    return D


def nearest_neighbour(X, Y):
    D = pairwise_distances(X, Y)
    idx = np.argmin(D, axis=1)
    return idx, D.min(axis=1)


def cosine_similarity(X, Y):
    nx = np.linalg.norm(X, axis=1)
    ny = np.linalg.norm(Y, axis=1)
    S = (X @ Y.T) / np.outer(nx, ny)
    angles = np.arccos(np.clip(S, -1.0, 1.0))
    return S, angles


def self_distance_stats(X):
    D = pairwise_distances_loop(X, X)
    n = len(X)
    off = D + np.diag(np.full(n, np.inf))
    return np.min(off), np.max(D), np.sum(D) / (n * (n - 1))
