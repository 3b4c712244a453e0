"""Complex numbers in containers, comprehensions, functions and classes."""
import cmath
from dataclasses import dataclass


@dataclass
class Phasor:
    amplitude: float
    angle: float

    def value(self) -> complex:
        return cmath.rect(self.amplitude, self.angle)


def dft(xs: list[float]) -> list[complex]:
    n = len(xs)
    return [sum(xs[t] * cmath.exp(-2j * cmath.pi * t * k / n) for t in range(n)) for k in range(n)]


def roots_of_unity(n):
    return [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]


def quadratic_roots(a: float, b: float, c: float) -> tuple[complex, complex]:
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


def main():
    z, w = 1j, 2 + 0j
    xs = [z, w, z]
    print(z in xs, 3j in xs, xs.index(w), xs.count(z), {z: 1, w: 2}, len({z, w, z}), sum(xs), sum(xs, 1j))
    print(dft([1.0, 2.0, 0.0, -1.0]))
    r = roots_of_unity(6)
    print(r, abs(sum(r)) < 1e-12)
    print(quadratic_roots(1.0, 2.0, 5.0), quadratic_roots(1.0, -3.0, 2.0))
    p = Phasor(2.0, 0.5)
    print(p, p.value(), [abs(v) for v in r])
    acc = 0j
    acc += 1
    acc *= 2 + 1j
    acc /= 1 - 1j
    acc -= 0.5
    acc **= 2
    print(acc)
    mags = sorted(xs, key=abs)
    print(mags, max(xs, key=lambda v: v.imag))
    print(f"{acc!r} {z}", str(1e-7j), repr(-0.0 + 1e22j))


main()
