# expect: errors of two stages in one run: the front end rejects the 'match' statement in `scaled` (8:5), and
# inference still types `label`, whose str + int is an error (15:12); `main` calls the broken
# function without adding an error of its own.
import math


def scaled(x: float) -> float:
    match x:
        case 0.0:
            x = 1.0
    return x * 2.0


def label(n: int) -> str:
    return "n = " + n


def main(x: float) -> float:
    return scaled(x) + math.sqrt(x)
