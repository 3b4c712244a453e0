# No coding declaration, and a byte that is not UTF-8 (Latin-1 for e-acute).
x = 1
y = "été"
print(x, y)
