"""Cleaning and summarising a sensor record with gaps: NaN/inf detection and
replacement by the last valid value, quantisation to a resolution with floor/ceil, saturation to the ADC range,
zero-crossing counts from np.sign, and simple statistics of the cleaned signal
(variance, geometric mean via prod of ratios)."""
#setup: import numpy as np; np.random.seed(28); t = np.linspace(0.0, 10.0, 2000); sig = np.sin(2.0 * np.pi * 0.7 * t) + 0.1 * np.random.randn(2000)
#setup: raw = sig.copy(); raw[[5, 6, 7, 300, 1999]] = np.nan; raw[1000] = np.inf; raw[1500] = -np.inf
#setup: levels = np.array([1.02, 0.98, 1.05, 1.01, 0.97, 1.03])
#run: fill_gaps(raw)
#run: fill_gaps(sig)
#run: quantize(sig, 0.05)
#run: saturate(sig, -1.0, 1.0)
#run: zero_crossings(sig)
#run: summary(raw)
#run: geometric_growth(levels)
import numpy as np


def fill_gaps(x):
    bad = ~np.isfinite(x)
    y = np.where(bad, 0.0, x)
    last = 0.0
    for i in range(len(y)):
        if bad[i]:
            y[i] = last
        else:
            last = y[i]
    return y, np.sum(np.isnan(x)), np.sum(bad)


def quantize(x, step):
    down = np.floor(x / step) * step
    up = np.ceil(x / step) * step
    nearest = np.where(x - down < up - x, down, up)
    return nearest, np.max(np.abs(nearest - x))


def saturate(x, lo, hi):
    y = np.minimum(np.maximum(x, lo), hi)
    n_clipped = np.sum(np.where(y != x, 1, 0))
    return y, n_clipped


def zero_crossings(x):
    s = np.sign(x)
    n = 0
    for i in range(1, len(s)):
        if s[i] != s[i - 1] and s[i] != 0:
            n += 1
    rising = np.sum((s[1:] > 0) & (s[:-1] < 0))
    return n, rising


def summary(x):
    y, n_nan, n_bad = fill_gaps(x)
    good = np.isfinite(x)
    n_good = np.sum(good)
    mean = np.sum(np.where(good, y, 0.0)) / n_good
    var = np.sum(np.where(good, (y - mean) ** 2, 0.0)) / (n_good - 1)
    return mean, var, np.var(y), n_bad


def geometric_growth(levels):
    ratios = levels[1:] / levels[:-1]
    g = np.prod(ratios) ** (1.0 / len(ratios))
    return g, levels[-1] / levels[0], g ** (levels.size - 1)
