"""Generators: functions that yield, consumed lazily by for loops, next(), list(), sum(), any(), zip,
enumerate and `in`; infinite generators stopped by break; a generator stepped by next() and then
by a loop (it continues where next() left it); next() with a default and StopIteration caught;
recursive `yield from`; iter() over a list and a str."""
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def walk(tree, i):
    if i < len(tree):
        yield from walk(tree, 2 * i + 1)
        yield tree[i]
        yield from walk(tree, 2 * i + 2)


def main():
    print(list(count_up(5)))
    print(sum(squares([1, 2, 3])))
    for f in fib():
        if f > 50:
            break
        print(f, end=" ")
    print()
    g = count_up(4)
    print(next(g), next(g))
    for x in g:
        print("rest", x)
    print(next(g, -1))
    try:
        next(g)
    except StopIteration:
        print("stop")
    print(list(walk([4, 2, 6, 1, 3, 5, 7], 0)))
    print(sorted(squares([3.0, -1.0, 2.0])))
    print(max(count_up(7)), any(x > 3 for x in count_up(5)))


main()
