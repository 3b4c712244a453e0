"""A seeded Monte-Carlo pricer for a European call and an arithmetic Asian call under
geometric Brownian motion: the program seeds NumPy's global generator itself, so the compiled
code must draw exactly NumPy's numbers (np.random.seed, standard_normal, normal) for the prices
to agree; they are then compared with the auto tolerance (exp may round differently)."""
#run: european_call(2024, 100.0, 105.0, 1.0, 0.03, 0.2, 20000)
#run: european_call(7, 50.0, 40.0, 0.5, 0.01, 0.35, 5001)
#run: asian_call(99, 100.0, 100.0, 1.0, 0.02, 0.25, 64, 2000)
import numpy as np


def european_call(seed, S0, K, T, r, sigma, n_paths):
    np.random.seed(seed)
    z = np.random.standard_normal(n_paths)
    ST = S0 * np.exp((r - 0.5 * sigma * sigma) * T + sigma * np.sqrt(T) * z)
    payoff = np.maximum(ST - K, 0.0)
    price = np.exp(-r * T) * np.mean(payoff)
    stderr = np.exp(-r * T) * np.std(payoff) / np.sqrt(n_paths)
    return price, stderr, z


def asian_call(seed, S0, K, T, r, sigma, n_steps, n_paths):
    np.random.seed(seed)
    dt = T / n_steps
    drift = (r - 0.5 * sigma * sigma) * dt
    vol = sigma * np.sqrt(dt)
    total = 0.0
    for p in range(n_paths):
        increments = np.random.normal(drift, vol, n_steps)
        path = S0 * np.exp(np.cumsum(increments))
        total += max(np.mean(path) - K, 0.0)
    return np.exp(-r * T) * total / n_paths
