"""Least-squares fits through the normal equations (V^T V) c = V^T y: a polynomial fit
with a Vandermonde matrix built column by column, and a straight-line fit with its
correlation coefficient.  Written in the `import numpy` style."""
#setup: import numpy as np; np.random.seed(11); t = np.linspace(0.0, 2.0, 200); y = 1.0 - 2.0 * t + 0.5 * t ** 2 + 0.05 * np.random.randn(200)
#setup: t3 = t[:3].copy(); y3 = y[:3].copy()
# The normal equations square the condition number; NumPy's A.T @ A runs on OpenBLAS kernels
# with FMA, the C++ on Eigen's: the coefficients agree to about 1e-11.
#tolerance: rtol=1e-9
#run: polyfit_normal(t, y, 2)
#run: polyfit_normal(t, y, 4)
#run: polyfit_normal(t3, y3, 2)
#run: linear_fit(t, y)
#run: linear_fit(t3, y3)
import numpy


def vandermonde(t, deg):
    V = numpy.empty((len(t), deg + 1))
    for j in range(deg + 1):
        V[:, j] = numpy.power(t, j)
    return V


def polyfit_normal(t, y, deg):
    """Coefficients c[0] + c[1] t + ..., the residual sum of squares and R^2."""
    V = vandermonde(t, deg)
    c = numpy.linalg.solve(V.T @ V, V.T @ y)
    r = y - V @ c
    rss = numpy.sum(r ** 2)
    tss = numpy.sum((y - numpy.mean(y)) ** 2)
    return c, rss, 1.0 - rss / tss


def linear_fit(x, y):
    A = numpy.transpose(numpy.vstack([x, numpy.ones(len(x))]))
    slope, intercept = numpy.linalg.solve(numpy.dot(A.T, A), numpy.dot(A.T, y))
    xm = x.mean()
    ym = y.mean()
    r = numpy.sum((x - xm) * (y - ym)) / numpy.sqrt(numpy.sum((x - xm) ** 2) * numpy.sum((y - ym) ** 2))
    return slope, intercept, r
