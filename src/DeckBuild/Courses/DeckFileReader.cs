using System.Text;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Courses;

/// <summary>
/// Reads a text file as UTF-8 (or UTF-16 when it has that byte-order mark). Invalid bytes become U+FFFD with a
/// warning at the first of them, so one bad byte never stops a build.
/// </summary>
public static class DeckFileReader
{
    private static readonly UTF8Encoding Strict = new(false, true);
    private static readonly UTF8Encoding Lenient = new(false, false);

    public static SourceText? Read(string path, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(Diagnostic.AtFileStart(DiagnosticCatalog.DeckNotReadable, path, e.Message));
            return null;
        }

        return Decode(path, bytes, bag);
    }

    public static SourceText Decode(string path, byte[] bytes, DiagnosticBag bag)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new SourceText(path, encoding.GetString(bytes, 2, bytes.Length - 2));
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new SourceText(path, Strict.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException e)
        {
            var text = Lenient.GetString(bytes, start, bytes.Length - start);
            var source = new SourceText(path, text);
            var badByte = Math.Max(0, e.Index);
            var offset = Lenient.GetCharCount(bytes, start, Math.Min(badByte, bytes.Length - start));
            bag.Report(DiagnosticCatalog.InvalidUtf8, source.Span(offset, 1));
            return source;
        }
    }
}
