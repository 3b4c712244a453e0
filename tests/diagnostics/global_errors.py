# expect: located errors for `global` names py2cpp cannot share (not assigned once at module
# level, from constants)
ratio = 0.5
for k in range(2):
    ratio = ratio * 2


def never_defined():
    global created
    created = 1


def main_variable():
    global ratio
    ratio = 1.0


never_defined()
main_variable()
