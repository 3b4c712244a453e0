"""while loops with break and continue, and for loops that stop early."""


def first_multiple(n: int, k: int) -> int:
    """First multiple of k that is >= n, found by stepping."""
    x = n
    while True:
        if x % k == 0:
            break
        x += 1
    return x


def sum_skipping(n: int, skip: int) -> int:
    total = 0
    for i in range(n):
        if i % skip == 0:
            continue
        total += i
    return total


def digits_until_zero(n: int) -> int:
    count = 0
    while n > 0:
        d = n % 10
        n //= 10
        if d == 0:
            break
        count += 1
    return count


def find_pair(target: int) -> tuple[int, int]:
    """First (a, b), a <= b, with a*a + b*b == target, or (-1, -1)."""
    found_a = -1
    found_b = -1
    a = 0
    while a * a <= target:
        b = a
        while a * a + b * b <= target:
            if a * a + b * b == target:
                found_a, found_b = a, b
                break
            b += 1
        if found_a >= 0:
            break
        a += 1
    return found_a, found_b


if __name__ == "__main__":
    print(first_multiple(10, 7), first_multiple(14, 7), first_multiple(-5, 3), first_multiple(0, 5))
    print(sum_skipping(10, 3), sum_skipping(100, 1), sum_skipping(100, 7))
    print(digits_until_zero(12345), digits_until_zero(12045), digits_until_zero(1000), digits_until_zero(0))
    print(find_pair(25), find_pair(50), find_pair(3), find_pair(0), find_pair(1000000))
    i = 0
    while i < 10:
        i += 1
        if i % 2:
            continue
        if i > 7:
            break
        print("even", i)
    print("stopped at", i)
    n = 100
    while n > 1:
        n = n // 3 if n % 3 == 0 else n - 1
    print("n =", n)
    count = 0
    for a in range(10):
        for b in range(10):
            if b > a:
                break
            if (a + b) % 3 == 0:
                continue
            count += 1
    print("count =", count)
