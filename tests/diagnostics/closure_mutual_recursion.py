# expect: errors at 6:5 and 8:5: nested functions calling each other back ('even' captures 'odd',
# defined after it; 'odd' captures 'even').


def is_even(n):
    def even(k):
        return k == 0 or odd(k - 1)
    def odd(k):
        return k != 0 and even(k - 1)
    return even(n)


print(is_even(4))
