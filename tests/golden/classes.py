"""Classes: a struct of fields, static methods, new_ for each __init__ specialization."""


class Particle:
    """A point mass moving on a line."""

    def __init__(self, x, v, mass=1.0):
        self.x = x
        self.v = v
        self.mass = mass
        self.trail = []

    def step(self, dt):
        # explicit Euler
        self.x += self.v * dt
        self.trail.append(self.x)

    def momentum(self):
        return self.mass * self.v

    def __repr__(self):
        return f"Particle(x={self.x:.3f}, v={self.v})"

    def __lt__(self, other):
        return self.momentum() < other.momentum()


def simulate(particles, dt, steps):
    for _ in range(steps):
        for p in particles:
            p.step(dt)
    return sorted(particles)


ps = [Particle(0.0, 1.5), Particle(1.0, -0.5, mass=4.0)]
print(simulate(ps, 0.1, 3), ps[0].trail)
