#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring: a unit converter with heavily commented code.

The transpiler should carry comments and docstrings over, and they must
not change the program's behaviour.
"""

import math  # used for pi


def celsius_to_fahrenheit(c: float) -> float:
    """Convert Celsius to Fahrenheit.

    >>> celsius_to_fahrenheit(100.0)
    212.0
    """
    # multiply first, then add the offset
    return c * 9.0 / 5.0 + 32.0  # trailing comment


def fahrenheit_to_celsius(f: float) -> float:
    '''Single-quoted docstring.'''
    return (f - 32.0) * 5.0 / 9.0


def circle_area(r: float) -> float:
    """Area of a circle. Contains "quotes" and a backslash \\ in the docstring."""
    # A comment containing code: return 0.0
    # and a string "that is not a string"
    return math.pi * r * r


def nothing_to_do(x: int) -> int:
    """Only a docstring and a pass, then the return."""
    pass
    return x


if __name__ == "__main__":
    # Freezing and boiling points
    print(celsius_to_fahrenheit(0.0), celsius_to_fahrenheit(100.0), celsius_to_fahrenheit(-40.0))
    print(fahrenheit_to_celsius(212.0), fahrenheit_to_celsius(98.6), fahrenheit_to_celsius(-40.0))
    print(circle_area(1.0), circle_area(0.5))  # pi and pi/4
    print(nothing_to_do(5))
    print("# not a comment", '"""not a docstring"""')
