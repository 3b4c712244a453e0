# A UTF-8 byte order mark opens this file: Python accepts it, so py2cpp must too.
name = "café"
print(name, len(name))
