# expect: errors of two stages in one run: the front end rejects the lambda in `scaled` (8:9), and
# inference still types `label`, whose str + int is an error (13:12); `main` calls the broken
# function without adding an error of its own.
import math


def scaled(x: float) -> float:
    f = lambda v: v * 2.0
    return f(x)


def label(n: int) -> str:
    return "n = " + n


def main(x: float) -> float:
    return scaled(x) + math.sqrt(x)
