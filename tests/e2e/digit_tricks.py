# Digit manipulation with // and %: sums, reversal, palindromes, Armstrong numbers.

#pythran export digit_sum(int)
#pythran export reverse_number(int)
#pythran export is_armstrong(int)


def digit_sum(n):
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def reverse_number(n):
    sign = -1 if n < 0 else 1
    n = abs(n)
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return sign * r


def is_palindrome(n):
    return n >= 0 and reverse_number(n) == n


def count_digits(n):
    count = 1
    while n >= 10:
        n //= 10
        count += 1
    return count


def is_armstrong(n):
    k = count_digits(n)
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


def to_base(n, base):
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n > 0:
        d = n % base
        out = digit_char(d) + out
        n //= base
    return "-" + out if neg else out


def digit_char(d):
    if d < 10:
        return str(d)
    if d == 10:
        return "a"
    if d == 11:
        return "b"
    if d == 12:
        return "c"
    if d == 13:
        return "d"
    if d == 14:
        return "e"
    return "f"


if __name__ == "__main__":
    print(digit_sum(0), digit_sum(12345), digit_sum(-987), digit_sum(9223372036854775807))
    print(reverse_number(12345), reverse_number(-120), reverse_number(1000), reverse_number(7))
    print(is_palindrome(12321), is_palindrome(12345), is_palindrome(-121), is_palindrome(0))
    for n in range(1, 1000):
        if is_armstrong(n) and n > 9:
            print("armstrong", n)
    print(is_armstrong(9474), is_armstrong(9475))
    print(to_base(255, 2), to_base(255, 16), to_base(-42, 8), to_base(0, 3), to_base(1000000, 7))
    count = 0
    for n in range(10, 100000):
        if is_palindrome(n) and is_palindrome(n * n):
            count += 1
            print("square palindrome", n, n * n)
    print(count)
