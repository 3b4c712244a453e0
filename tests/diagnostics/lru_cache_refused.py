# expect: `cache` without importing it from functools (11:2), and a cached generator function
# (16:2). (A cached function given a list is in lru_cache_unhashable.py: these errors stop py2cpp
# before inference.)
from functools import lru_cache


@lru_cache(maxsize=None)
def total(xs):
    return sum(xs)


@cache
def double(x):
    return 2 * x


@lru_cache
def count(n):
    yield n


print(total((1, 2)), double(2), list(count(3)))
