namespace Transparency.Web.Domain;

public enum ReturnVersionStatus
{
    Draft,
    Published,
    Superseded,
    Withdrawn,
}
