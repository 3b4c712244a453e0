# Nested loops: a multiplication table, Pythagorean triples and a tiny grid walk.

#pythran export pythagorean_triples(int)
#pythran export lattice_points(float)


def multiplication_table(n):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            print(f"{i * j:4d}", end="")
        print()


def pythagorean_triples(limit):
    count = 0
    for a in range(1, limit):
        for b in range(a, limit):
            c2 = a * a + b * b
            c = int(c2 ** 0.5)
            if c < limit and c * c == c2:
                count += 1
                if count <= 5:
                    print("triple", a, b, c)
    return count


def lattice_points(radius):
    """Integer points (x, y) with x^2 + y^2 <= radius^2."""
    r = int(radius)
    count = 0
    for x in range(-r, r + 1):
        for y in range(-r, r + 1):
            if x * x + y * y <= radius * radius:
                count += 1
    return count


def triangle_number_grid(rows):
    total = 0
    for i in range(rows):
        for j in range(i + 1):
            for k in range(j + 1):
                total += 1
    return total


if __name__ == "__main__":
    multiplication_table(6)
    print(pythagorean_triples(30))
    print(pythagorean_triples(200))
    for r in range(1, 6):
        print(r, lattice_points(r * 1.0), lattice_points(r + 0.5))
    print(lattice_points(100.0), lattice_points(100.0) / 10000)
    print(triangle_number_grid(10), triangle_number_grid(50))
