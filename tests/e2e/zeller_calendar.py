"""Calendar arithmetic: leap years, day of week (Zeller), day of year, days between dates."""


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def day_of_week(year: int, month: int, day: int) -> str:
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return weekday_name(h)


def weekday_name(h):
    # Zeller: 0 = Saturday, 1 = Sunday, ...
    if h == 0:
        return "Saturday"
    elif h == 1:
        return "Sunday"
    elif h == 2:
        return "Monday"
    elif h == 3:
        return "Tuesday"
    elif h == 4:
        return "Wednesday"
    elif h == 5:
        return "Thursday"
    return "Friday"


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    if month == 4 or month == 6 or month == 9 or month == 11:
        return 30
    return 31


def day_of_year(year: int, month: int, day: int) -> int:
    total = day
    for m in range(1, month):
        total += days_in_month(year, m)
    return total


def days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 (Howard Hinnant's algorithm, relies on floor division)."""
    y -= 1 if m <= 2 else 0
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


if __name__ == "__main__":
    leap_count = 0
    for y in range(1900, 2101):
        if is_leap(y):
            leap_count += 1
    print("leap years 1900-2100:", leap_count, is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2023))
    print(day_of_week(2000, 1, 1), day_of_week(1969, 7, 20), day_of_week(2024, 2, 29), day_of_week(1600, 3, 1))
    print(day_of_year(2023, 12, 31), day_of_year(2024, 12, 31), day_of_year(2024, 3, 1))
    print(days_from_civil(1970, 1, 1), days_from_civil(2000, 3, 1), days_from_civil(1969, 12, 31), days_from_civil(-1, 1, 1))
    print("days 1900-01-01 .. 2000-01-01:", days_from_civil(2000, 1, 1) - days_from_civil(1900, 1, 1))
    fridays = 0
    for y in range(1901, 2001):
        for m in range(1, 13):
            if day_of_week(y, m, 13) == "Friday":
                fridays += 1
    print("Friday the 13ths in the 20th century:", fridays)
