"""Engineering and risk calculations with scipy.stats.norm using loc and scale:
fraction of parts outside specification limits and the capability indices Cp/Cpk,
control-chart limits, value-at-risk and expected shortfall of normal losses, and the
probability that one normal measurement exceeds another."""
#setup: import numpy as np; np.random.seed(26); parts = 10.02 + 0.03 * np.random.randn(400); means = np.linspace(9.9, 10.1, 21)
#setup: alphas = np.array([0.9, 0.95, 0.99, 0.999])
#run: out_of_spec(parts, 9.9, 10.1)
#run: yield_curve(means, 0.03, 9.9, 10.1)
#run: var_es(0.001, 0.02, alphas)
#run: var_es(0.0, 1.0, 0.975)
#run: prob_exceeds(5.0, 0.3, 4.6, 0.4)
import numpy as np
from scipy.stats import norm


def out_of_spec(x, lsl, usl):
    mu = np.mean(x)
    sigma = np.std(x, ddof=1)
    p_low = norm.cdf(lsl, loc=mu, scale=sigma)
    p_high = norm.sf(usl, loc=mu, scale=sigma)
    cp = (usl - lsl) / (6 * sigma)
    cpk = min(usl - mu, mu - lsl) / (3 * sigma)
    observed = np.sum(np.where((x < lsl) | (x > usl), 1, 0)) / len(x)
    return p_low + p_high, cp, cpk, observed


def yield_curve(means, sigma, lsl, usl):
    """Fraction within limits and the density at the target, as the process mean drifts."""
    inside = norm.cdf(usl, loc=means, scale=sigma) - norm.cdf(lsl, loc=means, scale=sigma)
    target = 0.5 * (lsl + usl)
    dens = norm.pdf(target, loc=means, scale=sigma)
    return inside, dens, means[np.argmax(inside)]


def var_es(mu, sigma, alpha):
    """Value-at-risk and expected shortfall of a N(mu, sigma^2) loss at level(s) alpha."""
    z = norm.ppf(alpha)
    var = mu + sigma * z
    es = mu + sigma * norm.pdf(z) / (1.0 - alpha)
    tail = norm.sf(var, loc=mu, scale=sigma)
    return var, es, tail


def prob_exceeds(mu1, s1, mu2, s2):
    s = np.sqrt(s1 ** 2 + s2 ** 2)
    return 1.0 - norm.cdf(0.0, loc=mu1 - mu2, scale=s)
