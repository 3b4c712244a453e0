"""Classical Runge-Kutta (RK4) versus explicit Euler on two ODEs."""
import math


def decay_rhs(t: float, y: float) -> float:
    return -2.0 * y + math.sin(t)


def decay_exact(t):
    # solution of y' = -2y + sin t with y(0) = 1
    c = 1.0 + 1.0 / 5.0
    return c * math.exp(-2.0 * t) + (2.0 * math.sin(t) - math.cos(t)) / 5.0


def rk4_decay(y0: float, t_end: float, steps: int) -> float:
    h = t_end / steps
    t = 0.0
    y = y0
    for _ in range(steps):
        k1 = decay_rhs(t, y)
        k2 = decay_rhs(t + h / 2, y + h / 2 * k1)
        k3 = decay_rhs(t + h / 2, y + h / 2 * k2)
        k4 = decay_rhs(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
    return y


def euler_decay(y0: float, t_end: float, steps: int) -> float:
    h = t_end / steps
    y = y0
    for i in range(steps):
        y += h * decay_rhs(i * h, y)
    return y


def oscillator(x0: float, v0: float, omega: float, t_end: float, steps: int) -> tuple[float, float]:
    """x'' = -omega^2 x as a first-order system, integrated with RK4."""
    h = t_end / steps
    x, v = x0, v0
    w2 = omega * omega
    for _ in range(steps):
        k1x, k1v = v, -w2 * x
        k2x, k2v = v + h / 2 * k1v, -w2 * (x + h / 2 * k1x)
        k3x, k3v = v + h / 2 * k2v, -w2 * (x + h / 2 * k2x)
        k4x, k4v = v + h * k3v, -w2 * (x + h * k3x)
        x += h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x)
        v += h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v)
    return x, v


if __name__ == "__main__":
    exact = decay_exact(2.0)
    print("exact:", exact)
    for steps in range(10, 51, 20):
        r = rk4_decay(1.0, 2.0, steps)
        e = euler_decay(1.0, 2.0, steps)
        print(f"steps={steps:3d} rk4={r:.10f} err={abs(r - exact):.3e} euler={e:.10f} err={abs(e - exact):.3e}")
    print(rk4_decay(1.0, 2.0, 1000))
    x, v = oscillator(1.0, 0.0, 2.0, math.pi, 200)
    print("after one period:", x, v)
    energy = 0.5 * v * v + 0.5 * 4.0 * x * x
    print(f"energy drift {energy - 2.0:.3e}")
    print(oscillator(0.0, 1.0, 1.0, 0.5, 1))
