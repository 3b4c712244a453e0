"""Python's list semantics: aliasing, copies, indices, slices, methods, errors."""
import numpy as np


def fill(out, n):
    """Appends to the caller's list: the caller sees it (lists are shared)."""
    for i in range(n):
        out.append(i * i)
    return len(out)


def first_negative(values: list[float]) -> int:
    for i, v in enumerate(values):
        if v < 0:
            return i
    return -1


def main():
    a = [5, 3, 8, 1]
    b = a
    c = a[:]
    d = a.copy()
    e = list(a)
    b.append(9)
    print(a, c, d, e, len(a))
    print(a[0], a[-1], a[-5], a[1:3], a[::2], a[::-1], a[-2:], a[10:], a[:-10])
    a[1] = 30
    a[-1] += 1
    a[1:3] = [7, 7, 7]
    print(a)
    a[::2] = [0, 0, 0]
    print(a)
    try:
        a[::2] = [1]
    except ValueError as err:
        print("ValueError:", err)
    squares = []
    print(fill(squares, 4), squares)
    floats = [1.5, 2.0]
    floats.append(0.25)
    print(floats)
    a.extend([4, 4])
    a.extend(range(2))
    a.insert(0, -1)
    a.insert(100, 100)
    a.insert(-1, 99)
    print(a, a.count(4), a.index(4), a.index(4, 7))
    print(a.pop(), a.pop(0), a.pop(-2), a)
    a.remove(7)
    print(a)
    a.reverse()
    print(a)
    a.sort()
    print(a)
    a.sort(reverse=True)
    print(a, sorted(a), sorted(a, reverse=True))
    a.clear()
    print(a, len(a), bool(a), not a)
    words = ["pear", "Apple", "fig", "apple"]
    words.sort()
    print(words, min(words), max(words), "fig" in words, "kiwi" not in words)
    print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [1, 2] * -1)
    print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1], [] <= [])
    nested = [[1, 2], [3]]
    nested[1].append(4)
    alias = nested[0]
    alias.append(5)
    print(nested, len(nested[0]))
    pairs = [(1, "one"), (2, "two")]
    pairs.append((3, "three"))
    for number, name in pairs:
        print(number, name)
    print(pairs[-1], pairs)
    total = [0.0]
    total *= 3
    total += [1.5]
    print(total)
    print(first_negative([1.0, 2.0, -3.0]), first_negative([]))
    arr = np.array([[1.0, 2.0], [3.0, 4.5]])
    rows = arr.tolist()
    print(rows, np.array(rows).sum(), np.array([1, 2, 3]).tolist())
    vectors = [np.zeros(2), np.ones(2)]
    vectors.append(np.arange(2.0))
    print(len(vectors), vectors[2])
    print(np.array([2.5, 3.5]) * 2, np.array([]))
    for k in [3, 1, 2][::-1]:
        print(k, end=" ")
    print()
    grow = [1]
    for g in grow:
        if g < 4:
            grow.append(g + 1)
    print(grow)
    try:
        print([1, 2][2])
    except IndexError as err:
        print("IndexError:", err)
    try:
        [].pop()
    except IndexError as err:
        print("IndexError:", err)
    try:
        [1, 2].remove(3)
    except ValueError as err:
        print("ValueError:", err)
    try:
        ["a"].index("b")
    except ValueError as err:
        print("ValueError:", err)
    try:
        print(max([]))
    except ValueError as err:
        print("ValueError:", err)
    stack = [1]
    stack.pop()
    stack[0] = 1


if __name__ == "__main__":
    main()
