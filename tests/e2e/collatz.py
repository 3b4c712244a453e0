# Collatz (3n + 1) sequences: step counts and peak values.

#pythran export collatz_steps(int)
#pythran export collatz_peak(int)
#pythran export longest_below(int)


def next_term(n):
    if n % 2 == 0:
        return n // 2
    return 3 * n + 1


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = next_term(n)
        steps += 1
    return steps


def collatz_peak(n):
    peak = n
    while n != 1:
        n = next_term(n)
        if n > peak:
            peak = n
    return peak


def longest_below(limit):
    best_n = 1
    best_steps = 0
    for n in range(1, limit):
        s = collatz_steps(n)
        if s > best_steps:
            best_n, best_steps = n, s
    return best_n, best_steps


if __name__ == "__main__":
    for n in range(1, 11):
        print(f"{n:3d}: {collatz_steps(n):4d} steps, peak {collatz_peak(n)}")
    print(collatz_steps(27), collatz_peak(27))
    print(collatz_steps(837799), collatz_peak(837799))
    print(longest_below(10000))
    print(collatz_peak(8400511))
