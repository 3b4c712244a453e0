"""Greatest common divisors: Euclid (recursive and iterative), extended Euclid, math.gcd."""
import math


def gcd_rec(a: int, b: int) -> int:
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)


def gcd_iter(a: int, b: int) -> int:
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd_iter(a, b) * b)


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g."""
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    return old_r, old_s, old_t


def mod_inverse(a: int, m: int) -> int:
    g, x, _ = extended_gcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m


if __name__ == "__main__":
    pairs_a = 48
    pairs_b = 18
    print(gcd_rec(pairs_a, pairs_b), gcd_iter(pairs_a, pairs_b), math.gcd(pairs_a, pairs_b))
    print(gcd_rec(-48, 18), gcd_iter(48, -18), math.gcd(-48, -18))
    print(gcd_rec(0, 5), gcd_rec(5, 0), gcd_rec(0, 0), math.gcd(0, 0), math.gcd(0, -7))
    print(gcd_iter(1071, 462), gcd_rec(2 ** 40, 6 ** 20), math.gcd(9223372036854775807, 7))
    print(lcm(4, 6), lcm(21, 6), lcm(0, 9), lcm(-4, 6), lcm(1000000007, 998244353))
    running = 1
    for k in range(1, 21):
        running = lcm(running, k)
    print("lcm(1..20) =", running)
    print(extended_gcd(240, 46), extended_gcd(17, 5), extended_gcd(-30, 12))
    print(mod_inverse(3, 11), mod_inverse(10, 17), mod_inverse(123456, 1000000007))
    coprime = 0
    for i in range(1, 101):
        for j in range(1, 101):
            if math.gcd(i, j) == 1:
                coprime += 1
    print("coprime pairs:", coprime, coprime / 10000)
