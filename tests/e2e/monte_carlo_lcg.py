# Monte Carlo estimates driven by a linear congruential generator (pure int arithmetic).

#pythran export lcg_next(int)
#pythran export estimate_pi(int, int)
#pythran export uniform_mean(int, int)

def lcg_next(state):
    # a = 1103515245, c = 12345, m = 2**31: the classic ANSI C constants
    return (1103515245 * state + 12345) % 2147483648


def to_unit(state):
    return state / 2147483648


def estimate_pi(samples, seed):
    state = seed
    inside = 0
    for _ in range(samples):
        state = lcg_next(state)
        x = to_unit(state)
        state = lcg_next(state)
        y = to_unit(state)
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def uniform_mean(samples, seed):
    state = seed
    total = 0.0
    total_sq = 0.0
    for _ in range(samples):
        state = lcg_next(state)
        u = to_unit(state)
        total += u
        total_sq += u * u
    mean = total / samples
    var = total_sq / samples - mean * mean
    return mean, var


def dice_histogram(rolls, seed):
    state = seed
    sixes = 0
    ones = 0
    for _ in range(rolls):
        state = lcg_next(state)
        face = (state // 65536) % 6 + 1
        if face == 6:
            sixes += 1
        elif face == 1:
            ones += 1
    return ones, sixes


def park_miller(state):
    return 16807 * state % 2147483647


if __name__ == "__main__":
    s = 42
    for _ in range(5):
        s = lcg_next(s)
        print(s, to_unit(s))
    print("pi ~", estimate_pi(1000, 1), estimate_pi(100000, 2024))
    print("mean/var:", uniform_mean(50000, 7))
    print("dice:", dice_histogram(60000, 99))
    p = 1
    for _ in range(10000):
        p = park_miller(p)
    print("park-miller 10000th:", p)
