"""Histograms computed by hand with int64 count arrays: a loop with floor-based bin
indices (the right edge belongs to the last bin, as in np.histogram), a vectorised
variant with clipped indices, a normalised density, and an approximate quantile read
from the cumulative counts."""
#setup: import numpy as np; np.random.seed(17); x = np.random.randn(5000); u = np.random.rand(1000); one = np.array([0.5])
#setup: edge = np.array([0.0, 0.25, 0.5, 1.0, 1.0])
#run: histogram(x, -4.0, 4.0, 40)
#run: histogram(one, 0.0, 1.0, 1)
#run: histogram(edge, 0.0, 1.0, 4)
#run: histogram_clipped(u, 0.0, 1.0, 10)
#run: density(x, -4.0, 4.0, 16)
#run: quantile_from_histogram(x, -4.0, 4.0, 400, 0.9)
import numpy as np


def histogram(x, lo, hi, nbins):
    counts = np.zeros(nbins, dtype=np.int64)
    width = (hi - lo) / nbins
    outside = 0
    for i in range(len(x)):
        v = x[i]
        if v < lo or v > hi:
            outside += 1
            continue
        k = int(np.floor((v - lo) / width))
        if k == nbins:
            k = nbins - 1
        counts[k] += 1
    edges = np.linspace(lo, hi, nbins + 1)
    return counts, edges, outside


def histogram_clipped(x, lo, hi, nbins):
    idx = np.floor((x - lo) / (hi - lo) * nbins).astype(np.int64)
    idx = np.clip(idx, 0, nbins - 1)
    counts = np.zeros(nbins, dtype=np.int64)
    for i in range(idx.shape[0]):
        counts[idx[i]] += 1
    inside = np.where((x >= lo) & (x <= hi), 1, 0)
    return counts, np.sum(inside)


def density(x, lo, hi, nbins):
    counts, edges, outside = histogram(x, lo, hi, nbins)
    width = edges[1] - edges[0]
    centers = 0.5 * (edges[1:] + edges[:-1])
    return centers, counts / (counts.sum() * width)


def quantile_from_histogram(x, lo, hi, nbins, q):
    counts, edges, outside = histogram(x, lo, hi, nbins)
    cum = np.cumsum(counts)
    target = int(np.ceil(q * cum[-1]))
    k = 0
    while cum[k] < target:
        k += 1
    below = cum[k - 1] if k > 0 else 0
    frac = (target - below) / counts[k]
    return edges[k] + frac * (edges[k + 1] - edges[k])
