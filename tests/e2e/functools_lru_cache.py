"""functools.lru_cache and functools.cache on module functions."""
import functools
from functools import lru_cache, cache

calls = [0]


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


@lru_cache(maxsize=2)
def square(x):
    calls[0] += 1
    print("computing", x)
    return x * x


@lru_cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@lru_cache(maxsize=None)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@lru_cache(None)
def norm(p: tuple) -> float:
    return (p[0] ** 2 + p[1] ** 2) ** 0.5


@lru_cache(maxsize=0)
def noisy(x):
    print("noisy", x)
    return x + 1


@cache
def check(x):
    if x < 0:
        raise ValueError("negative")
    return x


print(fib(90), binom(30, 15), grid_paths(16, 16))
print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))
for x in [1, 2, 1, 3, 1, 2, 2]:
    print(square(x))
print(calls[0])
print(norm((3.0, 4.0)), norm((3.0, 4.0)))
print(noisy(1), noisy(1))
for v in [1, -1, -1]:
    try:
        print(check(v))
    except ValueError as e:
        print("error", e)
