namespace ZcIngest.Tests.Shared;

/// <summary>The checkout the tests run from (the folder holding ZcIngest.sln), for files the tests check as committed.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ZcIngest.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found (no ZcIngest.sln above the test binaries)");
    }
}
