"""European option prices under the Black–Scholes model.

Every pricer works on Python floats and, unchanged, on NumPy arrays of float64 (one option per
element), because NumPy's element-wise functions and scipy.stats.norm broadcast.

S: spot price, K: strike, T: time to maturity in years, r: risk-free rate (continuous),
q: continuous dividend yield, sigma: volatility of the underlying.
"""
import numpy as np
from scipy.stats import norm


def euro_vanilla_call(S, K, T, r, sigma):
    """Price of a European call option."""
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    call = S * norm.cdf(d1, 0.0, 1.0) - K * np.exp(-r * T) * norm.cdf(d2, 0.0, 1.0)
    return call


def euro_vanilla_put(S, K, T, r, sigma):
    """Price of a European put option."""
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    put = K * np.exp(-r * T) * norm.cdf(-d2, 0.0, 1.0) - S * norm.cdf(-d1, 0.0, 1.0)
    return put


def euro_vanilla(S, K, T, r, sigma, option='call'):
    """Price of a European option; `option` is 'call' or 'put'."""
    d1 = (np.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    if option == 'call':
        result = S * norm.cdf(d1, 0.0, 1.0) - K * np.exp(-r * T) * norm.cdf(d2, 0.0, 1.0)
    elif option == 'put':
        result = K * np.exp(-r * T) * norm.cdf(-d2, 0.0, 1.0) - S * norm.cdf(-d1, 0.0, 1.0)
    else:
        raise ValueError("option must be 'call' or 'put'")
    return result


def black_scholes_call_div(S, K, T, r, q, sigma):
    """Price of a European call on an asset paying a continuous dividend yield q."""
    d1 = (np.log(S / K) + (r - q + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - q - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    call = S * np.exp(-q * T) * norm.cdf(d1, 0.0, 1.0) - K * np.exp(-r * T) * norm.cdf(d2, 0.0, 1.0)
    return call


def black_scholes_put_div(S, K, T, r, q, sigma):
    """Price of a European put on an asset paying a continuous dividend yield q."""
    d1 = (np.log(S / K) + (r - q + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - q - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    put = K * np.exp(-r * T) * norm.cdf(-d2, 0.0, 1.0) - S * np.exp(-q * T) * norm.cdf(-d1, 0.0, 1.0)
    return put


def euro_vanilla_dividend(S, K, T, r, q, sigma, option='call'):
    """Price of a European option with continuous dividend yield; `option` is 'call' or 'put'."""
    d1 = (np.log(S / K) + (r - q + 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    d2 = (np.log(S / K) + (r - q - 0.5 * sigma ** 2) * T) / (sigma * np.sqrt(T))
    if option == 'call':
        result = S * np.exp(-q * T) * norm.cdf(d1, 0.0, 1.0) - K * np.exp(-r * T) * norm.cdf(d2, 0.0, 1.0)
    elif option == 'put':
        result = K * np.exp(-r * T) * norm.cdf(-d2, 0.0, 1.0) - S * np.exp(-q * T) * norm.cdf(-d1, 0.0, 1.0)
    else:
        raise ValueError("option must be 'call' or 'put'")
    return result
