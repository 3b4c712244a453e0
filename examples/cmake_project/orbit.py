"""Two-body orbit: leapfrog integration of a unit-mass planet around a fixed star (GM = 1), and
the energy along the way. Compiled by py2cpp_add_module in this directory's CMakeLists.txt."""
import numpy as np


def energy(positions, velocities, gm):
    """Kinetic plus potential energy of each row (x, y) and (vx, vy)."""
    r = np.sqrt(positions[:, 0] ** 2 + positions[:, 1] ** 2)
    v2 = velocities[:, 0] ** 2 + velocities[:, 1] ** 2
    return 0.5 * v2 - gm / r


def simulate(x0, vy0, dt, steps):
    """Leapfrog from (x0, 0) with velocity (0, vy0); returns the relative energy drift."""
    x, y, vx, vy = x0, 0.0, 0.0, vy0
    e0 = 0.5 * (vx * vx + vy * vy) - 1.0 / np.sqrt(x * x + y * y)
    for _ in range(steps):
        r3 = (x * x + y * y) ** 1.5
        vx -= 0.5 * dt * x / r3
        vy -= 0.5 * dt * y / r3
        x += dt * vx
        y += dt * vy
        r3 = (x * x + y * y) ** 1.5
        vx -= 0.5 * dt * x / r3
        vy -= 0.5 * dt * y / r3
    e1 = 0.5 * (vx * vx + vy * vy) - 1.0 / np.sqrt(x * x + y * y)
    return (e1 - e0) / abs(e0)
