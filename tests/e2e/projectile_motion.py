# Projectile motion with air drag, integrated with semi-implicit Euler.

import math

#pythran export flight(float, float, float, float)
#pythran export range_no_drag(float, float)


def range_no_drag(speed, angle_deg):
    theta = math.radians(angle_deg)
    return speed * speed * math.sin(2.0 * theta) / 9.81


def flight(speed, angle_deg, drag, dt):
    """Return (range, max height, flight time) for a projectile with quadratic drag."""
    theta = math.radians(angle_deg)
    vx = speed * math.cos(theta)
    vy = speed * math.sin(theta)
    x = 0.0
    y = 0.0
    t = 0.0
    top = 0.0
    while True:
        v = math.sqrt(vx * vx + vy * vy)
        vx -= drag * v * vx * dt
        vy -= (9.81 + drag * v * vy) * dt
        x_new = x + vx * dt
        y_new = y + vy * dt
        t += dt
        if y_new < 0.0:
            # interpolate the landing point
            frac = y / (y - y_new)
            return x + frac * (x_new - x), top, t - dt + frac * dt
        x, y = x_new, y_new
        top = max(top, y)


if __name__ == "__main__":
    for angle in range(15, 76, 15):
        a = angle * 1.0
        r, h, t = flight(50.0, a, 0.0, 1e-3)
        print(f"angle {angle:2d}: no-drag formula {range_no_drag(50.0, a):8.3f}  simulated {r:8.3f}  height {h:7.3f}  time {t:6.3f}")
    for k in range(4):
        drag = k * 0.005
        r, h, t = flight(50.0, 45.0, drag, 1e-3)
        print(f"drag {drag:.3f}: range {r:.4f} height {h:.4f} time {t:.4f}")
    best_angle = 0
    best_range = 0.0
    for angle in range(20, 50):
        r, _, _ = flight(50.0, angle * 1.0, 0.01, 1e-3)
        if r > best_range:
            best_angle, best_range = angle, r
    print("best angle with drag:", best_angle, round(best_range, 3))
