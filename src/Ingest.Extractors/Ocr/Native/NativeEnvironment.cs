using System.Runtime.InteropServices;

namespace ZcIngest.Extractors.Ocr.Native;

/// <summary>
/// Puts settings into the native process environment before libtesseract is loaded. libgomp (linked by
/// libtesseract) reads OMP_THREAD_LIMIT once, when it is loaded; .NET's Environment.SetEnvironmentVariable
/// only changes a managed copy that native getenv never sees, so libc setenv is called directly.
/// Without the limit every engine spawns one OpenMP thread per core and parallel OCR slows down
/// several times (tesseract-ocr/tesseract#3109).
/// </summary>
internal static partial class NativeEnvironment
{
    private static readonly object Gate = new();
    private static bool _done;

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);

    /// <summary>Idempotent; must run before the first call into libtesseract.</summary>
    public static void PrepareForTesseract()
    {
        lock (Gate)
        {
            if (_done) return;
            // Parallelism comes from one engine per worker thread; OpenMP inside an engine only fights them.
            if (SetEnv("OMP_THREAD_LIMIT", "1", 1) != 0)
                throw new InvalidOperationException("setenv(OMP_THREAD_LIMIT) failed");
            _done = true;
        }
    }

    /// <summary>The value native code sees (for checks and diagnostics).</summary>
    public static string? GetNative(string name)
    {
        var p = GetEnv(name);
        return p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);
    }
}
