"""Small classic programs written with lists, the way scripts are written: a prime sieve, the
n-queens count by backtracking, a breadth-first search on a grid maze, and a formatted table."""

MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "#.#.#.##..",
    "..#...#..E",
]


def sieve(limit):
    """Primes below limit (Eratosthenes)."""
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    for i in range(2, limit):
        if is_prime[i]:
            for multiple in range(i * i, limit, i):
                is_prime[multiple] = False
    return [n for n in range(limit) if is_prime[n]]


def queens(n, row, cols, diag1, diag2):
    """Number of ways to finish placing queens from `row` on."""
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.append(col)
        diag1.append(row + col)
        diag2.append(row - col)
        count += queens(n, row + 1, cols, diag1, diag2)
        cols.pop()
        diag1.pop()
        diag2.pop()
    return count


def find(grid, mark):
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == mark:
                return r, c
    return -1, -1


def shortest_path(grid):
    """Length of the shortest path from S to E moving up/down/left/right, or -1."""
    rows = len(grid)
    cols = len(grid[0])
    start = find(grid, "S")
    goal = find(grid, "E")
    dist = [[-1] * cols for _ in range(rows)]
    dist[start[0]][start[1]] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nr = r + dr
            nc = c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[goal[0]][goal[1]]


def print_table(header, rows):
    widths = [len(h) for h in header]
    for row in rows:
        for k, cell in enumerate(row):
            widths[k] = max(widths[k], len(cell))
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(line)
    for row in [header] + rows:
        cells = [" " + cell.rjust(widths[k]) + " " for k, cell in enumerate(row)]
        print("|" + "|".join(cells) + "|")
    print(line)


def main():
    primes = sieve(60)
    print(len(primes), primes[:5], primes[-3:], sum(primes))
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    print(max(gaps), gaps.count(2), sorted(set_like(gaps))[:4])
    for n in range(1, 8):
        print(n, queens(n, 0, [], [], []))
    print("maze path:", shortest_path(MAZE))
    table = []
    for p in primes[:4]:
        table.append([str(p), str(p * p), f"{p ** 0.5:.3f}"])
    print_table(["n", "n*n", "sqrt"], table)


def set_like(values):
    """The distinct values, in first-seen order."""
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


if __name__ == "__main__":
    main()
