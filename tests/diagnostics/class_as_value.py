# expect: error at 5:5: 'kind' would hold a class or dtype as a value (classes are compile-time arguments only)


def make(n: int) -> int:
    kind = list
    return n


print(make(1))
