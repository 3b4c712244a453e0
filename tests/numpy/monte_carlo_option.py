"""Monte Carlo pricing of options from pre-generated standard normal draws: a European
call with and without antithetic variates, a capped call, (compared with the closed form written with
scipy.special.ndtr), and an arithmetic-average Asian call on simulated paths, both
vectorised and with an explicit time loop."""
#setup: import numpy as np; np.random.seed(16); z = np.random.randn(20000); Z = np.random.randn(2000, 50); z1 = np.array([0.3])
#run: mc_european_call(100.0, 100.0, 0.05, 0.2, 1.0, z)
#run: mc_european_call(100.0, 100.0, 0.05, 0.2, 1.0, z1)
#run: antithetic_call(100.0, 110.0, 0.05, 0.25, 0.5, z)
#run: bs_call_erf(100.0, 100.0, 0.05, 0.2, 1.0)
#run: capped_call(100.0, 100.0, 0.05, 0.2, 1.0, 15.0, z)
#run: mc_asian_call(100.0, 100.0, 0.05, 0.2, 1.0, Z)
#run: mc_asian_call_loop(100.0, 100.0, 0.05, 0.2, 1.0, Z)
import numpy as np
import scipy.special as sp


def bs_call_ndtr(S, K, r, sigma, T):
    d1 = (np.log(S / K) + (r + sigma ** 2 / 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    return S * sp.ndtr(d1) - K * np.exp(-r * T) * sp.ndtr(d2)


def bs_call_erf(S, K, r, sigma, T):
    """Same closed form with Phi(x) = (1 + erf(x / sqrt 2)) / 2 and erfc for the tail."""
    d1 = (np.log(S / K) + (r + sigma ** 2 / 2) * T) / (sigma * np.sqrt(T))
    d2 = d1 - sigma * np.sqrt(T)
    phi1 = 0.5 * (1.0 + sp.erf(d1 / np.sqrt(2.0)))
    phi2 = 0.5 * sp.erfc(-d2 / np.sqrt(2.0))
    price = S * phi1 - K * np.exp(-r * T) * phi2
    return price, bs_call_ndtr(S, K, r, sigma, T)


def mc_european_call(S0, K, r, sigma, T, z):
    ST = S0 * np.exp((r - 0.5 * sigma ** 2) * T + sigma * np.sqrt(T) * z)
    payoff = np.exp(-r * T) * np.maximum(ST - K, 0.0)
    n = z.size
    price = payoff.mean()
    stderr = payoff.std() / np.sqrt(n)
    return price, stderr, price - bs_call_ndtr(S0, K, r, sigma, T)


def antithetic_call(S0, K, r, sigma, T, z):
    drift = (r - 0.5 * sigma ** 2) * T
    vol = sigma * np.sqrt(T)
    up = np.maximum(S0 * np.exp(drift + vol * z) - K, 0.0)
    down = np.maximum(S0 * np.exp(drift - vol * z) - K, 0.0)
    pair = 0.5 * np.exp(-r * T) * (up + down)
    return np.mean(pair), np.std(pair) / np.sqrt(len(z)), bs_call_ndtr(S0, K, r, sigma, T)


def capped_call(S0, K, r, sigma, T, cap, z):
    """Call whose payoff is limited to cap: min(max(S_T - K, 0), cap)."""
    ST = S0 * np.exp((r - 0.5 * sigma ** 2) * T + sigma * np.sqrt(T) * z)
    payoff = np.minimum(np.maximum(ST - K, 0.0), cap)
    hit = np.sum(np.where(ST - K >= cap, 1, 0))
    return np.exp(-r * T) * payoff.mean(), hit / len(z)


def mc_asian_call(S0, K, r, sigma, T, Z):
    n_paths, n_steps = Z.shape
    dt = T / n_steps
    increments = (r - 0.5 * sigma ** 2) * dt + sigma * np.sqrt(dt) * Z
    paths = S0 * np.exp(np.cumsum(increments, axis=1))
    avg = paths.mean(axis=1)
    payoff = np.exp(-r * T) * np.maximum(avg - K, 0)
    return np.mean(payoff), np.std(payoff) / np.sqrt(n_paths)


def mc_asian_call_loop(S0, K, r, sigma, T, Z):
    n_paths = Z.shape[0]
    n_steps = Z.shape[1]
    dt = T / n_steps
    S = np.full(n_paths, S0)
    running = np.zeros(n_paths)
    for k in range(n_steps):
        S = S * np.exp((r - 0.5 * sigma ** 2) * dt + sigma * np.sqrt(dt) * Z[:, k])
        running += S
    payoff = np.exp(-r * T) * np.maximum(running / n_steps - K, 0.0)
    return payoff.mean()
