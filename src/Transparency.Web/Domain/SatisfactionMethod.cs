namespace Transparency.Web.Domain;

public enum SatisfactionMethod
{
    Survey,
    Interview,
    FocusGroup,
    FeedbackForm,
    Other,
}
