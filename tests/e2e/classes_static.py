"""Class attributes (constants), static methods and methods called through the class."""
import math


class Projectile:
    """A projectile under constant gravity."""

    G = 9.81
    NAME = "ball"
    LIMITS = (0.0, 100.0)

    def __init__(self, speed, angle_deg):
        self.vx = speed * math.cos(Projectile.radians(angle_deg))
        self.vy = speed * math.sin(self.radians(angle_deg))

    @staticmethod
    def radians(deg):
        return deg * math.pi / 180.0

    def flight_time(self):
        return 2.0 * self.vy / self.G

    def range(self):
        return self.vx * self.flight_time()

    def clamp(self, x):
        lo, hi = self.LIMITS
        return min(max(x, lo), hi)


p = Projectile(20.0, 45.0)
print(round(p.range(), 6), round(Projectile.flight_time(p), 6), Projectile.G, p.NAME)
print(Projectile.radians(180.0), p.clamp(150.0), p.clamp(-3.0), Projectile.LIMITS)
