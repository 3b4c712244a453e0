"""Starred targets in unpacking assignments and for loops: first, *rest = xs; *init, last = xs;
a, *mid, z from lists and tuples; empty middles; the ValueError of a list that is too short."""


def split_header(rows):
    header, *body = rows
    return header, body


def ends(values):
    first, *_, last = values
    return first, last


if __name__ == "__main__":
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    first, *rest = xs
    print(first, rest)
    *init, last = xs
    print(init, last)
    a, b, *mid, y, z = xs
    print(a, b, mid, y, z)
    p, *empty, q = [10, 20]
    print(p, empty, q)
    h, body = split_header([["name", "value"], ["x", "1"], ["y", "2"]])
    print(h, body)
    print(ends([2.5, 3.5, 4.5]), ends(list(range(2))))
    t1, *t_rest = (1, 2, 3)
    print(t1, t_rest)
    *t_init, t_last = ("a", "b", "c")
    print(t_init, t_last)
    for head, *tail in [[1, 2, 3], [4], [5, 6]]:
        print(head, tail, len(tail))
    names = "alpha beta gamma delta".split()
    lead, *others = names
    print(lead, others)
    try:
        one, two, *more = [1]
        print(one, two, more)
    except ValueError as e:
        print("ValueError:", e)
