# expect: a cached function given a list, which cannot be a cache key (Python's TypeError:
# unhashable type: 'list'), at 7:11.
from functools import lru_cache


@lru_cache(maxsize=None)
def total(xs):
    return sum(xs)


print(total([1, 2]))
