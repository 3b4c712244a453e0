"""math.gamma, math.lgamma and math.hypot are CPython's own algorithms, not libm's: the compiled
results must print the same repr (so the same bits) for thousands of pseudo-random arguments."""
import math


def next_state(state):
    """A 31-bit linear congruential generator (products stay within 64 bits)."""
    return (state * 1103515245 + 12345) % 2147483648


def unit(state):
    """A float in [0, 1) with 49 bits from two steps of the generator."""
    second = next_state(state)
    return ((state >> 4) * 4194304 + (second >> 9)) / 562949953421312.0


if __name__ == "__main__":
    state = 12345
    for k in range(400):
        state = next_state(state)
        x = unit(state) * 60.0 - 30.0
        if x != math.floor(x):
            g = math.gamma(x)
            lg = math.lgamma(x)
            print(repr(x), repr(g), repr(lg))
    for k in range(300):
        state = next_state(state)
        x = unit(state) * 171.0 + 0.5
        state = next_state(state)
        y = (unit(state) - 0.5) * 10.0 ** (k % 21 - 20)
        print(repr(math.gamma(x)), repr(math.lgamma(x * 1e6)), repr(math.lgamma(y)), repr(math.gamma(y)))
    for k in range(500):
        state = next_state(state)
        a = (unit(state) - 0.5) * 2.0 ** (k % 200 - 100)
        state = next_state(state)
        b = (unit(state) - 0.5) * 2.0 ** (k % 7 * 30 - 100)
        print(repr(math.hypot(a, b)), repr(math.hypot(a * 1e300, b * 1e300)), repr(math.hypot(a * 1e-300, b * 1e-310)))
    print(math.hypot(3.0, 4.0), math.hypot(math.inf, math.nan), math.hypot(-0.0, 0.0), math.hypot(1e308, 1e308))
    print(math.gamma(0.5) ** 2, math.lgamma(0.5), math.gamma(-0.5), math.gamma(1e-300), math.gamma(-190.5))
    print(math.gamma(170.5), math.lgamma(1e300), math.lgamma(-2.5), math.lgamma(2.0), math.lgamma(1.0))
