using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Our own commitment schema: purchase orders, one row per line, the order's fields repeated. Rows of one
/// order that disagree on its vendor, date, project or currency are rejected; accepted rows are combined into one
/// <see cref="Commitment"/> per id, lines in order.</summary>
internal sealed class PsoCommitmentSource()
    : IntakeSource<Commitment>(
        "pso-commitments",
        IntakeKind.Commitments,
        "Commitments (purchase orders) in Pso.Domain's own schema, one row per line: id, vendor, date, project, "
            + "currency, line, description, quantity, unit_price; account optional."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("id", "vendor", "date", "quantity", "unit_price") && !header.Has("number");

    private protected override RowReader<Commitment> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "id", "vendor", "date", "project", "currency", "line", "quantity", "unit_price");
        int id = header.Find("id");
        int vendor = header.Find("vendor");
        int date = header.Find("date");
        int project = header.Find("project");
        int currency = header.Find("currency");
        int line = header.Find("line");
        int description = header.Find("description");
        int quantity = header.Find("quantity");
        int price = header.Find("unit_price");
        int account = header.Find("account");
        return new DelegateReader<Commitment>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                CultureInfo invariant = CultureInfo.InvariantCulture;
                CommitmentId? order = row.Id<CommitmentId>(id, true, "id");
                VendorId? who = row.Id<VendorId>(vendor, true, "vendor");
                LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "date");
                ProjectId? projectId = row.Id<ProjectId>(project, true, "project");
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "currency");
                decimal? number = row.Number(line, true, invariant, "line");
                decimal? qty = MoneyCells.Amount(row, quantity, true, invariant, "quantity");
                decimal? unit = MoneyCells.Amount(row, price, true, invariant, "unit_price");
                CostAccountId? charge = row.Id<CostAccountId>(account, false, "account");
                if (number is < 1 or > 100_000)
                {
                    row.Fail(
                        IntakeErrorCodes.OutOfRange,
                        line,
                        $"{number}: a line number runs from 1 to 100,000.",
                        "line"
                    );
                }
                if (qty is decimal q && unit is decimal u && money is Currency c)
                {
                    row.Measure(c.Code, Math.Round(q * u, c.MinorUnitDigits, MidpointRounding.AwayFromZero));
                }
                MoneyCells.StatusDate(row, day, date, "date");
                if (projectId is ProjectId p && row.Options.Projects is { } projects && !projects.Contains(p))
                {
                    row.Fail(IntakeErrorCodes.UnknownProject, project, $"'{p}' is not a known project.", "project");
                }
                if (
                    row.Errors is not null
                    || order is null
                    || who is null
                    || day is null
                    || projectId is null
                    || money is null
                    || number is null
                    || qty is null
                    || unit is null
                )
                {
                    return null;
                }
                key = string.Create(invariant, $"{order}|{number}");
                var item = new CommitmentLine(
                    (int)number.Value,
                    row.Value(description),
                    qty.Value,
                    new Money(unit.Value, money.Value)
                )
                {
                    Account = charge,
                };
                return new Commitment(order.Value, who.Value, day.Value, projectId.Value) { Lines = [item] };
            }
        );
    }

    private protected override void Check(List<Candidate<Commitment>> candidates, IntakeRun run)
    {
        foreach (IGrouping<CommitmentId, Candidate<Commitment>> order in candidates.GroupBy(c => c.Record.Id))
        {
            Candidate<Commitment> first = order.First();
            foreach (Candidate<Commitment> other in order.Skip(1))
            {
                Commitment a = first.Record;
                Commitment b = other.Record;
                if (
                    a.Vendor != b.Vendor
                    || a.Date != b.Date
                    || a.Project != b.Project
                    || a.Lines[0].UnitPrice.Currency != b.Lines[0].UnitPrice.Currency
                )
                {
                    other.Reject(
                        run.Error(
                            other,
                            IntakeErrorCodes.ConflictingRows,
                            "id",
                            $"commitment {b.Id} is on line {first.Line} with another vendor, date, project or currency."
                        )
                    );
                }
            }
        }
    }

    private protected override ImmutableArray<Commitment> Collate(List<Candidate<Commitment>> accepted) =>
        [
            .. accepted
                .GroupBy(c => c.Record.Id)
                .Select(g =>
                    g.First().Record with
                    {
                        Lines = [.. g.SelectMany(c => c.Record.Lines).OrderBy(l => l.Number)],
                    }
                )
                .OrderBy(c => c.Project.Value, StringComparer.Ordinal)
                .ThenBy(c => c.Id),
        ];
}
