# Calls that do not fit keyword-only parameters get CPython's TypeError messages at transpile time.
def solve(x, *, tol, maxiter=100):
    return x * tol + maxiter


def three(*, a, b, c):
    return a + b + c


print(solve(1.0, 1e-3))
print(solve(1.0))
print(three(b=1))
print(solve(1.0, tol=1.0, iterations=3))
print(three(1))
