using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>
/// The facts inside one return version. A restated version starts from the same figures as the one it
/// supersedes (same random stream) and then corrects a few of them, as real restatements do.
/// </summary>
public sealed class DemoFactsGenerator(DemoOptions options, DemoStructure structure)
{
    private readonly DemoIds _ids = new();
    private readonly DemoKpiValues _kpiValues = new();

    public void AddFacts(DemoQuarterBatch batch, ReturnVersion version, List<Contract> contracts, int revision)
    {
        var quarter = batch.Quarter;
        foreach (var contract in contracts)
        {
            var random = DemoRandom.For(options.Seed, 3, contract.Id, quarter.Code);
            var correction = revision > 0 ? DemoRandom.For(options.Seed, 4, contract.Id, quarter.Code, revision) : null;
            var traits = structure.Traits[contract.ProviderId];
            var results = AddKpiResults(batch, version, contract, traits, random, correction);
            AddFunding(batch, version, contract, traits, results, random, correction);
            AddSubcontracts(batch, version, contract, random);
            AddSatisfaction(batch, version, contract, traits, random);
        }
    }

    private List<KpiResult> AddKpiResults(DemoQuarterBatch batch, ReturnVersion version, Contract contract, ProviderTraits traits, Random random, Random? correction)
    {
        var results = new List<KpiResult>();
        var area = structure.PrimaryAreas.GetValueOrDefault(contract.Id);
        foreach (var kpi in structure.KpisByContract[contract.Id])
        {
            foreach (var value in _kpiValues.For(kpi, traits, random))
            {
                var actual = value.Actual;
                if (correction is not null && correction.Chance(0.2))
                {
                    actual = DemoKpiValues.Round(kpi, actual * (0.95 + correction.NextDouble() * 0.1));
                }

                var derived = KpiRatings.Derive(actual, kpi.Target, kpi.Direction);
                var providerRates = random.Chance(0.85);
                var result = new KpiResult
                {
                    Id = ++_ids.KpiResult,
                    ReturnVersionId = version.Id,
                    KpiDefinitionId = kpi.Id,
                    ContractId = contract.Id,
                    QuarterCode = batch.Quarter.Code,
                    Cohort = value.Cohort,
                    AreaCode = area,
                    Actual = actual,
                    Numerator = value.Numerator,
                    Denominator = value.Denominator,
                    Rating = derived,
                    RatingDerived = !providerRates,
                    Commentary = derived is KpiRating.RequiresImprovement or KpiRating.Inadequate && random.Chance(0.3)
                        ? random.Pick(DemoCatalogue.CommentaryExamples)
                        : null,
                };
                if (correction is not null && result.Numerator is not null && actual != value.Actual)
                {
                    // Keep a corrected rate consistent with its counts.
                    result.Numerator = (long)Math.Round(actual / 100 * result.Denominator!.Value);
                    result.Actual = DemoKpiValues.Round(kpi, 100.0 * result.Numerator.Value / result.Denominator.Value);
                    result.Rating = KpiRatings.Derive(result.Actual, kpi.Target, kpi.Direction);
                }

                results.Add(result);
            }
        }

        batch.KpiResults.AddRange(results);
        return results;
    }

    private void AddFunding(DemoQuarterBatch batch, ReturnVersion version, Contract contract, ProviderTraits traits, List<KpiResult> results, Random random, Random? correction)
    {
        var quarters = Math.Max(1, (contract.EndDate.DayNumber - contract.StartDate.DayNumber) / 91);
        var basePence = (contract.TotalValuePence ?? 0) / quarters;
        var scale = correction is not null && correction.Chance(0.3) ? 1.01 + correction.NextDouble() * 0.04 : 1.0;
        long Pence(double factor) => (long)Math.Round(basePence * factor * scale);

        if (!options.Scale.DetailedFunding)
        {
            var type = contract.PaymentModel switch
            {
                PaymentModel.Grant => PaymentType.Grant,
                PaymentModel.PaymentByResults when batch.Quarter.Number % 2 == 0 => PaymentType.OutcomePayment,
                _ => PaymentType.Fee,
            };
            AddFundingLine(batch, version, contract, type, Pence(0.9 + random.NextDouble() * 0.2), null);
            return;
        }

        switch (contract.PaymentModel)
        {
            case PaymentModel.Grant:
                AddFundingLine(batch, version, contract, PaymentType.Grant, Pence(1.0), "Quarterly grant instalment");
                break;
            case PaymentModel.PaymentByResults:
                var share = (contract.OutcomePaymentSharePercent ?? 0) / 100.0;
                AddFundingLine(batch, version, contract, PaymentType.Fee, Pence((1 - share) * (0.95 + random.NextDouble() * 0.1)), "Service fee");
                var achieved = Math.Clamp(0.75 + traits.Quality * 0.3 + random.NextGaussian(0, 0.1), 0.1, 1.3);
                AddFundingLine(batch, version, contract, PaymentType.OutcomePayment, Pence(share * achieved), "Outcome payments for results achieved");
                break;
            default:
                AddFundingLine(batch, version, contract, PaymentType.Fee, Pence(0.9 + random.NextDouble() * 0.2), "Service fee");
                break;
        }

        var failing = results.Count(r => r.Cohort is null && r.Rating is KpiRating.RequiresImprovement or KpiRating.Inadequate);
        if (failing > 0 && structure.KpisByContract[contract.Id].Any(k => k.ServiceCreditsApply))
        {
            AddFundingLine(batch, version, contract, PaymentType.ServiceCreditDeduction, -Pence(0.005 * failing), "Service credits for missed KPIs");
        }
    }

    private void AddFundingLine(DemoQuarterBatch batch, ReturnVersion version, Contract contract, PaymentType type, long pence, string? description) =>
        batch.Funding.Add(new FundingRecord
        {
            Id = ++_ids.Funding,
            ReturnVersionId = version.Id,
            ContractId = contract.Id,
            QuarterCode = batch.Quarter.Code,
            PaymentType = type,
            AmountPence = pence,
            Description = description,
        });

    private void AddSubcontracts(DemoQuarterBatch batch, ReturnVersion version, Contract contract, Random random)
    {
        if (!structure.Subcontracts.TryGetValue(contract.Id, out var planned))
        {
            return;
        }

        var quarters = Math.Max(1, (contract.EndDate.DayNumber - contract.StartDate.DayNumber) / 91);
        foreach (var subcontract in planned)
        {
            var rated = random.Chance(0.7);
            batch.Subcontracts.Add(new SubcontractRecord
            {
                Id = ++_ids.Subcontract,
                ReturnVersionId = version.Id,
                ContractId = contract.Id,
                QuarterCode = batch.Quarter.Code,
                SubcontractorId = subcontract.SubcontractorId,
                Service = subcontract.Service,
                ValuePaidInQuarterPence = (long)Math.Round(subcontract.TotalValuePence / (double)quarters * (0.8 + random.NextDouble() * 0.4)),
                TotalValuePence = subcontract.TotalValuePence,
                PerformanceRating = rated ? KpiRatings.Derive(subcontract.Quality + random.NextGaussian(0, 0.3), 0.0, KpiDirection.HigherIsBetter) : null,
            });
        }
    }

    private void AddSatisfaction(DemoQuarterBatch batch, ReturnVersion version, Contract contract, ProviderTraits traits, Random random)
    {
        var measures = options.Scale.DetailedFunding ? 1 + random.Next(2) : 1;
        for (var m = 0; m < measures; m++)
        {
            var positive = Math.Round(Math.Clamp(76 + traits.Quality * 12 + random.NextGaussian(0, 6), 20, 99), 1);
            var roll = random.NextDouble();
            batch.Satisfaction.Add(new SatisfactionResult
            {
                Id = ++_ids.Satisfaction,
                ReturnVersionId = version.Id,
                ContractId = contract.Id,
                QuarterCode = batch.Quarter.Code,
                Measure = DemoCatalogue.SatisfactionMeasures[m],
                Method = roll < 0.75 ? SatisfactionMethod.Survey : roll < 0.9 ? SatisfactionMethod.FeedbackForm : roll < 0.95 ? SatisfactionMethod.Interview : SatisfactionMethod.FocusGroup,
                Respondents = Math.Max(3, (int)(traits.TypicalRespondents * (0.6 + random.NextDouble() * 0.8))),
                PercentPositive = positive,
                PercentNegative = random.Chance(0.9) ? Math.Round((100 - positive) * (0.3 + random.NextDouble() * 0.5), 1) : null,
            });
        }
    }
}
