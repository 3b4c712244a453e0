# An entry signature with a rank-9 array (here `#pythran export`; --sig says the same) is a
# located error: py2cpp handles ranks 1 to 8.
#pythran export volume(float64[:,:,:,:,:,:,:,:,:])
def volume(v):
    return 1.0
