using System.CommandLine;
using Transparency.Benchmarks;

// Each benchmark is a command in its own file; add yours to this list.
var root = new RootCommand("Transparency benchmarks. Figures depend on the machine: report them with its description.")
{
    LoadBenchmark.Create(),
    InsightsBenchmark.Create(),
    MoneyBenchmark.Create(),
    ReturnsBenchmark.Create(),
    ApiBenchmark.Create(),
    SiteBuildBenchmark.Create(),
    DownloadsBenchmark.Create(),
    FeedsBenchmark.Create(),
    PublicationBenchmark.Create(),
    BulkheadBenchmark.Create(),
};
return await root.Parse(args).InvokeAsync();
