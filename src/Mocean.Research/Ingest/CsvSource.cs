using System.Text;

namespace Mocean.Research.Ingest;

/// <summary>A CSV line split into fields, with its 1-based line number in the file; <paramref name="Broken"/> says why it could not be split.</summary>
public readonly record struct CsvLine(long Number, string[] Fields, long CharsRead, string? Broken = null);

/// <summary>
/// Reads CSV (RFC 4180: commas, double-quoted fields with doubled quotes, CRLF or LF) as UTF-8, replacing
/// bytes that are not UTF-8 with U+FFFD rather than failing. The first line is the header. A quoted field
/// ends on its own line: a quote still open at the end of a line makes that line a broken one (reported
/// with its number), so one stray quote cannot swallow the rest of the file into one cell.
/// </summary>
public static class CsvSource
{
    public static IEnumerable<CsvLine> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        long number = 0;
        long chars = 0;
        var fields = new List<string>(16);
        var field = new StringBuilder(64);
        while (reader.ReadLine() is { } line)
        {
            number++;
            chars += line.Length + 1;
            if (!line.Contains('"', StringComparison.Ordinal))
            {
                if (line.Length > 0)
                {
                    yield return new CsvLine(number, line.Split(','), chars);
                }

                continue;
            }

            var first = number;
            fields.Clear();
            field.Clear();
            var quoted = false;
            var text = line;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    fields.Add(field.ToString());
                    break;
                }

                var c = text[i++];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                yield return new CsvLine(first, [], chars, "a quoted field runs past the end of the line (a \" is not closed)");
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            yield return new CsvLine(first, [.. fields], chars);
        }
    }
}
