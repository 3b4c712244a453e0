"""Portfolio analytics on a price series: simple and log returns, cumulative growth,
maximum drawdown with its peak and trough dates, an annualised summary (return,
volatility, Sharpe ratio), and returns from a series with missing (NaN) prices."""
#setup: import numpy as np; np.random.seed(15); prices = 100.0 * np.exp(np.cumsum(0.01 * np.random.randn(2000) + 0.0002))
#setup: p_nan = prices[:300].copy(); p_nan[10] = np.nan; p_nan[200] = np.nan; p2 = np.array([100.0, 90.0])
#run: simple_returns(prices)
#run: log_returns(prices)
#run: cumulative_growth(prices)
#run: max_drawdown(prices)
#run: max_drawdown(p2)
#run: performance_summary(prices, 252)
#run: clean_returns(p_nan)
import numpy as np


def simple_returns(p):
    return p[1:] / p[:-1] - 1.0


def log_returns(p):
    return np.log(p[1:]) - np.log(p[:-1])


def cumulative_growth(p):
    r = simple_returns(p)
    g1 = np.cumprod(1.0 + r)
    g2 = np.exp(np.cumsum(np.log1p(r)))
    return g1, g2


def max_drawdown(p):
    n = len(p)
    peak = np.empty(n)
    peak[0] = p[0]
    for i in range(1, n):
        peak[i] = max(peak[i - 1], p[i])
    dd = p / peak - 1.0
    trough = np.argmin(dd)
    start = np.argmax(p[:trough + 1])
    return dd[trough], start, trough


def performance_summary(p, periods_per_year):
    r = log_returns(p)
    mu = r.mean() * periods_per_year
    vol = r.std() * np.sqrt(periods_per_year)
    sharpe = mu / vol
    total = p[-1] / p[0] - 1
    best = np.max(r)
    worst = np.min(r)
    return mu, vol, sharpe, total, best, worst


def clean_returns(p):
    r = p[1:] / p[:-1] - 1.0
    ok = np.isfinite(r)
    n_missing = np.sum(np.isnan(p))
    r_clean = np.where(ok, r, 0.0)
    n_ok = np.sum(ok)
    mean_r = np.sum(r_clean) / n_ok
    return r_clean, n_missing, mean_r
