# expect: error at 6:16: dict unpacking ('**mapping') in a dict display is not supported


def lookup(n: int) -> int:
    base = {"a": 1}
    table = {**base, "b": n}
    return len(table)
