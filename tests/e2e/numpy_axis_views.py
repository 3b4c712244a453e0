"""Views that reorder, add or drop axes (transpose(axes), swapaxes, moveaxis, expand_dims,
squeeze(axis)), writes through them, joining rank-3 arrays, tolist() at rank 3, and NumPy's
messages for bad axes."""
import numpy as np

def main():
    a = np.arange(24).reshape(2, 3, 4)
    print(a.transpose(2, 0, 1).shape, a.transpose((1, 2, 0))[1, 2], np.transpose(a, (0, 2, 1))[1])
    print(a.transpose(), a.T.shape)
    print(np.swapaxes(a, 0, 2)[3], a.swapaxes(-1, 0).shape)
    print(np.moveaxis(a, 0, -1).shape, np.moveaxis(a, (0, 1), (2, 0)).shape, np.moveaxis(a, -1, 0)[2])
    e = np.expand_dims(a, 1)
    print(e.shape, np.expand_dims(a, (0, 4)).shape, np.expand_dims(a, -1).shape)
    print(np.squeeze(e, 1).shape, e.squeeze(axis=1)[1, 2], np.squeeze(np.ones((1, 3, 1)), axis=(0, 2)))
    print(a.tolist())
    print(np.concatenate((a, a), axis=2).shape, np.concatenate((a, a + 1), axis=1)[1], np.stack((a, a), axis=3).shape)
    print(np.stack((a, a * 2), axis=1)[1], np.vstack((a, a)).shape, np.hstack((a, a)).shape)
    m = np.arange(6.0).reshape(2, 3)
    print(m.transpose(1, 0), np.stack((m, m), axis=2), np.expand_dims(m, 0).shape)
    v = a[:, 1, :]
    v[0, 0] = 100
    print(a[0], a[1, :, ::2], a[:, :, 1])
    e[0, 0, 0, 0] = -5
    print(a[0, 0])
    try:
        np.squeeze(a, 1)
    except ValueError as err:
        print("ValueError:", err)
    try:
        a.transpose(0, 1, 1)
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.swapaxes(a, 0, 3)
    except ValueError as err:
        print("ValueError:", err)



def errors():
    a = np.arange(24).reshape(2, 3, 4)
    for k in range(9):
        try:
            if k == 0:
                np.swapaxes(a, 5, 1)
            elif k == 1:
                np.moveaxis(a, 3, 0)
            elif k == 2:
                np.moveaxis(a, 0, -4)
            elif k == 3:
                np.moveaxis(a, (0, 0), (1, 2))
            elif k == 4:
                np.expand_dims(a, 5)
            elif k == 5:
                np.expand_dims(a, (1, 1))
            elif k == 6:
                np.squeeze(a, (0, 0))
            elif k == 7:
                a.transpose(0, 1)
            else:
                np.stack((a, a), axis=4)
        except ValueError as e:
            print(k, e)

errors()
main()
