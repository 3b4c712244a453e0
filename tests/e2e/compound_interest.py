"""Savings and loans: compound interest, continuous compounding and annuities."""
import math


def compound(principal: float, rate: float, years: int, periods_per_year: int = 12) -> float:
    n = periods_per_year * years
    return principal * (1.0 + rate / periods_per_year) ** n


def continuous(principal: float, rate: float, years: float) -> float:
    return principal * math.exp(rate * years)


def years_to_double(rate: float) -> float:
    return math.log(2.0) / math.log1p(rate)


def monthly_payment(principal: float, annual_rate: float, years: int) -> float:
    r = annual_rate / 12.0
    n = years * 12
    if r == 0.0:
        return principal / n
    return principal * r / (1.0 - (1.0 + r) ** -n)


def balance_after(principal: float, annual_rate: float, years: int, months: int) -> float:
    payment = monthly_payment(principal, annual_rate, years)
    balance = principal
    r = annual_rate / 12.0
    for _ in range(months):
        interest = balance * r
        balance = balance + interest - payment
    return balance


if __name__ == "__main__":
    for periods in range(1, 13):
        if 12 % periods != 0:
            continue
        print(f"{periods:2d} periods/year: {compound(1000.0, 0.05, 10, periods):10.4f}")
    print(f"daily:      {compound(1000.0, 0.05, 10, 365):.6f}")
    print(f"continuous: {continuous(1000.0, 0.05, 10.0):.6f}")
    print(compound(1000.0, 0.05, 10), continuous(1000.0, 0.05, 10.0))
    print("rule of 72 vs exact:", 72 / 7, years_to_double(0.07))
    pay = monthly_payment(250000.0, 0.045, 30)
    print(f"payment {pay:.2f}, total paid {pay * 360:.2f}")
    print(f"zero-rate payment {monthly_payment(12000.0, 0.0, 1):.2f}")
    print(f"balance after 10 years {balance_after(250000.0, 0.045, 30, 120):.2f}")
    print(f"balance at the end {balance_after(250000.0, 0.045, 30, 360):.6f}")
    total = 0.0
    for year in range(1, 41):
        total = (total + 6000.0) * 1.07
        if year % 10 == 0:
            print(f"year {year}: {total:12.2f}")
