"""A class-based n-body integrator (objects holding lists, nested loops over objects, max by key)."""
import math


class Body:
    def __init__(self, name, mass, pos, vel):
        self.name = name
        self.mass = mass
        self.pos = list(pos)
        self.vel = list(vel)

    def kinetic(self):
        return 0.5 * self.mass * sum(v * v for v in self.vel)


class System:
    def __init__(self, bodies):
        self.bodies = bodies
        self.t = 0.0

    def step(self, dt):
        for a in self.bodies:
            for b in self.bodies:
                if a is b:
                    continue
                dx = [pb - pa for pa, pb in zip(a.pos, b.pos)]
                r = math.sqrt(sum(d * d for d in dx)) + 1e-9
                f = b.mass / (r ** 3)
                for k in range(3):
                    a.vel[k] += f * dx[k] * dt
        for body in self.bodies:
            for k in range(3):
                body.pos[k] += body.vel[k] * dt
        self.t += dt

    def energy(self):
        e = sum(b.kinetic() for b in self.bodies)
        for i, a in enumerate(self.bodies):
            for b in self.bodies[i + 1:]:
                d = math.sqrt(sum((p - q) ** 2 for p, q in zip(a.pos, b.pos)))
                e -= a.mass * b.mass / d
        return e

    def heaviest(self):
        return max(self.bodies, key=lambda b: b.mass)


def main():
    bodies = [Body("sun", 1000.0, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
              Body("p1", 1.0, (1.0, 0.0, 0.0), (0.0, 30.0, 0.0)),
              Body("p2", 2.0, (0.0, 2.0, 0.0), (-20.0, 0.0, 1.0))]
    s = System(bodies)
    e0 = s.energy()
    for _ in range(100):
        s.step(1e-4)
    print(f"t={s.t:.4f} drift={abs(s.energy() - e0) / abs(e0):.3e} heaviest={s.heaviest().name}")
    for b in s.bodies:
        print(b.name, [round(x, 6) for x in b.pos])


if __name__ == "__main__":
    main()
