# A shift by a negative count raises ValueError, as in Python, also when the count is a constant.
def scale(x: int) -> int:
    print("scaling", x)
    return x << -1


print(scale(3))
