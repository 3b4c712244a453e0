# expect: error at 6:9: generators are not supported ('yield' in function countdown)


def countdown(n: int) -> int:
    while n > 0:
        yield n
        n -= 1
