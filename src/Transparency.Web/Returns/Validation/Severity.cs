namespace Transparency.Web.Returns.Validation;

public enum Severity
{
    /// <summary>Blocks publishing: the return cannot be accepted until it is fixed.</summary>
    Error,

    /// <summary>Worth checking, but the return can be published as it is.</summary>
    Warning,
}
