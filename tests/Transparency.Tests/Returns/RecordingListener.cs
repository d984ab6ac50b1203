using Transparency.Web.Domain;

namespace Transparency.Tests.Returns;

/// <summary>Remembers what it was told; optionally fails, to show a failing listener never undoes a publication.</summary>
public sealed class RecordingListener(bool fail = false) : IPublicationListener
{
    public List<PublicationChange> Changes { get; } = [];

    public Task OnPublicationChangedAsync(PublicationChange change, CancellationToken cancellationToken)
    {
        Changes.Add(change);
        return fail ? throw new InvalidOperationException("The listener failed on purpose.") : Task.CompletedTask;
    }
}
