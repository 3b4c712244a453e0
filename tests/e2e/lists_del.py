"""del on list elements and slices: negative indices, steps, several targets in one statement,
IndexError when out of range, and aliases seeing the deletion."""


def drop_outliers(values, limit):
    i = 0
    while i < len(values):
        if abs(values[i]) > limit:
            del values[i]
        else:
            i += 1
    return values


if __name__ == "__main__":
    xs = list(range(10))
    alias = xs
    del xs[0]
    del xs[-1]
    print(xs, alias is xs, alias)
    del xs[2:4]
    print(xs)
    del xs[::2]
    print(xs)
    ys = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5]
    del ys[::-2]
    print(ys)
    del ys[10:20]
    print(ys)
    del ys[:]
    print(ys, len(ys))
    grid = [[1, 2, 3], [4, 5, 6]]
    del grid[0][1], grid[1][-1]
    print(grid)
    names = ["a", "b", "c", "d"]
    del (names[0], names[0])
    print(names)
    print(drop_outliers([0.5, -7.0, 2.0, 9.5, -0.25], 3.0))
    try:
        del names[5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        del names[-3]
    except IndexError as e:
        print("IndexError:", e)
    print(names)
