# expect: a located error for a value of another type than the module variable's
steps = 0


def wrong_type():
    global steps
    steps = "many"


wrong_type()
