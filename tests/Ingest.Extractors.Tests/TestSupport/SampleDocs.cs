namespace ZcIngest.Extractors.Tests.TestSupport;

/// <summary>The committed sample corpus at the repository root.</summary>
public static class SampleDocs
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "sample-docs"))) return Path.Combine(dir.FullName, "sample-docs");
            throw new DirectoryNotFoundException("sample-docs not found above " + AppContext.BaseDirectory);
        }
    }
}
