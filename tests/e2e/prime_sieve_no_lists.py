# Prime numbers without lists: trial division, counting, twin primes, factorizing.

#pythran export is_prime(int)
#pythran export count_primes(int)
#pythran export nth_prime(int)


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


def nth_prime(k):
    n = 1
    found = 0
    while found < k:
        n += 1
        if is_prime(n):
            found += 1
    return n


def twin_primes_below(limit):
    pairs = 0
    last = 0
    for p in range(3, limit - 2, 2):
        if is_prime(p) and is_prime(p + 2):
            pairs += 1
            last = p
    return pairs, last


def print_factorization(n):
    print(n, "=", end="")
    sep = " "
    d = 2
    while d * d <= n:
        while n % d == 0:
            print(sep + str(d), end="")
            sep = " * "
            n //= d
        d += 1
    if n > 1:
        print(sep + str(n), end="")
    print()


def largest_prime_factor(n):
    d = 2
    last = 1
    while d * d <= n:
        while n % d == 0:
            last = d
            n //= d
        d += 1
    return n if n > 1 else last


if __name__ == "__main__":
    for n in range(-1, 30):
        if is_prime(n):
            print(n, end=" ")
    print()
    print(count_primes(10), count_primes(100), count_primes(10000))
    print(nth_prime(1), nth_prime(100), nth_prime(1000))
    print(twin_primes_below(1000))
    print_factorization(360)
    print_factorization(97)
    print_factorization(600851475143)
    print_factorization(9223372036854775807)
    print(largest_prime_factor(600851475143), is_prime(2147483647), is_prime(1000000007 * 3))
