"""Explicit finite differences (FTCS) for the 1-D heat equation u_t = alpha * u_xx on
[0, L] with fixed boundary values: a vectorised step with slices, a time loop built on
it, and the same scheme written as a double loop with two swapped buffers."""
#setup: import numpy as np; n = 101; xg = np.linspace(0.0, 1.0, n)
#setup: u0 = np.sin(np.pi * xg) + 0.1 * np.sin(5 * np.pi * xg)
#setup: step_profile = np.where(xg < 0.5, 1.0, 0.0)
#run: heat_step(u0, 0.4)
#run: heat_solve(u0, 0.01, 1.0, 200)
#run: heat_solve_loop(u0, 0.01, 1.0, 200)
#run: heat_solve(step_profile, 1.0, 1.0, 50)
#run: decay_rate(u0, 1.0, 1.0, 100)
import numpy as np


def heat_step(u, r):
    """One FTCS step; r = alpha*dt/dx**2 must be <= 0.5 for stability."""
    un = u.copy()
    un[1:-1] = u[1:-1] + r * (u[2:] - 2.0 * u[1:-1] + u[:-2])
    return un


def heat_solve(u0, alpha, length, nsteps):
    n = u0.size
    dx = length / (n - 1)
    dt = 0.4 * dx ** 2 / alpha
    r = alpha * dt / dx**2
    u = u0.copy()
    for _ in range(nsteps):
        u = heat_step(u, r)
    return u, nsteps * dt


def heat_solve_loop(u0, alpha, length, nsteps):
    n = len(u0)
    dx = length / (n - 1)
    dt = 0.4 * dx * dx / alpha
    r = alpha * dt / (dx * dx)
    u = u0.copy()
    unew = np.empty(n)
    for step in range(nsteps):
        unew[0] = u[0]
        unew[n - 1] = u[n - 1]
        for i in range(1, n - 1):
            unew[i] = u[i] + r * (u[i + 1] - 2 * u[i] + u[i - 1])
        u, unew = unew, u
    return u


def decay_rate(u0, alpha, length, nsteps):
    """Fit the exponential decay of the L2 norm; the slowest mode decays like exp(-alpha*pi^2*t/L^2)."""
    u, t = heat_solve(u0, alpha, length, nsteps)
    ratio = np.sqrt(np.sum(u[1:-1] ** 2) / np.sum(u0[1:-1] ** 2))
    rate = -np.log(ratio) / t
    return rate, alpha * np.pi ** 2 / length ** 2
