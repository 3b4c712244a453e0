"""Newton's method that gives up: RuntimeError when it fails to converge."""
import math


def newton(kind: str, x0: float, max_iter: int = 50) -> float:
    x = x0
    for _ in range(max_iter):
        if kind == "cos":
            fx = math.cos(x) - x
            dfx = -math.sin(x) - 1.0
        else:
            # x^3 - 2x + 2 cycles between 0 and 1 from x0 = 0
            fx = x * x * x - 2.0 * x + 2.0
            dfx = 3.0 * x * x - 2.0
        x_new = x - fx / dfx
        if abs(x_new - x) < 1e-14:
            return x_new
        x = x_new
    raise RuntimeError(f"newton({kind}) did not converge in {max_iter} iterations")


if __name__ == "__main__":
    print(newton("cos", 1.0))
    print(newton("cubic", -2.0))
    print(newton("cubic", 0.0))
