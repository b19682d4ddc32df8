namespace ZcIngest.Core.Tests.Rules;

/// <summary>
/// Finds <c>shared/seeds</c>, which every engineer and CI run has beside the project (<c>../shared</c> of the
/// repository): the first ancestor of the test binaries that holds <c>shared/seeds</c>.
/// </summary>
public static class SeedDirectory
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (File.Exists(System.IO.Path.Combine(candidate, "001_a6595dd4da0b6e82.txt"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/seeds not found above " + AppContext.BaseDirectory +
                                             " (the policy texts are expected at ../shared/seeds beside the repository)");
    }

    public static string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Path, file));
}
