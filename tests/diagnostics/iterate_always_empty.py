# expect: error at 7:14: iterating a list[?] whose element type nothing decides


def last_value(values):
    """Called only with [] below: the loop variable would have no type."""
    total = 0
    for v in values:
        total = v
    return total


print(last_value([]))
