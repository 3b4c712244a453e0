"""Trigonometric and hyperbolic functions from the math module."""
import math as m


def trig_row(deg: float) -> str:
    r = m.radians(deg)
    return f"{deg:6.1f} {m.sin(r):+.12f} {m.cos(r):+.12f} {m.tan(r):+.6e}"


def triangle_angles(a: float, b: float, c: float) -> tuple[float, float, float]:
    """Angles (degrees) of a triangle with sides a, b, c via the law of cosines."""
    alpha = m.degrees(m.acos((b * b + c * c - a * a) / (2 * b * c)))
    beta = m.degrees(m.acos((a * a + c * c - b * b) / (2 * a * c)))
    return alpha, beta, 180.0 - alpha - beta


def bearing(dx: float, dy: float) -> float:
    return m.degrees(m.atan2(dx, dy)) % 360.0


if __name__ == "__main__":
    print(m.sin(0.0), m.cos(0.0), m.tan(0.0), m.sin(-0.0))
    print(m.sin(m.pi), m.cos(m.pi), m.sin(m.pi / 2), m.cos(m.pi / 2), m.tan(m.pi / 4))
    print(m.sin(1.0), m.cos(1.0), m.tan(1.0), m.sin(1e-8), m.sin(100.0))
    print(m.asin(1.0), m.acos(-1.0), m.acos(1.0), m.atan(1.0), m.atan(m.inf), m.atan(-1e300))
    print(m.asin(0.5), m.acos(0.5), m.atan(0.5))
    print(m.atan2(1.0, 1.0), m.atan2(-1.0, -1.0), m.atan2(0.0, -1.0), m.atan2(-0.0, -1.0))
    print(m.atan2(0.0, 0.0), m.atan2(-0.0, 0.0), m.atan2(0.0, -0.0), m.atan2(1.0, 0.0))
    print(m.sinh(1.0), m.cosh(1.0), m.tanh(1.0), m.tanh(100.0), m.sinh(-0.0), m.cosh(0.0))
    print(m.degrees(m.pi), m.radians(180.0), m.degrees(1.0), m.radians(1.0), m.radians(-90.0))
    print(m.tau, m.tau / 2 == m.pi)
    for k in range(0, 361, 45):
        print(trig_row(k * 1.0))
    print(triangle_angles(3.0, 4.0, 5.0))
    print(triangle_angles(1.0, 1.0, 1.0))
    print(bearing(1.0, 1.0), bearing(-1.0, 0.0), bearing(0.0, -1.0), bearing(1.0, -1e-9))
    s = m.sin(0.7)
    c = m.cos(0.7)
    print(s * s + c * c, 1.0 - (s * s + c * c))
