using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>Tells every registered listener about a change after it has committed. A failing listener is logged; the change stands.</summary>
public sealed class PublicationNotifier(IEnumerable<IPublicationListener> listeners, ILogger<PublicationNotifier> logger)
{
    public async Task NotifyAsync(PublicationChange change)
    {
        foreach (var listener in listeners)
        {
            try
            {
                // Not the request's token: the change has committed, so listeners must hear of it even if the caller went away.
                await listener.OnPublicationChangedAsync(change, CancellationToken.None);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Publication listener {Listener} failed for {Kind} of return version {VersionId}; a rebuild will catch up",
                    listener.GetType().Name, change.Kind, change.ReturnVersionId);
            }
        }
    }
}
