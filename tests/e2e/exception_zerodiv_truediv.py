"""Mean of an empty range: int / int with a zero count."""


def mean_of_range(start: int, stop: int) -> float:
    total = 0
    count = 0
    for i in range(start, stop):
        total += i
        count += 1
    return total / count


if __name__ == "__main__":
    print(mean_of_range(0, 10))
    print(mean_of_range(-5, 6))
    print(mean_of_range(7, 8))
    print(mean_of_range(8, 7))
