namespace Transparency.Web.Domain;

/// <summary>
/// Told when the public record changes: a return version was published, restated or withdrawn. Called
/// after the publishing transaction has committed, so a listener (the static site, the bulk files, the
/// feeds) always reads the new state. A failing listener is logged and retried by a rebuild; it never
/// undoes a publication.
/// </summary>
public interface IPublicationListener
{
    Task OnPublicationChangedAsync(PublicationChange change, CancellationToken cancellationToken);
}
