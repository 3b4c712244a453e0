# Class attributes assigned through their class (C.NAME = v, C.NAME += v) are variables of the class
# shared by every object and read in program order; objects with properties, generators of
# them, defaultdict and Counter around a simulation loop.
import math
from collections import Counter, defaultdict

import numpy as np

class Particle:
    count = 0
    registry_size = 0.0
    def __init__(self, m):
        self.m = m
        Particle.count += 1
        Particle.registry_size = Particle.registry_size + m
    def describe(self):
        return f"{self.m} of {self.count}"

class Heavy(Particle):
    def __init__(self, m):
        super().__init__(m * 10)
        Particle.count += 1

print(Particle.count)
a = Particle(1.5)
b = Heavy(2.0)
print(Particle.count, Heavy.count, a.count, b.describe(), Particle.registry_size)
Particle.count = 100
print(a.describe(), Heavy.count)

class Body:
    count = 0
    def __init__(self, pos, vel, mass=1.0):
        self.pos = np.asarray(pos, dtype=float)
        self.vel = np.asarray(vel, dtype=float)
        self.mass = mass
        Body.count += 1
    @property
    def energy(self):
        return 0.5 * self.mass * float(self.vel @ self.vel)
    def __repr__(self):
        return f"Body(pos={self.pos.tolist()}, m={self.mass})"

def simulate(ps, dt, steps):
    energies = []
    for _ in range(steps):
        for p in ps:
            p.pos += dt * p.vel
            p.vel *= 0.99
        energies.append(sum(p.energy for p in ps))
    return energies

ps = [Body([0, 0], [1, 0]), Body([1, 1], [0, -1], mass=2.0)]
e = simulate(ps, 0.1, 5)
print([round(x, 6) for x in e], Body.count)
print(ps)
groups = defaultdict(list)
for i, p in enumerate(ps):
    groups[p.mass > 1].append(i)
print(dict(groups))
c = Counter(round(x, 1) for x in e)
print(c.most_common(2))
grid = [[math.hypot(i, j) for j in range(3)] for i in range(3)]
print(np.array(grid).round(3))
print(max(ps, key=lambda p: p.energy))
