"""Moving averages of a 1-D signal: the 'valid' k-point mean via the cumulative-sum
trick, the same thing with an explicit running window, and a centred average whose
window shrinks at the ends."""
#setup: import numpy as np; np.random.seed(0); x = np.random.rand(1000); y = np.random.rand(1)
#run: moving_average(x, 5)
#run: moving_average_loop(x, 5)
#run: moving_average(y, 1)
#run: moving_average_loop(y, 1)
#run: centered_moving_average(x, 7)
#run: centered_moving_average(y, 3)
import numpy as np


def moving_average(x, k):
    c = np.cumsum(x)
    out = np.empty(len(x) - k + 1)
    out[0] = c[k - 1]
    out[1:] = c[k:] - c[:-k]
    return out / k


def moving_average_loop(x, k):
    n = x.shape[0]
    out = np.zeros(n - k + 1)
    s = 0.0
    for i in range(k):
        s += x[i]
    out[0] = s / k
    for i in range(k, n):
        s += x[i] - x[i - k]
        out[i - k + 1] = s / k
    return out


def centered_moving_average(x, k):
    n = len(x)
    half = k // 2
    out = np.zeros_like(x)
    for i in range(n):
        lo = max(0, i - half)
        hi = min(n, i + half + 1)
        out[i] = np.mean(x[lo:hi])
    return out
