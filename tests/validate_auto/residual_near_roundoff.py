"""Newton's iteration for square roots: the residual x*x - a of the converged iterate is round-off
(~1e-10 absolute at a ~ 4e6, relative error of order one), which a fixed rtol cannot validate."""
import numpy as np

#setup: import numpy as np; rng = np.random.default_rng(5); a = rng.uniform(0.5, 4.0e6, 500)
#run: newton_sqrt(a, 40)


def newton_sqrt(a, iterations):
    x = np.maximum(a, 1.0)
    for _ in range(iterations):
        x = 0.5 * (x + a / x)
    return x, x * x - a
