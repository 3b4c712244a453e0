# expect: error at 6:25: name 'rate' is not defined


def grow(amount: float, years: int) -> float:
    for _ in range(years):
        amount *= 1.0 + rate
    return amount
