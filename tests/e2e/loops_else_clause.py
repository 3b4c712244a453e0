"""for ... else and while ... else: the else clause runs when the loop ends without break
(also when it never iterates), not after a break; breaks of nested loops and of loops inside
the else clause belong to their own loops."""


def find_first_multiple(values, k):
    for v in values:
        if v % k == 0:
            print("found", v)
            break
    else:
        print("no multiple of", k)
        return -1
    return v


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def nested(rows):
    hits = 0
    for row in rows:
        for x in row:
            if x < 0:
                break  # leaves the inner loop only
        else:
            hits += 1
            continue
        print("row with a negative:", row)
    else:
        print("outer loop finished,", hits, "rows without negatives")
    return hits


def else_with_break_inside(limit):
    total = 0
    for i in range(3):
        total += i
    else:
        for j in range(limit):
            if j == 2:
                break
            total += 10
        else:
            total += 1000
    return total


def empty_loops():
    for _ in range(0):
        print("never")
    else:
        print("else of an empty for")
    n = 0
    while n > 0:
        n -= 1
    else:
        print("else of a while that never ran")
    for c in "abc":
        if c == "z":
            break
    else:
        print("no z in abc")


if __name__ == "__main__":
    print(find_first_multiple([3, 5, 8, 9], 4))
    print(find_first_multiple([3, 5, 7], 4))
    print([n for n in range(30) if is_prime(n)])
    print(nested([[1, 2], [3, -1, 4], [], [5]]))
    print(else_with_break_inside(5), else_with_break_inside(1))
    empty_loops()


def else_defines_names(values):
    for v in values:
        total = v
    else:
        label = "done"
        total = 0 if not values else total
    label = label + "!"
    return label, total


print(else_defines_names([1, 2, 3]), else_defines_names([5]))
