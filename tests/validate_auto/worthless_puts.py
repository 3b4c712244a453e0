"""Black-Scholes puts, most of them deep out of the money (prices down to 1e-100): the formula's
two terms cancel, so the last digits of tiny prices depend on the exp/log roundings."""
import numpy as np
from scipy.stats import norm

#setup: import numpy as np; rng = np.random.default_rng(11); n = 2000
#setup: S = rng.uniform(300.0, 2000.0, n); K = rng.uniform(10.0, 60.0, n); T = rng.uniform(0.05, 3.0, n)
#setup: r = rng.uniform(0.0, 0.08, n); sigma = rng.uniform(0.05, 0.5, n)
#run: put_price(S, K, T, r, sigma)


def put_price(S, K, T, r, sigma):
    d1 = (np.log(S / K) + (r + 0.5 * sigma**2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return K * np.exp(-r * T) * norm.cdf(-d2) - S * norm.cdf(-d1)
