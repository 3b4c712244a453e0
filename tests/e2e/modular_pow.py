# Modular exponentiation and a deterministic Miller-Rabin test, all in int64.

#pythran export mod_pow(int, int, int)
#pythran export is_probable_prime(int)


def mul_mod(a, b, m):
    """a * b % m without overflowing 64 bits (double-and-add); needs m < 2**62."""
    result = 0
    a %= m
    while b > 0:
        if b % 2 == 1:
            result = (result + a) % m
        a = (a + a) % m
        b //= 2
    return result


def mod_pow(base, exp, m):
    result = 1 % m
    base %= m
    while exp > 0:
        if exp % 2 == 1:
            result = mul_mod(result, base, m)
        base = mul_mod(base, base, m)
        exp //= 2
    return result


def is_probable_prime(n):
    if n < 2:
        return False
    small = 2
    while small < 38:
        if n % small == 0:
            return n == small
        small += 1
    d = n - 1
    r = 0
    while d % 2 == 0:
        d //= 2
        r += 1
    # these witnesses are enough for every n < 3.3e24
    a = 2
    while a < 38:
        if is_witness_prime(a):
            x = mod_pow(a, d, n)
            if x != 1 and x != n - 1:
                composite = True
                for _ in range(r - 1):
                    x = mul_mod(x, x, n)
                    if x == n - 1:
                        composite = False
                        break
                if composite:
                    return False
        a += 1
    return True


def is_witness_prime(a):
    return a == 2 or a == 3 or a == 5 or a == 7 or a == 11 or a == 13 or a == 17 or a == 19 or a == 23 or a == 29 or a == 31 or a == 37


if __name__ == "__main__":
    print(mod_pow(2, 10, 1000), mod_pow(3, 200, 13), mod_pow(7, 0, 1), mod_pow(5, 117, 19))
    print(mod_pow(2, 1000000, 1000000007), mod_pow(123456789, 987654321, 998244353))
    print(mod_pow(10, 18, 4611686018427387847), mod_pow(3, 4611686018427387846, 4611686018427387847))
    print(mul_mod(4611686018427387846, 4611686018427387846, 4611686018427387847), mul_mod(-3, 5, 7))
    for n in range(90, 110):
        if is_probable_prime(n):
            print("prime", n)
    print(is_probable_prime(1000000007), is_probable_prime(1000000007 * 998244353))
    print(is_probable_prime(4611686018427387847), is_probable_prime(4611686018427387903))
    print(is_probable_prime(3215031751), is_probable_prime(561))
