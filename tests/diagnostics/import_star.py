# expect: error at 2:1: 'from math import *' (wildcard import) is not supported; import the names explicitly (sqrt and pi at 6:12 and 6:22 are then undefined)
from math import *


def f(x: float) -> float:
    return sqrt(x) + pi
