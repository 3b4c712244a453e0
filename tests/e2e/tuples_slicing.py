# Slicing a tuple with constant bounds (negative, out of range, steps, reversed) gives a new tuple.
t = (1, 2.5, "x", True)
print(t[1:], t[:2], t[::2], t[::-1], t[-2:], t[1:-1], t[5:], t[:-10], t[3:0:-1])
def make():
    print("made")
    return (1, 2, 3)
print(make()[1:])
first, rest = t[0], t[1:]
print(first, rest, len(t[2:]))
