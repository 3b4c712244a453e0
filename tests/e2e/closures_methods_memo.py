# Closures in methods (capturing self), a function value given to sorted/map/max (key=) inside a
# user function, and a memoized recursive nested function over an annotated empty dict.
class Grid:
    def __init__(self, n):
        self.n = n

    def scaled(self, xs):
        def one(x):
            return x * self.n
        return [one(x) for x in xs]


def by(f, xs):
    return sorted(xs, key=f), list(map(f, xs)), max(xs, key=f)


def fib_memo(n):
    memo: dict[int, int] = {}
    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        v = fib(k - 1) + fib(k - 2)
        memo[k] = v
        return v
    return fib(n)


g = Grid(3)
print(g.scaled([1, 2]))
print(by(lambda w: -len(w), ["aa", "b", "ccc"]))
print(fib_memo(40))
