"""Kalman filters: the scalar random-walk filter (one predict/update step, then a whole
measurement sequence), and a two-state constant-velocity tracker written with small
matrices (F, H, Q) and the matrix Riccati update."""
#setup: import numpy as np; np.random.seed(19); n = 500; truth = np.cumsum(0.1 * np.random.randn(n)); z = truth + 0.5 * np.random.randn(n)
#setup: z1 = z[:1].copy(); tpos = 0.5 * np.arange(200) + 0.3 * np.random.randn(200)
#run: kalman_step(0.0, 1.0, 0.3, 0.01, 0.25)
#run: kalman_filter(z, 0.01, 0.25, 0.0, 1.0)
#run: kalman_filter(z1, 0.01, 0.25, 0.0, 1.0)
#run: rmse(z, truth, 0.01, 0.25)
#run: constant_velocity(tpos, 1.0, 0.01, 0.09)
import numpy as np


def kalman_step(x, P, z, q, r):
    P = P + q
    K = P / (P + r)
    x = x + K * (z - x)
    P = (1 - K) * P
    return x, P


def kalman_filter(zs, q, r, x0, P0):
    n = len(zs)
    xs = np.zeros(n)
    Ps = np.zeros(n)
    x = x0
    P = P0
    for k in range(n):
        x, P = kalman_step(x, P, zs[k], q, r)
        xs[k] = x
        Ps[k] = P
    return xs, Ps


def rmse(zs, truth, q, r):
    xs, Ps = kalman_filter(zs, q, r, zs[0], 1.0)
    raw = np.sqrt(np.mean((zs - truth) ** 2))
    filt = np.sqrt(np.mean((xs - truth) ** 2))
    return raw, filt, Ps[-1]


def constant_velocity(zs, dt, q, r):
    F = np.array([[1.0, dt], [0.0, 1.0]])
    Q = q * np.array([[dt ** 3 / 3, dt ** 2 / 2], [dt ** 2 / 2, dt]])
    H = np.array([[1.0, 0.0]])
    x = np.array([zs[0], 0.0])
    P = np.eye(2) * 10.0
    out = np.zeros((len(zs), 2))
    for k in range(len(zs)):
        x = F @ x
        P = F @ P @ F.T + Q
        S = (H @ P @ H.T)[0, 0] + r
        K = (P @ H.T)[:, 0] / S
        innov = zs[k] - x[0]
        x = x + K * innov
        P = (np.eye(2) - np.outer(K, H[0])) @ P
        out[k, :] = x
    return out, P
