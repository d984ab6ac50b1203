namespace Transparency.Web.Domain;

public enum Sector
{
    Health,
    SocialCare,
    Justice,
    Employment,
    Housing,
    Education,
    Other,
}
