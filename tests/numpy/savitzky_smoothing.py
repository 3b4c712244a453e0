"""Smoothing and differentiating noisy samples with fixed convolution weights: the
5-point quadratic Savitzky-Golay smoother (-3, 12, 17, 12, -3)/35 and first-derivative
filter, and a general normalised weighted moving average built from shifted slices."""
#setup: import numpy as np; np.random.seed(20); t = np.linspace(0.0, 4.0 * np.pi, 800); y = np.sin(t) + 0.2 * np.random.randn(800); dt = t[1] - t[0]
#setup: short = np.array([1.0, 2.0, 3.0]); w = np.array([1.0, 2.0, 3.0, 2.0, 1.0])
#run: savgol5(y)
#run: savgol5(short)
#run: savgol_derivative(y, dt)
#run: weighted_smooth(y, w)
#run: weighted_smooth(short, w)
#run: smoothing_gain(t, y)
import numpy as np


def savgol5(y):
    w = np.array([-3.0, 12.0, 17.0, 12.0, -3.0]) / 35.0
    n = len(y)
    out = y.copy()
    for i in range(2, n - 2):
        out[i] = np.sum(w * y[i - 2:i + 3])
    return out


def savgol_derivative(y, h):
    n = y.shape[0]
    d = np.zeros(n)
    d[2:-2] = (-2.0 * y[:-4] - y[1:-3] + y[3:-1] + 2.0 * y[4:]) / (10.0 * h)
    d[0] = (y[1] - y[0]) / h
    d[1] = (y[2] - y[0]) / (2 * h)
    d[-2] = (y[-1] - y[-3]) / (2 * h)
    d[-1] = (y[-1] - y[-2]) / h
    return d


def weighted_smooth(y, w):
    w = w / w.sum()
    half = len(w) // 2
    n = len(y)
    out = y.copy()
    if n < len(w):
        return out
    inner = np.zeros(n - 2 * half)
    for j in range(len(w)):
        inner += w[j] * y[j:n - 2 * half + j]
    out[half:n - half] = inner
    return out


def smoothing_gain(t, y):
    """Ratio of residual RMS (w.r.t. sin t) after and before smoothing."""
    clean = np.sin(t)
    before = np.sqrt(np.mean((y - clean) ** 2))
    after = np.sqrt(np.mean((savgol5(y) - clean) ** 2))
    return after / before
