"""Classical fourth-order Runge-Kutta for small ODE systems: the Lotka-Volterra
predator-prey model (trajectory, number of prey peaks, conserved quantity drift) and a
damped harmonic oscillator compared with its exact solution."""
#setup: import numpy as np; y0 = np.array([10.0, 5.0]); z0 = np.array([1.0, 0.0])
#run: integrate_lv(y0, 0.0, 20.0, 2000, 1.1, 0.4, 0.1, 0.4)
#run: lv_invariant_drift(y0, 20.0, 2000, 1.1, 0.4, 0.1, 0.4)
#run: oscillator_error(z0, 2.0, 0.1, 10.0, 1000)
#run: rk4_step_lv(y0, 0.01, 1.1, 0.4, 0.1, 0.4)
import numpy as np


def lotka_volterra(y, alpha, beta, delta, gamma):
    prey = y[0]
    pred = y[1]
    return np.array([alpha * prey - beta * prey * pred, delta * prey * pred - gamma * pred])


def rk4_step_lv(y, h, alpha, beta, delta, gamma):
    k1 = lotka_volterra(y, alpha, beta, delta, gamma)
    k2 = lotka_volterra(y + 0.5 * h * k1, alpha, beta, delta, gamma)
    k3 = lotka_volterra(y + 0.5 * h * k2, alpha, beta, delta, gamma)
    k4 = lotka_volterra(y + h * k3, alpha, beta, delta, gamma)
    return y + h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)


def count_peaks(s):
    n = 0
    for i in range(1, len(s) - 1):
        if s[i] > s[i - 1] and s[i] >= s[i + 1]:
            n += 1
    return n


def integrate_lv(y0, t0, t1, n, alpha, beta, delta, gamma):
    h = (t1 - t0) / n
    ts = np.linspace(t0, t1, n + 1)
    Y = np.empty((n + 1, len(y0)))
    Y[0, :] = y0
    for i in range(n):
        Y[i + 1, :] = rk4_step_lv(Y[i, :], h, alpha, beta, delta, gamma)
    return ts, Y, count_peaks(Y[:, 0])


def lv_invariant_drift(y0, t1, n, alpha, beta, delta, gamma):
    ts, Y, peaks = integrate_lv(y0, 0.0, t1, n, alpha, beta, delta, gamma)
    x = Y[:, 0]
    y = Y[:, 1]
    V = delta * x - gamma * np.log(x) + beta * y - alpha * np.log(y)
    return np.max(np.abs(V - V[0]))


def oscillator_rhs(z, omega0, zeta):
    return np.array([z[1], -2.0 * zeta * omega0 * z[1] - omega0 ** 2 * z[0]])


def oscillator_error(z0, omega0, zeta, t1, n):
    """Underdamped x'' + 2 zeta w0 x' + w0^2 x = 0, x(0) = z0[0], x'(0) = 0."""
    h = t1 / n
    z = z0.copy()
    xs = np.zeros(n + 1)
    xs[0] = z[0]
    for i in range(n):
        k1 = oscillator_rhs(z, omega0, zeta)
        k2 = oscillator_rhs(z + h / 2 * k1, omega0, zeta)
        k3 = oscillator_rhs(z + h / 2 * k2, omega0, zeta)
        k4 = oscillator_rhs(z + h * k3, omega0, zeta)
        z = z + h * (k1 + 2.0 * k2 + 2.0 * k3 + k4) / 6.0
        xs[i + 1] = z[0]
    t = np.arange(n + 1) * h
    wd = omega0 * np.sqrt(1.0 - zeta ** 2)
    exact = z0[0] * np.exp(-zeta * omega0 * t) * (np.cos(wd * t) + zeta * omega0 / wd * np.sin(wd * t))
    return xs, np.max(np.abs(xs - exact))
