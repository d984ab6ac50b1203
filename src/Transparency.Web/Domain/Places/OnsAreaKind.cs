namespace Transparency.Web.Domain.Places;

public enum OnsAreaKind
{
    /// <summary>One of England's nine regions (E12).</summary>
    Region,

    /// <summary>England, Wales, Scotland or Northern Ireland (E92, W92, S92, N92).</summary>
    Country,

    /// <summary>England and Wales, Great Britain or the United Kingdom (K04, K03, K02).</summary>
    Group,
}
