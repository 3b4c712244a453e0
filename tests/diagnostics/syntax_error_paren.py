# expect: syntax error at 5:19: '(' was never closed (reported by Python's parser; nothing is generated)


def area(r: float) -> float:
    return 3.14 * (r * r


if __name__ == "__main__":
    print(area(2.0))
