"""User-defined exception classes: hierarchies, raise/catch by base, str/repr, uncaught."""
import math
import numpy as np


class SolverError(RuntimeError):
    """The solver did not converge."""


class DivergedError(SolverError):
    pass


class BadInput(ValueError):
    pass


class SingularSystem(np.linalg.LinAlgError):
    pass


def newton(f_scale, x0, steps):
    x = x0
    for i in range(steps):
        if x > 1e6:
            raise DivergedError(f"diverged at step {i}")
        x = x * f_scale
    if abs(x - x0) < 1e-12:
        raise SolverError("no progress")
    return x


def check(v):
    if v < 0:
        raise BadInput("negative: " + str(v))
    return math.sqrt(v)


for scale, steps in [(10.0, 10), (1.0, 3), (0.5, 2)]:
    try:
        print("result", newton(scale, 1.0, steps))
    except DivergedError as e:
        print("diverged:", e, repr(e))
    except SolverError as e:
        print("solver:", e)

try:
    check(-4.0)
except ValueError as e:
    print("caught as ValueError:", repr(e))

try:
    raise SingularSystem("rank 1")
except np.linalg.LinAlgError as e:
    print("linalg:", e)

try:
    try:
        check(-1.0)
    except BadInput:
        print("re-raising")
        raise
except (SolverError, BadInput) as e:
    print("outer:", str(e))

print(check(16.0))
raise DivergedError("final")
