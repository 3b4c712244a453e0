# expect: error at 4:1: 'async def' functions are not supported (fetch)


async def fetch(n: int) -> int:
    return n + 1
