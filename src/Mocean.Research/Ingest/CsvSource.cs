using System.Text;

namespace Mocean.Research.Ingest;

/// <summary>A CSV line split into fields, with its 1-based line number in the file.</summary>
public readonly record struct CsvLine(long Number, string[] Fields, long CharsRead);

/// <summary>
/// Reads CSV (RFC 4180: commas, double-quoted fields with doubled quotes, CRLF or LF) as UTF-8, replacing
/// bytes that are not UTF-8 with U+FFFD rather than failing. The first line is the header.
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
                    if (quoted && reader.ReadLine() is { } more)
                    {
                        number++;
                        chars += more.Length + 1;
                        field.Append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }

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

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            yield return new CsvLine(first, [.. fields], chars);
        }
    }
}
