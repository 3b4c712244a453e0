"""Plane geometry: distances, Heron's formula, polygons and circles."""
from math import atan2, degrees, hypot, pi, radians, sin, cos, sqrt


def distance(x1: float, y1: float, x2: float, y2: float) -> float:
    return hypot(x2 - x1, y2 - y1)


def heron(a: float, b: float, c: float) -> float:
    if a + b <= c or a + c <= b or b + c <= a:
        return 0.0
    s = (a + b + c) / 2.0
    return sqrt(s * (s - a) * (s - b) * (s - c))


def heron_stable(a: float, b: float, c: float) -> float:
    """Kahan's numerically stable form (requires a >= b >= c)."""
    return 0.25 * sqrt((a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c)))


def regular_polygon(n: int, radius: float) -> tuple[float, float]:
    """(perimeter, area) of a regular n-gon inscribed in a circle."""
    side = 2.0 * radius * sin(pi / n)
    area = 0.5 * n * radius * radius * sin(2.0 * pi / n)
    return n * side, area


def rotate(x: float, y: float, angle_deg: float) -> tuple[float, float]:
    t = radians(angle_deg)
    return x * cos(t) - y * sin(t), x * sin(t) + y * cos(t)


def circle_through_origin_angle(x: float, y: float) -> float:
    return degrees(atan2(y, x))


if __name__ == "__main__":
    print(distance(0.0, 0.0, 3.0, 4.0), distance(1.0, 1.0, 1.0, 1.0), distance(-1.0, -1.0, 5.0, 7.0))
    print(f"{distance(0.1, 0.2, 0.3, 0.5):.15f} {hypot(1e200, 1e200):.6e} {hypot(1e-200, 1e-200):.6e}")
    print(heron(3.0, 4.0, 5.0), heron(1.0, 1.0, 1.0), heron(1.0, 2.0, 3.0), heron(1.0, 1.0, 5.0))
    print(f"{heron(100000.0, 99999.99979, 0.00029):.10e} vs stable {heron_stable(100000.0, 99999.99979, 0.00029):.10e}")
    for n in range(3, 13, 3):
        p, a = regular_polygon(n, 1.0)
        print(f"n={n:2d} perimeter={p:.10f} area={a:.10f}")
    p, a = regular_polygon(100000, 1.0)
    print(f"{p / 2:.12f} {a:.12f} {pi:.12f}")
    x, y = rotate(1.0, 0.0, 90.0)
    print(f"{x:.3e} {y:.3f}")
    x, y = rotate(1.0, 1.0, 45.0)
    print(f"{x:.3e} {y:.15f}")
    print(circle_through_origin_angle(1.0, 1.0), circle_through_origin_angle(-1.0, 0.0), circle_through_origin_angle(0.0, -2.0))
