using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>The vocabulary the demonstration data is drawn from: KPIs, services, measures and reasons per sector.</summary>
public static class DemoCatalogue
{
    private const KpiDirection Up = KpiDirection.HigherIsBetter;
    private const KpiDirection Down = KpiDirection.LowerIsBetter;

    public static readonly string[] EnglishRegions =
    [
        "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> Cohorts = new Dictionary<string, string[]>
    {
        ["Claimant group"] = ["Recently unemployed", "Long-term unemployed", "Disabled people", "Young people (18 to 24)"],
        ["Risk level"] = ["Low risk", "Medium risk", "High risk"],
    };

    public static IReadOnlyList<KpiTemplate> KpisFor(Sector sector) => sector switch
    {
        Sector.Employment =>
        [
            new("EMP-REFERRALS", "Referrals starting on the programme", KpiKind.Input, KpiUnit.Count, 400, Up),
            new("EMP-ADVISER-CASELOAD", "Participants per adviser", KpiKind.Input, KpiUnit.Count, 60, Down),
            new("EMP-START-DAYS", "Average days from referral to start", KpiKind.Output, KpiUnit.Days, 15, Down),
            new("EMP-ACTION-PLANS", "Participants with an action plan within 20 days", KpiKind.Output, KpiUnit.Percentage, 90, Up, IsRate: true),
            new("EMP-JOB-STARTS", "Participants starting work", KpiKind.Output, KpiUnit.Percentage, 35, Up, "Claimant group", true),
            new("EMP-SUSTAINED-JOB", "Participants in work after six months", KpiKind.Outcome, KpiUnit.Percentage, 25, Up, "Claimant group", true),
            new("EMP-EARNINGS", "Participants reaching the earnings threshold", KpiKind.Outcome, KpiUnit.Percentage, 18, Up, "Claimant group", true),
            new("EMP-SATISFIED-EMPLOYERS", "Employers who would recruit through the service again", KpiKind.Outcome, KpiUnit.Percentage, 80, Up, IsRate: true),
        ],
        Sector.Justice =>
        [
            new("JUS-STAFF-QUALIFIED", "Practitioners fully qualified", KpiKind.Input, KpiUnit.Percentage, 85, Up, IsRate: true),
            new("JUS-ASSESSMENT-10D", "Initial assessments within 10 working days", KpiKind.Output, KpiUnit.Percentage, 95, Up, IsRate: true),
            new("JUS-UNPAID-WORK", "Unpaid work hours delivered", KpiKind.Output, KpiUnit.Count, 12000, Up),
            new("JUS-TAG-FIT-24H", "Tags fitted within 24 hours of the order", KpiKind.Output, KpiUnit.Percentage, 98, Up, IsRate: true),
            new("JUS-ACCOMMODATION", "People in settled accommodation on release", KpiKind.Outcome, KpiUnit.Percentage, 75, Up, "Risk level", true),
            new("JUS-EMPLOYMENT-6W", "People in work six weeks after release", KpiKind.Outcome, KpiUnit.Percentage, 30, Up, "Risk level", true),
            new("JUS-REOFFENDING", "Proven reoffending within 12 months", KpiKind.Outcome, KpiUnit.Percentage, 25, Down, "Risk level", true),
            new("JUS-ORDERS-COMPLETED", "Community orders completed successfully", KpiKind.Outcome, KpiUnit.Percentage, 75, Up, IsRate: true),
        ],
        Sector.Health =>
        [
            new("HEA-CLINICAL-VACANCY", "Clinical posts vacant", KpiKind.Input, KpiUnit.Percentage, 8, Down, IsRate: true),
            new("HEA-SESSIONS", "Clinic sessions delivered", KpiKind.Input, KpiUnit.Count, 1500, Up),
            new("HEA-18-WEEKS", "Patients treated within 18 weeks", KpiKind.Output, KpiUnit.Percentage, 92, Up, IsRate: true),
            new("HEA-DNA-RATE", "Appointments missed without notice", KpiKind.Output, KpiUnit.Percentage, 7, Down, IsRate: true),
            new("HEA-WAIT-DAYS", "Average wait for a first appointment", KpiKind.Output, KpiUnit.Days, 28, Down),
            new("HEA-READMISSION", "Readmitted within 30 days", KpiKind.Outcome, KpiUnit.Percentage, 10, Down, IsRate: true),
            new("HEA-PROM-IMPROVED", "Patients reporting improved health", KpiKind.Outcome, KpiUnit.Percentage, 65, Up, IsRate: true),
            new("HEA-RECOVERY", "Patients moving to recovery", KpiKind.Outcome, KpiUnit.Percentage, 50, Up, IsRate: true),
        ],
        Sector.SocialCare =>
        [
            new("SOC-STAFF-TURNOVER", "Care staff turnover (annualised)", KpiKind.Input, KpiUnit.Percentage, 25, Down, IsRate: true),
            new("SOC-HOURS", "Hours of care delivered", KpiKind.Input, KpiUnit.Count, 20000, Up),
            new("SOC-VISITS-ON-TIME", "Visits started within 15 minutes of the planned time", KpiKind.Output, KpiUnit.Percentage, 95, Up, IsRate: true),
            new("SOC-MISSED-VISITS", "Visits missed", KpiKind.Output, KpiUnit.Percentage, 1, Down, IsRate: true),
            new("SOC-REVIEWS", "Care plans reviewed on time", KpiKind.Output, KpiUnit.Percentage, 90, Up, IsRate: true),
            new("SOC-AT-HOME-91D", "People still at home 91 days after reablement", KpiKind.Outcome, KpiUnit.Percentage, 82, Up, IsRate: true),
            new("SOC-GOALS-MET", "People who met their personal goals", KpiKind.Outcome, KpiUnit.Percentage, 70, Up, IsRate: true),
        ],
        Sector.Housing =>
        [
            new("HOU-CASEWORKERS", "Caseworkers in post", KpiKind.Input, KpiUnit.Count, 25, Up),
            new("HOU-REPAIRS-ON-TIME", "Emergency repairs completed within 24 hours", KpiKind.Output, KpiUnit.Percentage, 98, Up, IsRate: true),
            new("HOU-VOID-DAYS", "Average days to re-let an empty home", KpiKind.Output, KpiUnit.Days, 30, Down),
            new("HOU-ASSESSMENTS", "Households assessed within 10 days", KpiKind.Output, KpiUnit.Percentage, 90, Up, IsRate: true),
            new("HOU-PREVENTED", "Households whose homelessness was prevented", KpiKind.Outcome, KpiUnit.Percentage, 60, Up, IsRate: true),
            new("HOU-SUSTAINED-12M", "Tenancies sustained for 12 months", KpiKind.Outcome, KpiUnit.Percentage, 85, Up, IsRate: true),
            new("HOU-REPEAT", "Households becoming homeless again within a year", KpiKind.Outcome, KpiUnit.Percentage, 8, Down, IsRate: true),
        ],
        Sector.Education =>
        [
            new("EDU-TUTORS", "Qualified tutors in post", KpiKind.Input, KpiUnit.Percentage, 90, Up, IsRate: true),
            new("EDU-ENROLMENTS", "Learners enrolled", KpiKind.Output, KpiUnit.Count, 800, Up),
            new("EDU-ATTENDANCE", "Attendance at sessions", KpiKind.Output, KpiUnit.Percentage, 88, Up, IsRate: true),
            new("EDU-RETENTION", "Learners completing their course", KpiKind.Output, KpiUnit.Percentage, 85, Up, IsRate: true),
            new("EDU-ACHIEVEMENT", "Learners achieving their qualification", KpiKind.Outcome, KpiUnit.Percentage, 80, Up, IsRate: true),
            new("EDU-PROGRESSION", "Learners progressing to work or further study", KpiKind.Outcome, KpiUnit.Percentage, 60, Up, IsRate: true),
        ],
        _ =>
        [
            new("OTH-EQUIPMENT-UP", "Monitoring equipment available", KpiKind.Input, KpiUnit.Percentage, 99.5, Up, IsRate: true),
            new("OTH-CALLS-ANSWERED", "Calls answered within 60 seconds", KpiKind.Output, KpiUnit.Percentage, 90, Up, IsRate: true),
            new("OTH-ALERTS-2H", "Alerts passed to the authority within 2 hours", KpiKind.Output, KpiUnit.Percentage, 97, Up, IsRate: true),
            new("OTH-COMPLAINTS", "Complaints per 1,000 users", KpiKind.Output, KpiUnit.Count, 5, Down),
            new("OTH-CASES-RESOLVED", "Cases resolved at first contact", KpiKind.Outcome, KpiUnit.Percentage, 70, Up, IsRate: true),
            new("OTH-USER-SCORE", "User experience score (0 to 10)", KpiKind.Outcome, KpiUnit.Score, 8, Up),
        ],
    };

    public static string ContractTitle(Sector sector, string place) => sector switch
    {
        Sector.Employment => $"{place} employment and skills support programme",
        Sector.Justice => $"{place} probation resettlement and electronic monitoring services",
        Sector.Health => $"{place} community health services",
        Sector.SocialCare => $"{place} home care and reablement",
        Sector.Housing => $"{place} homelessness prevention and housing support",
        Sector.Education => $"{place} adult learning programme",
        _ => $"{place} citizen contact and monitoring service",
    };

    public static readonly string[] SubcontractServices =
    [
        "Specialist mental health support", "Debt and money advice", "Mentoring by people with lived experience",
        "Interpreting and translation", "Outreach in rural areas", "Employer engagement", "Housing advice",
        "Substance misuse support", "Peer support groups", "Digital skills training", "Transport to appointments",
        "Family support", "Out-of-hours call handling", "Equipment installation",
    ];

    public static readonly string[] SatisfactionMeasures =
    [
        "Overall satisfaction with the service", "Felt treated with dignity and respect",
        "Would recommend the service to a friend", "Satisfied with how quickly they were seen",
    ];

    public static readonly string[] RestatementReasons =
    [
        "Corrected an outcome payment that was recorded in the wrong quarter.",
        "Replaced provisional KPI figures with validated figures from the case management system.",
        "A subcontractor's invoice was found after publication and has been added.",
        "Corrected a data entry error in the number of participants.",
        "The commissioner's reconciliation changed the fee paid for the quarter.",
    ];

    public static readonly string[] CommentaryExamples =
    [
        "Performance dipped during a system migration and has since recovered.",
        "Recruitment to two vacant posts has improved capacity.",
        "Fewer referrals than planned were received this quarter.",
        "Results for this quarter are provisional and may be restated.",
    ];
}
