"""Factorials, binomial coefficients, Catalan and Stirling numbers in int64."""
import math


def binomial(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        # exact at every step: result is C(n - k + i, i) here
        result = result * (n - k + i) // i
    return result


def catalan(n: int) -> int:
    return binomial(2 * n, n) // (n + 1)


def derangements(n: int) -> int:
    if n == 0:
        return 1
    a, b = 1, 0  # D(0), D(1)
    for k in range(2, n + 1):
        a, b = b, (k - 1) * (a + b)
    return b


def stirling_approx(n: int) -> float:
    return math.sqrt(2.0 * math.pi * n) * (n / math.e) ** n


if __name__ == "__main__":
    for n in range(0, 21, 5):
        print(n, math.factorial(n))
    print(binomial(5, 2), binomial(10, 0), binomial(10, 10), binomial(10, 11), binomial(10, -1))
    print(binomial(52, 5), binomial(60, 30), binomial(61, 30))
    for n in range(8):
        print(f"row {n}:", end="")
        for k in range(n + 1):
            print(f" {binomial(n, k)}", end="")
        print()
    print("catalan:", catalan(0), catalan(5), catalan(10), catalan(30))
    print("derangements:", derangements(0), derangements(1), derangements(4), derangements(20))
    for n in range(1, 21, 4):
        exact = math.factorial(n)
        approx = stirling_approx(n)
        print(f"{n:2d}! = {exact:20d}  stirling {approx:.6e}  ratio {exact / approx:.8f}")
