"""sys.getrecursionlimit / sys.setrecursionlimit: the frame count Python allows, exactly at the
boundary (the module's frame counts as one), mutual recursion, and a raised limit."""
import sys


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def collatz_steps(n):
    """Not recursive: never guarded."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    print(sys.getrecursionlimit())
    print(count_down(998))
    print(is_even(990), is_odd(997))
    print(collatz_steps(27))
    sys.setrecursionlimit(6000)
    print(sys.getrecursionlimit())
    print(count_down(5500))
    print(is_even(5990))
    sys.setrecursionlimit(60)
    print(count_down(58))
    print(count_down(59))
