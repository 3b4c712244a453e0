"""A root finder written the way people write scripts: Newton's method that falls back to bisection
when the derivative vanishes or a step leaves the domain, input validation with ValueError, a
retry loop, try/finally bookkeeping, and an error that finally escapes (the program then ends as
CPython ends it: the finally block's output first, then the traceback's last line, status 1)."""
import math

calls = 0


def f(x):
    return math.log(x) - 1.0 / x


def df(x):
    return 1.0 / x + 1.0 / (x * x)


def newton(x0, tol, max_iter):
    x = x0
    for _ in range(max_iter):
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            return x
    raise RuntimeError("newton did not converge from " + str(x0))


def bisect(lo, hi, tol):
    if lo >= hi:
        raise ValueError(f"empty bracket [{lo}, {hi}]")
    flo = f(lo)
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        fm = f(mid)
        if (fm < 0.0) == (flo < 0.0):
            lo, flo = mid, fm
        else:
            hi = mid
    return 0.5 * (lo + hi)


def solve(x0):
    """Newton first; on a math domain error or no convergence, bisection on [0.5, 4]."""
    try:
        root = newton(x0, 1e-13, 50)
    except ValueError as e:
        print(f"  newton from {x0}: {e}; bisecting")
        root = bisect(0.5, 4.0, 1e-12)
    except RuntimeError as e:
        print("  " + str(e) + "; bisecting")
        root = bisect(0.5, 4.0, 1e-12)
    else:
        print(f"  newton from {x0} converged")
    return root


def checked_sqrt(v):
    checks = 0
    result = 0.0
    try:
        if v < 0.0:
            raise ValueError("negative input value" if v < -1.0 else "small negative input")
        result = math.sqrt(v)
    finally:
        checks += 1
        print("  checked", v, checks)
    return result


def report(start):
    r = solve(start)
    print(f"root from {start}: {r:.12f}, f(root) = {f(r):.2e}")


def bracket(lo, hi):
    try:
        print("bracket root", round(bisect(lo, hi, 1e-9), 6))
    except ValueError as e:
        print("rejected:", e)


if __name__ == "__main__":
    report(1.5)
    report(3.0)
    report(8.0)
    report(0.05)
    bracket(0.5, 4.0)
    bracket(4.0, 0.5)
    attempts = 0
    value = -3.0
    while True:
        attempts += 1
        try:
            print("sqrt", checked_sqrt(value))
            break
        except ValueError as e:
            print("attempt", attempts, "failed:", e)
            value += 2.0
    print("succeeded after", attempts, "attempts")
    try:
        newton(-1.0, 1e-12, 5)
    finally:
        print("cleanup before the error leaves the program")
