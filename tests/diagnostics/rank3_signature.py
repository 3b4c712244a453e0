# An entry signature with a rank-3 array (here `#pythran export`; --sig says the same) is a
# located error: py2cpp handles ranks 1 and 2.
#pythran export volume(float64[:,:,:])
def volume(v):
    return 1.0
