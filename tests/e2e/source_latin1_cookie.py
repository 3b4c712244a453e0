# -*- coding: latin-1 -*-
# PEP 263: this file is Latin-1 (the string below is one byte per letter on disk).
s = "déjà vu °C"
print(s, len(s))
