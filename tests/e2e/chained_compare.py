"""Chained comparisons evaluate each operand at most once and stop early."""


def in_open_interval(x: float, lo: float, hi: float) -> bool:
    return lo < x < hi


def is_digit_value(n: int) -> bool:
    return 0 <= n <= 9


def traced(label, value):
    print("  eval", label)
    return value


def sorted3(a: int, b: int, c: int) -> bool:
    return a <= b <= c


def grade(score: int) -> str:
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    elif 0 <= score < 70:
        return "F"
    else:
        return "invalid"


if __name__ == "__main__":
    print(in_open_interval(5.0, 0.0, 10.0), in_open_interval(0.0, 0.0, 10.0), in_open_interval(-1.0, 0.0, 10.0))
    print(is_digit_value(0), is_digit_value(9), is_digit_value(10), is_digit_value(-1))
    print(sorted3(1, 2, 3), sorted3(1, 1, 1), sorted3(3, 2, 1), sorted3(1, 3, 2))
    print(1 < 2 < 3 < 4 < 5, 1 < 2 < 2 < 4, 5 > 4 > 3 >= 3 > 2)
    print(3 == 3 == 3, 3 == 3 != 4, 1 != 2 != 1, 2 < 3 > 1)
    print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3 > 0.1)
    print("a" < "b" < "c", "abc" < "abd" <= "abd", "Z" < "a")
    print("middle evaluated once:")
    r = 0 < traced("middle", 5) < 10
    print(r)
    print("short-circuit, right side skipped:")
    r = 10 < traced("first", 1) < traced("second", 100)
    print(r)
    for s in range(-10, 111, 15):
        print(s, grade(s))
    x = 7
    if 0 < x < 10 and x != 5:
        print("single digit, not five")
