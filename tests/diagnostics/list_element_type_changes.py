# expect: error at 9:5: parameter 'values' is a list[int]


def total(values: list[int]) -> float:
    return sum(values)


def extend(values):
    values.append(2.5)
    return len(values)


def main():
    counts = [1, 2, 3]
    print(total(counts), extend(counts))


if __name__ == "__main__":
    main()
