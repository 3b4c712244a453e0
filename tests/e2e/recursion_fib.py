"""Fibonacci numbers: naive recursion, iteration and fast doubling."""

#pythran export fib(int)
#pythran export fib_iter(int)
#pythran export fib_pair(int)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_pair(n):
    """Return (F(n), F(n+1)) using fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def tribonacci(n):
    if n == 0 or n == 1:
        return 0
    if n == 2:
        return 1
    return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)


if __name__ == "__main__":
    for i in range(15):
        print(i, fib(i), fib_iter(i))
    print("fib(27) =", fib(27))
    print("fib_iter(90) =", fib_iter(90))
    print("fib_iter(92) =", fib_iter(92))
    print("fib_pair(50) =", fib_pair(50))
    print("fib_pair(91)[0] =", fib_pair(91)[0])
    print("tribonacci:", tribonacci(10), tribonacci(20))
    ratio = fib_iter(40) / fib_iter(39)
    print("golden ratio approx", ratio, abs(ratio - (1 + 5 ** 0.5) / 2) < 1e-15)
