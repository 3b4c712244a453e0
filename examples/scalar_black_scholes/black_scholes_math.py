"""European option prices with the Black-Scholes formula, using only the math module.

The NumPy/SciPy version of the same formulas lives in examples/black_scholes (arrays of options);
this scalar one shows the core pipeline: Python floats in, Python floats out.
"""
import math


def norm_cdf(x: float) -> float:
    """Standard normal cumulative distribution function."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def d1_d2(S, K, T, r, sigma):
    d1 = (math.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * math.sqrt(T))
    return d1, d1 - sigma * math.sqrt(T)


def euro_vanilla(S: float, K: float, T: float, r: float, sigma: float, option: str = "call") -> float:
    """Price of a European call or put."""
    d1, d2 = d1_d2(S, K, T, r, sigma)
    if option == "call":
        return S * norm_cdf(d1) - K * math.exp(-r * T) * norm_cdf(d2)
    elif option == "put":
        return K * math.exp(-r * T) * norm_cdf(-d2) - S * norm_cdf(-d1)
    raise ValueError(f"unknown option type {option!r}")


if __name__ == "__main__":
    for strike in range(60, 141, 20):
        call = euro_vanilla(100.0, strike, 1.0, 0.05, 0.25)
        put = euro_vanilla(100.0, strike, 1.0, 0.05, 0.25, option="put")
        # put-call parity: C - P = S - K e^{-rT}
        parity = call - put - (100.0 - strike * math.exp(-0.05))
        print(f"K={strike:3d}  call={call:9.4f}  put={put:9.4f}  parity error={parity:.1e}")
    print(euro_vanilla(50.0, 100.0, 1.0, 0.05, 0.25, "put"))
