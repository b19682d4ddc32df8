using System.Threading.Channels;
using ZcIngest.Core.Documents;
using ZcIngest.Core.Records;
using ZcIngest.Extractors.Ocr.Native;

namespace ZcIngest.Extractors.Ocr;

/// <summary>
/// In-process OCR with a fixed pool of worker threads, each owning one <see cref="TesseractEngine"/> that
/// it creates on its first page and reuses for every later one, so the language model is loaded once per
/// worker. Safe to call from any number of threads; pages queue when all workers are busy.
/// </summary>
public sealed class OcrService : IOcrService, IDisposable
{
    private readonly OcrOptions _options;
    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = false });
    private readonly List<Thread> _workers = [];
    private readonly object _gate = new();
    private bool _disposed;
    private int _idle;

    /// <summary>Checks the native libraries and language packs now, so a missing package fails at start-up.</summary>
    /// <exception cref="OcrUnavailableException">naming the apt package to install.</exception>
    public OcrService(OcrOptions? options = null)
    {
        _options = options ?? new OcrOptions();
        if (_options.Workers < 1) throw new ArgumentOutOfRangeException(nameof(options), "OCR needs at least one worker");
        TesseractRuntime.EnsureAvailable(_options.DataPath ?? TesseractRuntime.DefaultDataPath(), _options.Languages);
    }

    public int Workers => _options.Workers;
    public OcrOptions Options => _options;

    /// <summary>
    /// For hosts that run without OCR when it is not installed: the service, or null with the reason
    /// (<c>OCR not available：…</c>, naming the apt package) for the host to log once.
    /// </summary>
    public static OcrService? TryCreate(OcrOptions? options, out string? unavailableReason)
    {
        try
        {
            unavailableReason = null;
            return new OcrService(options);
        }
        catch (OcrUnavailableException e)
        {
            unavailableReason = e.Message;
            return null;
        }
    }

    public Task<Page> RecognizeAsync(string imagePath, int pageNumber, CancellationToken ct) =>
        RecognizeAsync(imagePath, pageNumber, null, ct);

    public Task<Page> RecognizeAsync(string imagePath, int pageNumber, string? uprightImagePath, CancellationToken ct) =>
        Enqueue(engine => engine.Recognize(imagePath, pageNumber, uprightImagePath, ct), ct);

    public Task<IReadOnlyList<string>> ReadFigureAgainAsync(string imagePath, Box word, CancellationToken ct) =>
        Enqueue(engine => engine.ReadFigureAgain(imagePath, word, ct), ct);

    public Task<IReadOnlyList<string>> ReadLineAgainAsync(string imagePath, Box word, CancellationToken ct) =>
        Enqueue(engine => engine.ReadLineAgain(imagePath, word, ct), ct);

    private async Task<T> Enqueue<T>(Func<TesseractEngine, T> work, CancellationToken ct) where T : class =>
        (T)await Enqueue(new Job(engine => work(engine), ct));

    private Task<object> Enqueue(Job job)
    {
        job.Token.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A worker (and its model load) is added only when the queue outgrows the idle ones, so a service
            // used one page at a time loads one model, and nobody using it costs none.
            if (_workers.Count < _options.Workers && _queue.Reader.Count >= Volatile.Read(ref _idle)) StartWorker();
            _queue.Writer.TryWrite(job);
        }
        return job.Result.Task;
    }

    private void StartWorker()
    {
        var thread = new Thread(WorkLoop) { IsBackground = true, Name = $"ocr-{_workers.Count + 1}" };
        _workers.Add(thread);
        thread.Start();
    }

    private void WorkLoop()
    {
        TesseractEngine? engine = null;
        try
        {
            while (true)
            {
                Interlocked.Increment(ref _idle);
                var more = _queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
                var got = _queue.Reader.TryRead(out var job);
                Interlocked.Decrement(ref _idle);
                if (!more) break;
                if (!got || job is null) continue;
                if (job.Token.IsCancellationRequested) { job.Result.TrySetCanceled(job.Token); continue; }
                try
                {
                    engine ??= new TesseractEngine(_options);
                    job.Result.TrySetResult(job.Work(engine));
                }
                catch (OperationCanceledException) { job.Result.TrySetCanceled(job.Token); }
                catch (Exception e) { job.Result.TrySetException(e); }
            }
        }
        finally
        {
            engine?.Dispose();
        }
    }

    /// <summary>Finishes queued pages, then frees every engine.</summary>
    public void Dispose()
    {
        List<Thread> workers;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _queue.Writer.TryComplete();
            workers = [.. _workers];
        }
        foreach (var worker in workers) worker.Join();
    }

    private sealed record Job(Func<TesseractEngine, object> Work, CancellationToken Token)
    {
        public TaskCompletionSource<object> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
