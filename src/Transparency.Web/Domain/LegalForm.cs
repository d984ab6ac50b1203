namespace Transparency.Web.Domain;

public enum LegalForm
{
    Company,
    Charity,
    MutualOrSocialEnterprise,
    PublicBody,
}
