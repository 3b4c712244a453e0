"""Black-Scholes prices and Greeks of European options with scipy.stats.norm:
call and put prices, delta, gamma, vega, theta, the implied volatility
by Newton's method on vega, and real-world probabilities / the log-normal density of
the terminal price through norm's loc and scale arguments."""
#setup: import numpy as np; S = np.linspace(50.0, 150.0, 101); ST = np.linspace(60.0, 160.0, 51)
#run: bs_price(S, 100.0, 0.03, 0.2, 0.5)
#run: bs_price(100.0, 100.0, 0.05, 0.2, 1.0)
#run: greeks(S, 100.0, 0.03, 0.2, 0.5)
#run: implied_vol(10.450583572185565, 100.0, 100.0, 0.05, 1.0)
#run: implied_vol(2.0, 90.0, 100.0, 0.01, 0.25)
#run: terminal_distribution(ST, 100.0, 0.08, 0.2, 1.0, 110.0)
import numpy as np
from scipy.stats import norm


def d1_d2(S, K, r, sigma, T):
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return d1, d2


def bs_price(S, K, r, sigma, T):
    d1, d2 = d1_d2(S, K, r, sigma, T)
    disc = K * np.exp(-r * T)
    call = S * norm.cdf(d1) - disc * norm.cdf(d2)
    put = disc * norm.cdf(-d2) - S * norm.cdf(-d1)
    return call, put


def greeks(S, K, r, sigma, T):
    d1, d2 = d1_d2(S, K, r, sigma, T)
    sqrtT = np.sqrt(T)
    delta = norm.cdf(d1)
    gamma = norm.pdf(d1) / (S * sigma * sqrtT)
    vega = S * norm.pdf(d1) * sqrtT
    theta = -S * norm.pdf(d1) * sigma / (2 * sqrtT) - r * K * np.exp(-r * T) * norm.cdf(d2)
    return delta, gamma, vega, theta


def implied_vol(price, S, K, r, T):
    sigma = 0.3
    for it in range(100):
        call, put = bs_price(S, K, r, sigma, T)
        d1, d2 = d1_d2(S, K, r, sigma, T)
        vega = S * norm.pdf(d1) * np.sqrt(T)
        diff = call - price
        if abs(diff) < 1e-12:
            break
        sigma = sigma - diff / vega
    return sigma, it


def terminal_distribution(x, S0, mu, sigma, T, K):
    """Density of S_T on the grid x and P(S_T > K) when log S_T ~ N(m, s^2)."""
    m = np.log(S0) + (mu - 0.5 * sigma ** 2) * T
    s = sigma * np.sqrt(T)
    density = norm.pdf(np.log(x), loc=m, scale=s) / x
    p_itm = 1.0 - norm.cdf(np.log(K), loc=m, scale=s)
    mass = np.sum(0.5 * (density[1:] + density[:-1]) * (x[1:] - x[:-1]))
    return density, p_itm, mass
