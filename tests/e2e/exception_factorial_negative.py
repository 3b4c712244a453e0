"""Permutation counts with math.factorial; a negative argument is rejected."""
import math


def permutations(n: int, k: int) -> int:
    return math.factorial(n) // math.factorial(n - k)


if __name__ == "__main__":
    print(permutations(5, 2), permutations(10, 10), permutations(20, 3))
    print(permutations(3, 4))
