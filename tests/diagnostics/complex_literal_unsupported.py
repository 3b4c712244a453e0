def scale(x: float) -> float:
    return x * 2.0


z = 3 + 4j
print(scale(1.0), z)
