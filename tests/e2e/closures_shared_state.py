# Closures share what they capture when it is an object, a list, a dict or an array (mutation is
# visible both ways, as in Python); closures inside closures; module-level lambdas; function
# values given to sorted(key=), map() and filter(); keyword arguments and defaults through a value.
import numpy as np


class Counter:
    def __init__(self):
        self.n = 0


scale_all = lambda xs, k: [k * x for x in xs]


def make_recorder(log):
    def record(msg, times=1):
        for _ in range(times):
            log.append(msg)
        return len(log)
    return record


def make_counter():
    c = Counter()
    def bump(step=1):
        c.n += step
        return c.n
    return bump, c


def make_accumulator(buf):
    def add_at(i, v):
        buf[i] += v
        return float(buf.sum())
    return add_at


def compose(f, g):
    return lambda x: f(g(x))


def make_polynomial(coeffs):
    def horner(x):
        total = 0.0
        for c in coeffs:
            total = total * x + c
        return total
    return horner


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner(10)
    return middle(100)


def tally(words, key):
    counts = {}
    def add(w):
        k = key(w)
        counts[k] = counts.get(k, 0) + 1
    for w in words:
        add(w)
    return counts


def main():
    log = []
    rec = make_recorder(log)
    rec("a")
    print(rec("b", times=2), log)
    log.append("c")
    print(rec(msg="d"), log)

    bump, c = make_counter()
    bump()
    bump(5)
    print(c.n, bump(step=2))

    buf = np.zeros(4)
    add_at = make_accumulator(buf)
    print(add_at(1, 2.5), add_at(3, 1.0))
    buf[0] = 10.0
    print(add_at(0, 0.5), buf)

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    h = compose(inc, dbl)
    print(h(5), compose(dbl, inc)(5))

    p = make_polynomial([1.0, -3.0, 2.0])
    print([p(x) for x in [0.0, 1.0, 2.0, 3.0]])
    for q in [make_polynomial([1.0, 0.0]), make_polynomial([2.0, 1.0, 0.0])]:
        print(q(3.0))

    print(outer(1))
    print(scale_all([1.0, 2.0], 3.0))

    words = ["kiwi", "apple", "fig", "banana", "plum"]
    by_length = lambda w: len(w)
    print(sorted(words, key=by_length))
    print(list(map(by_length, words)))
    print(list(filter(lambda w: "i" in w, words)))
    print(tally(words, by_length))
    first = lambda w: w[0]
    print(tally(words, first))


main()
