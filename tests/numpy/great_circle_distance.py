"""Navigation on a sphere: great-circle distances by the haversine formula (arcsin)
and the spherical law of cosines (arccos), the initial bearing (arctan2), the
Mercator projection y = ln tan(pi/4 + phi/2) and its inverse, and the total length of a route."""
#setup: import numpy as np; np.random.seed(27); lat = np.random.uniform(-80.0, 80.0, 1000); lon = np.random.uniform(-180.0, 180.0, 1000)
#setup: lat2 = np.random.uniform(-80.0, 80.0, 1000); lon2 = np.random.uniform(-180.0, 180.0, 1000)
#setup: route_lat = np.array([51.5, 48.9, 41.9, 37.98]); route_lon = np.array([-0.13, 2.35, 12.5, 23.73])
#setup: mx = np.linspace(-2.0e4, 2.0e4, 81); my = np.linspace(-1.5e4, 1.5e4, 81)
#run: haversine(lat, lon, lat2, lon2)
#run: haversine(51.5, -0.13, 40.71, -74.0)
#run: law_of_cosines(lat, lon, lat2, lon2)
#run: initial_bearing(lat, lon, lat2, lon2)
#run: mercator(lat, lon)
#run: inverse_mercator(mx, my)
#run: route_length(route_lat, route_lon)
import numpy as np

EARTH_RADIUS_KM = 6371.0


def haversine(lat1, lon1, lat2, lon2):
    p1 = lat1 * np.pi / 180.0
    p2 = lat2 * np.pi / 180.0
    dphi = p2 - p1
    dlmb = (lon2 - lon1) * np.pi / 180.0
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def law_of_cosines(lat1, lon1, lat2, lon2):
    p1 = np.deg2rad(lat1)
    p2 = np.deg2rad(lat2)
    dl = np.deg2rad(lon2 - lon1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    d = EARTH_RADIUS_KM * np.arccos(np.clip(c, -1.0, 1.0))
    return d


def initial_bearing(lat1, lon1, lat2, lon2):
    p1 = np.radians(lat1)
    p2 = np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    x = np.sin(dl) * np.cos(p2)
    y = np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dl)
    theta = np.arctan2(x, y)
    return (np.degrees(theta) + 360.0) % 360.0


def mercator(lat, lon):
    phi = np.radians(lat)
    x = EARTH_RADIUS_KM * np.radians(lon)
    y = EARTH_RADIUS_KM * np.log(np.tan(np.pi / 4 + phi / 2))
    return x, y


def inverse_mercator(x, y):
    """Back to degrees: phi = 2 arctan(exp(y/R)) - pi/2."""
    lat = np.degrees(2.0 * np.arctan(np.exp(y / EARTH_RADIUS_KM)) - np.pi / 2)
    lon = np.degrees(x / EARTH_RADIUS_KM)
    return lat, lon


def route_length(lat, lon):
    legs = haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])
    return legs, np.sum(legs)
