namespace ZcIngest.Core.Ml;

/// <summary>A differentiable function: writes the gradient at <c>x</c> into <c>gradient</c> and returns the value.</summary>
public delegate double Objective(double[] x, double[] gradient);

public sealed record LbfgsOptions
{
    public int MaxIterations { get; init; } = 500;
    public int History { get; init; } = 7;
    /// <summary>Stop when the gradient's max-norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 1e-6;
    /// <summary>Stop when the value improves by less than this (relative) over one iteration.</summary>
    public double RelativeTolerance { get; init; } = 1e-10;
    public int MaxLineSearchSteps { get; init; } = 40;
}

public sealed record LbfgsResult(double Value, int Iterations, int Evaluations, string StopReason);

/// <summary>
/// Limited-memory BFGS (Nocedal &amp; Wright, Algorithm 7.4/7.5) with a backtracking Armijo line search.
/// Purely sequential arithmetic in a fixed order, so the same start and objective give the same result
/// bit for bit.
/// </summary>
public static class Lbfgs
{
    public static LbfgsResult Minimize(Objective f, double[] x, LbfgsOptions options)
    {
        var n = x.Length;
        var g = new double[n];
        var value = f(x, g);
        var evaluations = 1;
        if (!double.IsFinite(value)) throw new ArithmeticException("objective is not finite at the start point");

        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var direction = new double[n];
        var alpha = new double[options.History];
        var xNew = new double[n];
        var gNew = new double[n];

        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (MaxAbs(g) < options.GradientTolerance)
                return new LbfgsResult(value, iteration - 1, evaluations, "gradient");

            // Two-loop recursion: direction = -H·g.
            for (var i = 0; i < n; i++) direction[i] = -g[i];
            for (var k = s.Count - 1; k >= 0; k--)
            {
                alpha[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alpha[k], y[k], direction);
            }
            if (s.Count > 0)
            {
                var last = s.Count - 1;
                var gamma = Dot(s[last], y[last]) / Dot(y[last], y[last]);
                for (var i = 0; i < n; i++) direction[i] *= gamma;
            }
            else
            {
                // First step: a unit-length move so a huge gradient does not overshoot.
                var norm = Math.Sqrt(Dot(g, g));
                for (var i = 0; i < n; i++) direction[i] /= Math.Max(1, norm);
            }
            for (var k = 0; k < s.Count; k++)
            {
                var beta = rho[k] * Dot(y[k], direction);
                Axpy(alpha[k] - beta, s[k], direction);
            }

            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (curvature pairs gone stale): restart from steepest descent.
                s.Clear(); y.Clear(); rho.Clear();
                for (var i = 0; i < n; i++) direction[i] = -g[i];
                slope = Dot(g, direction);
            }

            var step = 1.0;
            double newValue = double.NaN;
            var accepted = false;
            for (var ls = 0; ls < options.MaxLineSearchSteps; ls++)
            {
                for (var i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
                newValue = f(xNew, gNew);
                evaluations++;
                if (double.IsFinite(newValue) && newValue <= value + 1e-4 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted) return new LbfgsResult(value, iteration, evaluations, "line search");

            var sk = new double[n];
            var yk = new double[n];
            for (var i = 0; i < n; i++) { sk[i] = xNew[i] - x[i]; yk[i] = gNew[i] - g[i]; }
            var sy = Dot(sk, yk);
            if (sy > 1e-12 * Math.Sqrt(Dot(yk, yk) * Dot(sk, sk)))
            {
                if (s.Count == options.History) { s.RemoveAt(0); y.RemoveAt(0); rho.RemoveAt(0); }
                s.Add(sk); y.Add(yk); rho.Add(1 / sy);
            }

            var improvement = value - newValue;
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            value = newValue;
            if (improvement <= options.RelativeTolerance * Math.Max(1, Math.Abs(value)))
                return new LbfgsResult(value, iteration, evaluations, "converged");
        }
        return new LbfgsResult(value, options.MaxIterations, evaluations, "max iterations");
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += a * x[i];
    }

    private static double MaxAbs(double[] a)
    {
        var max = 0.0;
        foreach (var v in a) max = Math.Max(max, Math.Abs(v));
        return max;
    }
}
