namespace Transparency.Web.PerformanceNotices;

/// <summary>Contract performance notices (UK9): drafting from published returns, review, and what the public outputs read.</summary>
public static class PerformanceNoticesSetup
{
    public static WebApplicationBuilder AddTransparencyPerformanceNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NoticeDrafter>();
        builder.Services.AddScoped<NoticeReview>();
        builder.Services.AddScoped<NoticeContracts>();
        builder.Services.AddScoped<NoticeCoverage>();
        return builder;
    }
}
