using Microsoft.EntityFrameworkCore.Metadata;

namespace Transparency.Web.Data.Bulk;

public sealed class BulkColumn(string name, string storeType, IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter = property.GetTypeMapping().Converter;

    public string Name { get; } = name;

    public string StoreType { get; } = storeType;

    /// <summary>The value as the database stores it, or null.</summary>
    public object? ValueOf(object entity)
    {
        var value = _getter.GetClrValue(entity);
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }
}
