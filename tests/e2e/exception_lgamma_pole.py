"""math.lgamma at a pole (0 and the negative integers) is a ValueError('math domain error')."""
import math

if __name__ == "__main__":
    x = -3.75
    while x < 3.0:
        print(x, math.lgamma(x), math.gamma(x))
        x += 0.5
    print(math.lgamma(-4.0))
