# expect: error at 8:12: '%' formatting of a ndarray
import numpy as np


def show(n: int) -> str:
    a = np.zeros(n)
    # '%s' % a works in Python (str of the array); py2cpp does not format arrays with % yet.
    return "%s" % a
