using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Serving;

/// <summary>Rebuilds the pages a publication touches as soon as it commits. A failure is logged; the next update or a full build repairs it.</summary>
public sealed class SitePublicationListener(SiteUpdater updater, ILogger<SitePublicationListener> logger) : IPublicationListener
{
    public async Task OnPublicationChangedAsync(PublicationChange change, CancellationToken cancellationToken)
    {
        try
        {
            await updater.UpdateAsync(SiteScope.ForProvider(change.ProviderId), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "The site was not updated after {Kind} of return {ReturnId}; it will be at the next rebuild.", change.Kind, change.ReturnId);
        }
    }
}
