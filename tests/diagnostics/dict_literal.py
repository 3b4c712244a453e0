# expect: error at 5:13: dict literals are not supported


def lookup(n: int) -> int:
    table = {"a": 1, "b": n}
    return n
