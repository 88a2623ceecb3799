using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Mocean.Server.Admin;

/// <summary>
/// In a cluster, where Data Protection keeps the keys that seal the teacher's cookie: the table <c>mocean_keys</c> of the
/// cluster's store instead of each server's <c>keys</c> folder, so a teacher signed in through one server is signed in on
/// every server behind the load balancer. As with the folder, the keys are not encrypted further: whoever reads the
/// store already reads every player's secret id.
/// </summary>
public sealed class ClusterKeys(NpgsqlDataSource store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = store.CreateCommand("SELECT xml FROM mocean_keys ORDER BY name");
        using var row = command.ExecuteReader();
        var elements = new List<XElement>();
        while (row.Read())
        {
            elements.Add(XElement.Parse(row.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var command = store.CreateCommand("INSERT INTO mocean_keys (name, xml) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET xml = EXCLUDED.xml");
        command.Parameters.Add(new NpgsqlParameter { Value = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString() : friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
