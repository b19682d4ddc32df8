using ZcIngest.Core.Extraction;
using ZcIngest.Core.Fields;
using ZcIngest.Core.Records;

namespace ZcIngest.Extractors.Extraction.Types;

/// <summary>The application form: every glossary key it states, under any of the glossary's labels.</summary>
public sealed class ApplicationFormExtractor : IDocumentExtractor
{
    public DocumentType Type => DocumentType.ApplicationForm;

    public void Extract(DocumentView view, DocumentFacts facts)
    {
        foreach (var (key, value) in LabelledFields.Pick(view, GlossaryCatalog.All))
            facts.Fields[key] = key == FieldKeys.CreditCode && value.Value?.Text is { } code
                ? value with { Value = ScalarValue.Of(TextPatterns.CreditCodeLetters(WrappedCode(view, value, code))) }
                : value;
        // A form written as sentences with blanks: what the labelled finders did not find, and what they read from the
        // same sentence without knowing where its blank ends (「91140602Y03LY1PYMK_)成立于_2014年12月30日」).
        foreach (var (key, value) in FillInBlanks.Read(view))
            if (!facts.Fields.TryGetValue(key, out var labelled) || labelled.Value is null || SameStatement(labelled, value))
                facts.Fields[key] = value;
        // An application written as a letter: what its sentences state and nothing above found.
        foreach (var (key, value) in LetterStatements.Read(view))
            if (facts.Fields.GetValueOrDefault(key)?.Value is null) facts.Fields[key] = value;
    }

    private static bool SameStatement(FieldValue labelled, FieldValue blank) =>
        (labelled.Raw ?? labelled.Snippet ?? "").Contains('_') || (labelled.Raw ?? "").Contains('＿')
        || (labelled.Page == blank.Page && labelled.Box is { } a && blank.Box is { } b && a.Y0 < b.Y1 && b.Y0 < a.Y1);

    /// <summary>
    /// A narrow cell wraps the 18 characters of a credit code onto two lines (「914110027PFU5MP」 over 「K7P」);
    /// on a scan the second line is a line of its own just below. The code is joined when the pieces make exactly
    /// the code's shape; otherwise the value stays as read.
    /// </summary>
    private static string WrappedCode(DocumentView view, FieldValue value, string code)
    {
        var head = new string(code.TakeWhile(char.IsAsciiLetterOrDigit).ToArray());
        // The form's text layer already joined the wrapped line, with the next cell's label read in between
        // (「911401064646ETKR法定代表人8F」): the code's own characters, before and after it, make the code.
        if (head.Length is >= 10 and < 18 && code.Skip(head.Length).SkipWhile(c => !char.IsAsciiLetterOrDigit(c)).ToArray() is { Length: > 0 } rest
            && rest.All(char.IsAsciiLetterOrDigit) && head.Length + rest.Length == 18
            && TextPatterns.CreditCodeLetters(head.ToUpperInvariant() + new string(rest).ToUpperInvariant()) is var rejoined
            && TextPatterns.CreditCode().IsMatch(rejoined))
            return rejoined;
        if (head.Length is < 10 or >= 18 || value.Box is not { } box) return code;
        // The value's box may be its whole line, label and the next cell included (「统一社会信用代码 9141…36 法定代表人」);
        // the wrapped piece lines up under the code itself, so the code's own word says where the cell begins.
        var left = HeadWord(view, value, head)?.X0 ?? box.X0;
        foreach (var line in view.Lines)
        {
            if (line.Page != value.Page || line.Box is not { } b) continue;
            var below = b.Y0 >= box.Y1 - box.Height * 0.2 && b.Y0 - box.Y1 < box.Height * 1.5;
            var aligned = Math.Abs(b.X0 - left) < box.Height * 1.5;
            var tail = LabelText.Compact(line.Text).ToUpperInvariant();
            if (!below || !aligned || tail.Length != 18 - head.Length || !tail.All(char.IsAsciiLetterOrDigit)) continue;
            var joined = TextPatterns.CreditCodeLetters(head.ToUpperInvariant() + tail);
            if (TextPatterns.CreditCode().IsMatch(joined)) return joined;
        }
        return code;
    }

    /// <summary>The box of the word on the value's line that starts the code, null when the page has no such word.</summary>
    private static Box? HeadWord(DocumentView view, FieldValue value, string head)
    {
        if (value.Page is not { } number || view.PageOf(number) is not { } page || value.Box is not { } box) return null;
        var start = head[..Math.Min(8, head.Length)];
        return page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Box is { } wb && wb.Y1 > box.Y0 && wb.Y0 < box.Y1 && wb.X0 >= box.X0 - 2 && wb.X1 <= box.X1 + 2)
            .FirstOrDefault(w => LabelText.Compact(w.Text).ToUpperInvariant().StartsWith(start, StringComparison.Ordinal))?.Box;
    }
}
