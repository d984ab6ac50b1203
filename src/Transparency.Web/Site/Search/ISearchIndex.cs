namespace Transparency.Web.Site.Search;

/// <summary>The two things search asks of an engine's full-text index, in its own SQL.</summary>
public interface ISearchIndex
{
    /// <summary>Indexed words that may be what <paramref name="word"/> was meant to be (the caller checks the edit distance).</summary>
    Task<IReadOnlyList<string>> SimilarTermsAsync(string word, CancellationToken cancellationToken);

    /// <summary>
    /// The entries matching every word (any of its alternatives), best first: a whole-name match of
    /// <paramref name="phrase"/>, then a name that starts with it, then the engine's relevance times the entry's weight.
    /// </summary>
    Task<(IReadOnlyList<SearchRow> Rows, int Total)> FindAsync(IReadOnlyList<SearchWord> words, string phrase, int skip, int take, CancellationToken cancellationToken);
}
