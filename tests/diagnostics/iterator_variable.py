# expect: error at 6:5: 'pairs' would hold an iterator


def count_pairs(xs: list[int], ys: list[int]) -> int:
    # zip(...) is consumed where it is made; py2cpp cannot store one in a variable yet.
    pairs = zip(xs, ys)
    n = 0
    for _ in pairs:
        n += 1
    return n
