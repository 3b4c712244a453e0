"""set and frozenset semantics: displays (of constants too, built as CPython's compiler builds
them), add/discard/remove/pop/clear, the operators | & - ^ and their in-place forms, the methods
with any iterable, subset comparisons, `in`, len, iteration and printing in CPython's order, set
and dict comprehensions, frozensets as dict keys and set members, hash(), aliasing, KeyError and
RuntimeError as Python raises them, and the member type an empty set() takes from its uses."""


def unique_sorted(values: list[int]) -> list[int]:
    return sorted(set(values))


def common(a: set[int], b: set[int]) -> set[int]:
    return a & b


def operators_and_methods() -> None:
    s = {3, 1, 2}
    print(s, len(s), 2 in s, 5 not in s)
    t = set()
    for v in [16, 1, 2, 3, 4, 100, 36, 68, 20, -1, -2]:
        t.add(v)
    print(t)
    print({16, 1, 2, 3, 4})
    u = {x * x for x in range(-5, 6)}
    print(u, sorted(u))
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(a | b, a & b, a - b, a ^ b, b - a)
    print(a <= b, a & b <= a, a > {1}, a == {4, 3, 2, 1}, a != b)
    a |= {10, 20}
    print(a)
    a -= {1}
    print(a)
    a ^= {2, 99}
    print(a)
    a &= {3, 4, 99, 1000}
    print(a)
    print(a.union([7, 8], range(3)), a.intersection({3}), a.difference([3]), a.issubset(range(100)), a.isdisjoint([5]))
    p = {2.5, 1.0, 3.25}
    print(p, hash(2.5), hash(1.0), hash((1, 2)), hash(-1))
    f = frozenset([3, 1, 2])
    print(f, frozenset(), set(), hash(f))
    d = {k: k * 2 for k in range(5) if k % 2 == 0}
    print(d)
    w = {"a", "b"}
    print(len(w), "a" in w)
    pairs = {(1, 2), (3, 4), (1, 2)}
    print(pairs, (1, 2) in pairs)
    e = set(range(20))
    while e:
        e.pop()
        if len(e) == 15:
            break
    print(e)
    e.discard(100)
    e.remove(19)
    print(e, sum(e), min(e), max(e))
    fs = {frozenset({1, 2}), frozenset({3})}
    print(len(fs), frozenset({2, 1}) in fs)



def uses() -> None:
    print(unique_sorted([5, 3, 5, 1, 3]))
    print(common({1, 2, 3}, {2, 3, 4}))
    seen = set()
    order = []
    for w in "the cat and the hat and the bat".split():
        if w not in seen:
            seen.add(w)
            order.append(w)
    print(order, len(seen))
    fs = frozenset({1, 2}) | frozenset({3})
    print(fs)
    g = fs.union([4])
    print(g, g.issuperset({1, 4}), fs < g, g >= fs, fs == {1, 2, 3})
    keyed = {frozenset({1, 2}): "a", frozenset({2, 3}): "b"}
    print(keyed[frozenset({2, 1})])
    evens = {n for n in range(10) if n % 2 == 0}
    odds = set(range(1, 10, 2))
    print(evens.isdisjoint(odds), evens | odds == set(range(10)))
    squares = {x: x * x for x in [3, 1, 2]}
    print(squares, {v: k for k, v in squares.items()})
    grid = {(i, j) for i in range(3) for j in range(3) if i != j}
    print(sorted(grid))
    try_set = {1, 2, 3}
    try:
        for x in try_set:
            try_set.add(x + 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        set().pop()
    except KeyError as e:
        print("KeyError:", e)
    try:
        {1}.remove(5)
    except KeyError as e:
        print("KeyError:", e)
    s = {1.5, 2.5}
    print(2 in {1, 2}, 2.0 in {1, 2}, 1.5 in {1, 2}, 1 in s)
    t: set[float] = set()  # floats only: py2cpp stores 1 as 1.0
    t.add(1.0)
    t.update([2.0, 3.5])
    print(t, sum(t), max(t))
    nested = [{1, 2}, {3}]
    nested[0].add(9)
    print(nested, len(nested[0]))
    u = {1, 2}
    v = u
    v.add(3)
    print(u, u is v, u.copy() is u)
    print(str({1, 2}), repr(frozenset({(1, 'a')})), f"{ {3, 4} }")
    e = set()
    e |= {7, 8}
    print(e)
    print({True, False}, {None}, {0, 1})



def numbers_of_two_types() -> None:
    e = set()
    print(e, len(e), bool(e))
    print({1, 2} == {1.0, 2.0}, {1} <= {1.0, 2.5}, {2.5} < {1, 2}, {True} == {1})
    print(2.0 in {1, 2}, 1.5 in {1, 2}, 3.0 in {1: 'a', 3: 'b'}, 2 in {0.5: 1, 2.0: 2})



def main() -> None:
    operators_and_methods()
    uses()
    numbers_of_two_types()


if __name__ == "__main__":
    main()
