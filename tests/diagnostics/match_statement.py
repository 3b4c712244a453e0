# expect: error at 5:5: 'match' statements are not supported


def describe(n: int) -> str:
    match n:
        case 0:
            return "zero"
        case _:
            return "other"
