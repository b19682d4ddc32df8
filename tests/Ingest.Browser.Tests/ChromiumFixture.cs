using Microsoft.Playwright;

namespace ZcIngest.Browser.Tests;

/// <summary>
/// One headless Debian chromium for the test class, driven by Playwright. <c>playwright install</c> cannot
/// download a browser here, so the system's is used through <c>ExecutablePath</c>. A missing browser is a test
/// failure with the fix in its message, never a silent skip: CI installs it with scripts/install-native.sh --for-tests.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Overrides the browser's path (a developer machine with chromium elsewhere).</summary>
    public const string PathVariable = "ZCINGEST_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser was not started");

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? p : DefaultPath;

    public async Task InitializeAsync()
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"chromium not found at {path}: the browser tests need Debian's chromium. Install it with " +
                $"`bash scripts/install-native.sh --for-tests` (apt package `chromium`), or set {PathVariable} to its path.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // A loaded CI machine (two cores shared with OCR) can take a while to start a browser.
            Timeout = 120_000,
            Args = ["--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
