# expect: error at 5:19: a set holds members of one type (str after int)


def tags(n: int) -> int:
    seen = {n, 2, "three"}
    return len(seen)


print(tags(1))
