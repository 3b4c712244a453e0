"""The nonlinear pendulum theta'' = -(g/L) sin(theta): explicit Euler (energy drifts),
semi-implicit Euler, a vectorised ensemble of pendulums with different amplitudes,
the period from zero crossings, and the large-amplitude period series.  Uses the math
module for scalars next to numpy for arrays."""
#setup: import numpy as np; thetas = np.linspace(0.1, 2.5, 25); small = np.array([0.05])
#run: pendulum_euler(0.5, 0.0, 9.81, 1.0, 0.001, 2000)
#run: pendulum_semi_implicit(0.5, 0.0, 9.81, 1.0, 0.001, 2000)
#run: ensemble(thetas, 9.81, 1.0, 0.001, 3000)
#run: ensemble(small, 9.81, 1.0, 0.01, 10)
#run: measured_period(1.0, 9.81, 1.0, 0.0005, 12000)
#run: period_series(thetas, 9.81, 1.0)
import math
import numpy as np


def energy(theta, omega, g, L):
    return 0.5 * L * L * omega ** 2 + g * L * (1.0 - np.cos(theta))


def pendulum_euler(theta0, omega0, g, L, dt, nsteps):
    theta = np.zeros(nsteps + 1)
    omega = np.zeros(nsteps + 1)
    theta[0] = theta0
    omega[0] = omega0
    for i in range(nsteps):
        theta[i + 1] = theta[i] + dt * omega[i]
        omega[i + 1] = omega[i] - dt * g / L * math.sin(theta[i])
    drift = energy(theta[-1], omega[-1], g, L) - energy(theta0, omega0, g, L)
    return theta, omega, drift


def pendulum_semi_implicit(theta0, omega0, g, L, dt, nsteps):
    theta = theta0
    omega = omega0
    e0 = energy(theta0, omega0, g, L)
    max_dev = 0.0
    for i in range(nsteps):
        omega = omega - dt * (g / L) * math.sin(theta)
        theta = theta + dt * omega
        max_dev = max(max_dev, abs(energy(theta, omega, g, L) - e0))
    return theta, omega, max_dev


def ensemble(theta0, g, L, dt, nsteps):
    theta = theta0.copy()
    omega = np.zeros_like(theta0)
    for k in range(nsteps):
        omega -= dt * g / L * np.sin(theta)
        theta += dt * omega
    wrapped = np.arctan2(np.sin(theta), np.cos(theta))
    return wrapped, omega, energy(theta, omega, g, L)


def measured_period(theta0, g, L, dt, nsteps):
    """Average time between successive downward zero crossings of theta."""
    theta = theta0
    omega = 0.0
    first = -1.0
    last = -1.0
    count = 0
    for i in range(nsteps):
        omega -= dt * g / L * math.sin(theta)
        new_theta = theta + dt * omega
        if theta > 0.0 and new_theta <= 0.0:
            t_cross = (i + theta / (theta - new_theta)) * dt
            if count == 0:
                first = t_cross
            last = t_cross
            count += 1
        theta = new_theta
    if count < 2:
        return 0.0
    return (last - first) / (count - 1)


def period_series(theta0, g, L):
    T0 = 2 * math.pi * math.sqrt(L / g)
    return T0 * (1.0 + theta0 ** 2 / 16.0 + 11.0 * theta0 ** 4 / 3072.0 + 173.0 * np.power(theta0, 6) / 737280.0)
