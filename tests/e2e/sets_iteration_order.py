"""Set layouts under thousands of pseudo-random operations (add, discard, pop, | ^ - &, update,
comprehensions): the printed order of sets of ints, floats and tuples must be CPython's."""


def lcg(state: int) -> int:
    return (state * 1103515245 + 12345) % 2147483648


def main() -> None:
    state = 12345
    s: set[int] = set()
    t: set[int] = set()
    checksum = 0
    for step in range(3000):
        state = lcg(state)
        op = state % 13
        state = lcg(state)
        v = (state >> 8) % 200 - 50
        if step % 7 == 0:
            v = v * 1000003
        if op <= 3:
            s.add(v)
        elif op == 4:
            s.discard(v)
        elif op == 5 and s:
            checksum += s.pop()
        elif op == 6:
            t.add(v)
        elif op == 7:
            s = s | t
        elif op == 8:
            s = s ^ t
        elif op == 9:
            s -= t
        elif op == 10:
            u = s & t
            checksum += len(u)
            t = set(u) if len(u) > 3 else t
        elif op == 11:
            s.update([v, v + 1, v * 2])
        else:
            t = {x for x in s if x % 3 == 0}
        if step % 250 == 0:
            print(step, s)
            print(step, t)
    print(checksum, s, t)
    f: set[float] = {0.5, 1.25, -3.0, 1e100, 7.0}
    for k in range(40):
        f.add(k / 8)
        if k % 3 == 0:
            f.discard((k - 1) / 8)
    print(f)
    pairs = {(i % 7, i * i % 11) for i in range(60)}
    print(pairs)
    print({frozenset({1, 2}): 1, frozenset({3}): 2})


if __name__ == "__main__":
    main()
