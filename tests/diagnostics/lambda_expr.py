# expect: error at 7:12: a lambda is only supported as the function given to sorted(), min(), max()
# or list.sort() (key=), map() or filter(), or bound to a local name and called: returned, it would
# need functions as values.


def make_square(k: float):
    return lambda v: v * k
