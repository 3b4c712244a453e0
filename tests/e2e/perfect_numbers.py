# Divisor sums: perfect, abundant and amicable numbers.

#pythran export divisor_sum(int)
#pythran export classify(int)


def divisor_sum(n):
    """Sum of the proper divisors of n."""
    if n <= 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total


def classify(n):
    s = divisor_sum(n)
    if s == n:
        return "perfect"
    return "abundant" if s > n else "deficient"


if __name__ == "__main__":
    for n in range(1, 13):
        print(n, divisor_sum(n), classify(n))
    for n in range(2, 10000):
        if classify(n) == "perfect":
            print("perfect:", n)
    print(classify(33550336), classify(8128), classify(945))
    for a in range(2, 3000):
        b = divisor_sum(a)
        if b > a and divisor_sum(b) == a:
            print("amicable:", a, b)
    abundant = 0
    for n in range(1, 1001):
        if classify(n) == "abundant":
            abundant += 1
    print("abundant below 1001:", abundant)
