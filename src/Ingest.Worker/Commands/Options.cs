namespace ZcIngest.Worker.Commands;

/// <summary>
/// A small, strict argument parser: positional arguments plus <c>--name value</c> options and
/// <c>--flag</c> switches. Anything unexpected is a <see cref="UsageException"/>.
/// </summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    public static Options Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string>? switches = null)
    {
        var result = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (valueOptions.Contains(a))
                {
                    if (i + 1 >= args.Count) throw new UsageException($"option {a} needs a value");
                    result._named[a] = args[++i];
                }
                else if (switches?.Contains(a) == true) result._named[a] = null;
                else throw new UsageException($"unknown option {a}");
            }
            else result.Positional.Add(a);
        }
        return result;
    }

    public string? Get(string name) => _named.GetValueOrDefault(name);
    public bool Has(string name) => _named.ContainsKey(name);
}
