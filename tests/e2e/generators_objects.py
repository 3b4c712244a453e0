"""Generators as methods and closures: a recursive tree walk through `yield from` on fields that may
be None, `__iter__` written as a generator (for loops, comprehensions, list()), a nested generator
function made by a factory, generators yielding tuples (dict(), enumerate, zip with early stop),
exceptions raised inside a generator reaching the consumer (the generator is then finished),
try/finally in a generator, `return` ending one early, generators stored in lists and fields,
next() on iter() of several iterables, and truthiness."""


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def inorder(self):
        if self.left is not None:
            yield from self.left.inorder()
        yield self.value
        if self.right is not None:
            yield from self.right.inorder()


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


def mixed(n: int):
    for i in range(n):
        if i % 2 == 0:
            yield float(i)
        else:
            yield i / 2


def pairs(words):
    for i, w in enumerate(words):
        yield w, i


def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f"negative: {x}")
        yield x


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


def early(n):
    for i in range(n):
        if i == 3:
            return
        yield i


def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen


def main():
    t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5)))
    print(list(t.inorder()))
    print([x * 10 for x in Countdown(3)])
    for n in Countdown(2):
        print("count", n)
    print(list(mixed(5)))
    print(dict(pairs(["a", "b", "c"])))
    print(" ".join(w for w, _ in pairs(["x", "y"])))
    print(list(zip(early(10), mixed(4))))
    print(list(enumerate(early(5), 1)))
    print(3 in early(10), 7 in early(10))
    try:
        print(list(checked([1, 2, -3, 4])))
    except ValueError as e:
        print("caught", e)
    g = checked([5, -1, 6])
    print(next(g))
    try:
        next(g)
    except ValueError as e:
        print("caught", e)
    print(list(g))
    log = []
    for v in with_finally(log):
        print("v", v)
    print(log)
    gen = make_counter(3)
    print(list(gen(4)))
    it = iter([10, 20, 30])
    print(next(it))
    for rest in it:
        print("rest", rest)
    s = iter("héllo")
    print(next(s), next(s), list(s))
    print(sum(1 for _ in early(100)))
    print(min(mixed(4)), sorted(early(10), reverse=True))
    gens = [early(2), early(3)]
    print([list(q) for q in gens])


main()


class Holder:
    def __init__(self, xs):
        self.it = iter(xs)

    def take(self):
        return next(self.it)


def more():
    g = early(3)
    if g:
        print("a generator is true")
    ho = Holder([7, 8, 9])
    print(ho.take(), ho.take(), list(ho.it))
    d = {"a": early(2)}
    print(list(d["a"]), list(d["a"]))
    print(max(early(5), key=lambda v: -v), set(early(4)), frozenset(early(2)))
    print({x: x * x for x in early(9)}, [x for x in Countdown(6) if x % 2])
    print(list(map(lambda x: x + 1, early(3))), list(filter(lambda x: x > 0, early(3))))
    print(next(iter({"k": 1, "j": 2})), next(iter(range(5, 9))), next(iter((4, 5))))


more()
