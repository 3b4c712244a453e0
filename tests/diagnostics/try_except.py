# expect: error at 5:5: 'try' statements (exception handling) are not supported


def safe_inverse(x: float) -> float:
    try:
        return 1.0 / x
    except ZeroDivisionError:
        return 0.0
