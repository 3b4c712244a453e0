# Mutually recursive functions.

#pythran export is_even(int)
#pythran export is_odd(int)
#pythran export hofstadter_f(int)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


def ping(n, depth):
    if n <= 0:
        return depth
    return pong(n - 3, depth + 1)


def pong(n, depth):
    if n <= 0:
        return -depth
    return ping(n + 1, depth + 1)


if __name__ == "__main__":
    print(is_even(0), is_even(7), is_even(10), is_odd(7), is_odd(200))
    for n in range(15):
        print(hofstadter_f(n), end=" ")
    print()
    for n in range(15):
        print(hofstadter_m(n), end=" ")
    print()
    print(hofstadter_f(40), hofstadter_m(40))
    print(ping(10, 0), ping(11, 0), pong(5, 0))
