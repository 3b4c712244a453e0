"""Defaults of nested functions and lambdas, evaluated where the def or lambda runs.

`lambda x, k=k:` binds the loop's current k (the idiom that avoids late binding); a nested def's
default reads the enclosing scope once; a mutable default is one object shared by the calls of
that function value, and a second call of the factory makes a fresh one.
"""


def make_scalers(n):
    fs = []
    for k in range(n):
        fs.append(lambda x, k=k: x * k)
    return fs


def outer(base):
    offset = base * 2

    def shift(x, by=offset, scale=1.5, extra=-1):
        return (x + by) * scale + extra

    return shift(1), shift(1, 0), shift(2, 1, 2.0), shift(3, extra=10)


def counter_factory():
    def count(item: str, seen: list[str] = []):
        seen.append(item)
        return len(seen)
    return count


def main():
    total = 0
    for f in make_scalers(4):
        total += f(10)
    print(total)
    print(outer(5))
    c = counter_factory()
    print(c("a"), c("b"), c("c"))
    c2 = counter_factory()
    print(c2("z"))
    print(c("d"))
    g = lambda a, b=2, c=3, d=4: a + 10 * b + 100 * c + 1000 * d
    print(g(1), g(1, 5), g(1, 5, 6), g(1, 5, 6, 7))


main()
