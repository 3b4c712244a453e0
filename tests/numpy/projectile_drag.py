"""Trajectory of a projectile with quadratic air drag, integrated with the midpoint
(RK2) method until it returns to the ground: the range and flight time, the
drag-free closed form for comparison, and the range as a function of launch angle.
Written with `from numpy import ...` and the math module for scalar angles."""
#setup: import numpy as np; angles = np.linspace(10.0, 80.0, 15)
#run: trajectory(50.0, 45.0, 0.0, 0.01)
#run: trajectory(50.0, 45.0, 0.002, 0.01)
#run: vacuum_range(50.0, 45.0)
#run: range_vs_angle(30.0, angles, 0.005, 0.005)
#run: best_angle(30.0, angles, 0.005, 0.005)
import math
from numpy import sqrt, zeros, array, argmax, sin, radians, empty

G = 9.81


def accel(v, k):
    speed = sqrt(v[0] ** 2 + v[1] ** 2)
    return array([-k * speed * v[0], -G - k * speed * v[1]])


def trajectory(v0, angle_deg, k, dt):
    """k is the drag coefficient per unit mass (1/m); returns the path, range and flight time."""
    theta = math.radians(angle_deg)
    r = array([0.0, 0.0])
    v = array([v0 * math.cos(theta), v0 * math.sin(theta)])
    max_steps = 20000
    path = zeros((max_steps + 1, 2))
    t = 0.0
    n = 0
    while n < max_steps:
        a1 = accel(v, k)
        v_mid = v + 0.5 * dt * a1
        r_new = r + dt * v_mid
        v = v + dt * accel(v_mid, k)
        n += 1
        t += dt
        if r_new[1] < 0.0:
            # interpolate the landing point linearly inside the last step
            frac = r[1] / (r[1] - r_new[1])
            r_new = r + frac * (r_new - r)
            t = t - dt + frac * dt
            path[n, :] = r_new
            r = r_new
            break
        path[n, :] = r_new
        r = r_new
    return path[:n + 1], r[0], t


def vacuum_range(v0, angle_deg):
    theta = math.radians(angle_deg)
    return v0 ** 2 * math.sin(2 * theta) / G, 2 * v0 * math.sin(theta) / G


def range_vs_angle(v0, angles_deg, k, dt):
    ranges = empty(len(angles_deg))
    for i in range(len(angles_deg)):
        path, rng, t = trajectory(v0, angles_deg[i], k, dt)
        ranges[i] = rng
    no_drag = v0 ** 2 * sin(2 * radians(angles_deg)) / G
    return ranges, no_drag - ranges


def best_angle(v0, angles_deg, k, dt):
    ranges, loss = range_vs_angle(v0, angles_deg, k, dt)
    i = argmax(ranges)
    return angles_deg[i], ranges[i]
