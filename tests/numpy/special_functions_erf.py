"""Error-function applications with scipy.special: identities between erf, erfc and
ndtr, the Maclaurin series of erf summed by a term recurrence, the concentration
profile c0 erfc(x / (2 sqrt(D t))) of diffusion into a semi-infinite medium on a
(time, position) grid, and interval probabilities of a normal variable."""
#setup: import numpy as np; xs = np.linspace(-3.0, 3.0, 601); xsmall = np.linspace(-2.0, 2.0, 81)
#setup: depth = np.linspace(0.0, 0.01, 101); times = np.linspace(60.0, 3600.0, 60)
#run: erf_identities(xs)
#run: erf_series(xsmall, 60)
#run: erf_series(0.5, 30)
#run: diffusion_profile(depth, times, 1e-9, 2.5)
#run: normal_interval(10.0, 2.0, 8.0, 13.0)
import numpy as np
import scipy.special as sp


def erf_identities(x):
    """erf and erfc, and the normal CDF both from ndtr and as erfc(-x / sqrt 2) / 2."""
    e = sp.erf(x)
    ec = sp.erfc(x)
    phi = sp.ndtr(x)
    phi_from_erfc = 0.5 * sp.erfc(-x / np.sqrt(2.0))
    return e, ec, phi, phi_from_erfc


def erf_series(x, nterms):
    """erf x = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1))."""
    term = x
    total = x
    x2 = x * x
    for n in range(1, nterms):
        term = -term * x2 / n
        total = total + term / (2 * n + 1)
    approx = 2.0 / np.sqrt(np.pi) * total
    return approx, np.max(np.abs(term)), sp.erf(x)


def diffusion_profile(x, t, D, c0):
    eta = x[np.newaxis, :] / (2.0 * np.sqrt(D * t[:, np.newaxis]))
    c = c0 * sp.erfc(eta)
    uptake = 2.0 * c0 * np.sqrt(D * t / np.pi)
    return c, uptake


def normal_interval(mu, sigma, lo, hi):
    p = sp.ndtr((hi - mu) / sigma) - sp.ndtr((lo - mu) / sigma)
    p_erf = 0.5 * (sp.erf((hi - mu) / (sigma * np.sqrt(2))) - sp.erf((lo - mu) / (sigma * np.sqrt(2))))
    return p, p_erf
