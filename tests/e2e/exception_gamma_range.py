"""math.gamma overflows past 171.62: OverflowError('math range error'), as CPython's own gamma."""
import math

if __name__ == "__main__":
    x = 170.0
    while x < 171.7:
        print(x, math.gamma(x))
        x += 0.25
    print(math.gamma(171.7))
