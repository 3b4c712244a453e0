"""Black-Scholes European option prices and Greeks for scalar inputs."""
from math import erf, exp, log, pi, sqrt


def norm_cdf(x):
    return 0.5 * (1.0 + erf(x / sqrt(2.0)))


def norm_pdf(x):
    return exp(-0.5 * x * x) / sqrt(2.0 * pi)


def d1_d2(spot, strike, rate, vol, t):
    d1 = (log(spot / strike) + (rate + 0.5 * vol * vol) * t) / (vol * sqrt(t))
    return d1, d1 - vol * sqrt(t)


def call_price(spot: float, strike: float, rate: float, vol: float, t: float) -> float:
    d1, d2 = d1_d2(spot, strike, rate, vol, t)
    return spot * norm_cdf(d1) - strike * exp(-rate * t) * norm_cdf(d2)


def put_price(spot: float, strike: float, rate: float, vol: float, t: float) -> float:
    d1, d2 = d1_d2(spot, strike, rate, vol, t)
    return strike * exp(-rate * t) * norm_cdf(-d2) - spot * norm_cdf(-d1)


def greeks(spot: float, strike: float, rate: float, vol: float, t: float) -> tuple[float, float, float]:
    d1, d2 = d1_d2(spot, strike, rate, vol, t)
    delta = norm_cdf(d1)
    gamma = norm_pdf(d1) / (spot * vol * sqrt(t))
    vega = spot * norm_pdf(d1) * sqrt(t)
    return delta, gamma, vega


def implied_vol(price: float, spot: float, strike: float, rate: float, t: float) -> float:
    lo, hi = 1e-6, 5.0
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        if call_price(spot, strike, rate, mid, t) > price:
            hi = mid
        else:
            lo = mid
    return 0.5 * (lo + hi)


if __name__ == "__main__":
    print(norm_cdf(0.0), norm_cdf(1.96), norm_cdf(-1.96), norm_cdf(8.0))
    c = call_price(100.0, 100.0, 0.05, 0.2, 1.0)
    p = put_price(100.0, 100.0, 0.05, 0.2, 1.0)
    print(f"call {c:.6f} put {p:.6f}")
    parity = c - p - (100.0 - 100.0 * exp(-0.05))
    print(f"put-call parity residual {abs(parity):.1e}")
    for k in range(80, 121, 10):
        strike = k * 1.0
        print(f"K={k:4d} call={call_price(100.0, strike, 0.01, 0.3, 0.5):9.4f} put={put_price(100.0, strike, 0.01, 0.3, 0.5):9.4f}")
    delta, gamma, vega = greeks(100.0, 105.0, 0.03, 0.25, 2.0)
    print(f"delta {delta:.6f} gamma {gamma:.6f} vega {vega:.6f}")
    print(f"implied vol {implied_vol(c, 100.0, 100.0, 0.05, 1.0):.10f}")
