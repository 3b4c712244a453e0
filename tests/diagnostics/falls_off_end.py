# A function that returns a value on some paths and reaches its end on others: Python returns
# None there (an Optional value), which py2cpp rejects with the place where the end is reached.
def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1


def find(n: int) -> int:
    i = 0
    while i < n:
        if i * i > n:
            return i
        i += 1


def forever(n: int) -> int:
    while 1:
        n += 1
        if n > 10:
            return n


print(sign(3), find(10), forever(1))
