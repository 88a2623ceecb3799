using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Mocean.Server.Admin;

/// <summary>
/// Where Data Protection keeps the keys that seal the teacher's cookie: the folder <c>keys</c> of the data
/// directory, readable by the server's own user only (the folder 0700, each key file 0600, also what an
/// older version or a restored backup left readable by others). The keys are not encrypted further: anyone who can read them can
/// already read the whole data directory, settings file and admin key included.
/// </summary>
public sealed class PrivateKeyFolder(string path) : IXmlRepository
{
    public const string FolderName = "keys";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        if (!Directory.Exists(path))
        {
            return [];
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.UserExecute);
        }

        var elements = new List<XElement>();
        foreach (var file in Directory.EnumerateFiles(path, "*.xml"))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, OwnerOnly);
            }

            elements.Add(XElement.Load(file));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnly | UnixFileMode.UserExecute);
        }

        var name = string.IsNullOrEmpty(friendlyName) || friendlyName.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            ? Guid.NewGuid().ToString()
            : friendlyName;
        var temporary = Path.Combine(path, Guid.NewGuid().ToString("N") + ".tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        {
            element.Save(stream);
        }

        File.Move(temporary, Path.Combine(path, name + ".xml"), overwrite: true);
    }
}
