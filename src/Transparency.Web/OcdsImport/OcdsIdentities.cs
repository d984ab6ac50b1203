namespace Transparency.Web.OcdsImport;

/// <summary>
/// The local identifiers already given to organisations known only by name, by <see cref="OcdsOrganisations.NameKey"/>:
/// a supplier spelt "Civica Uk Limited" in one release and "Civica UK Limited" in another is one organisation, and
/// one imported before the key ignored punctuation keeps the identifier it was given then.
/// </summary>
public sealed class OcdsIdentities
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public void Add(string name, string identifier) => _byName.TryAdd(OcdsOrganisations.NameKey(name), identifier);

    /// <summary>The identifier a name already has, or the local identifier made from it (remembered from now on).</summary>
    public string Local(string name)
    {
        var key = OcdsOrganisations.NameKey(name);
        if (!_byName.TryGetValue(key, out var identifier))
        {
            identifier = OcdsOrganisations.LocalIdentifier(name);
            _byName[key] = identifier;
        }

        return identifier;
    }
}
