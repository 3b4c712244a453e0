# expect: error at 5:34: a dict holds values of one type


def table(n: int) -> int:
    config = {"size": n, "name": "grid"}
    return len(config)
