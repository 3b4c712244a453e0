# Number of whole tiles of a given width that fit; the width underflows to zero.

#pythran export tiles(float, float)


def tiles(length, width):
    return length // width


if __name__ == "__main__":
    w = 1.0
    for i in range(6):
        print(f"width {w}: {tiles(10.0, w)} tiles")
        w *= 1e-100
