using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;
using static Pso.Domain.Intake.Tests.SourceFixtures;

namespace Pso.Domain.Intake.Tests;

/// <summary>
/// Hostile input, generated from a seed: mangled CSV of every source and mangled JSON of our schemas, 10,000 cases. For
/// every case no exception escapes intake, the books balance (rows read = accepted + rejected + duplicates, and every
/// total), every rejected row says why with a code and a line, and no message runs past a bound however large the
/// input.
/// </summary>
public class HostileInputTests
{
    private const int MaxMessage = 1_000;

    private static readonly string[] Csv =
    [
        Toggl,
        Clockify,
        ClockifySemicolon,
        Harvest,
        Kimai,
        Jira,
        JiraWorkLogs,
        TickTick,
        Asana,
        Wave,
        InvoiceNinja,
        FreshBooks,
        Invoice2go,
        Zoho,
        Invoicely,
        PsoInvoices,
        PsoCommitments,
        PsoExpenses,
        PsoTaskReports,
    ];

    private static readonly string[] Structural =
    [
        "\"",
        "\"\"",
        "\n\"",
        "\uFEFF\uFEFF",
        "\r",
        "\0",
        "\uD800",
        "\uDFFF",
        new string('y', 3_000),
        new string('"', 7),
        "\n\n\n",
        ",,,,,,,,,,,,",
        "\"" + new string('z', 2_500) + "\n",
        "79228162514264337593543950335",
        "-7.9e28",
        "1e400",
        "300000000:00:00",
        "99999999999:59:59",
        "\uFEFF",
    ];

    private static readonly string[] JsonDamage =
    [
        "\\uD800",
        "\\uDC00\\uD800",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "\uFEFF",
        "null",
        "[[[[[[[[[[",
        "{\"a\":{\"b\":[1,2,{\"c\":",
        "\\",
        "\n",
        "79228162514264337593543950335",
        "\"" + new string('q', 2_000) + "\"",
    ];

    [Fact]
    public void Ten_thousand_mangled_files_never_throw_balance_their_books_and_say_why_with_a_code_and_a_line()
    {
        var random = new Random(20261203);
        var options = new IntakeOptions
        {
            Currency = Currency.Usd,
            Project = new ProjectId("DEFAULT"),
            Account = new CostAccountId("9.9"),
        };
        var tight = options with { MaxFieldLines = 3, MaxRowLength = 2_000 };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < 10_000; i++)
        {
            bool json = i % 2 == 1;
            string text = json ? MangledJson(random) : MangledCsv(random);
            IntakeOptions chosen = random.Next(3) == 0 ? tight : options;
            IntakeResult result;
            try
            {
                result = json
                    ? IntakeReader.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), "case.json", null, chosen)
                    : IntakeReader.ReadCsv(new StringReader(text), "case.csv", null, chosen);
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} threw {e.GetType().Name}: {e.Message}");
                return;
            }
            Reconciliation books = result.Reconciliation;
            if (!json && ReferenceEquals(chosen, tight))
            {
                // A row spans at most MaxFieldLines + 1 lines, so the rows (read, set aside, the header) cover the
                // lines:
                // no stray quote can fold the rest of the file into one row.
                int lines = text.Count(c => c == '\n') + 1;
                Assert.True(
                    books.RowsRead + result.Skipped.Length + 1 >= lines / (tight.MaxFieldLines + 1),
                    $"case {i}: {books.RowsRead} rows for {lines} lines"
                );
            }
            Assert.True(
                books.RowsRead == books.RowsAccepted + books.RowsRejected + books.RowsDuplicate && books.Reconciled,
                $"case {i}: {books}"
            );
            Assert.Equal(books.RowsRejected, result.Rejected.Length);
            foreach (RejectedRow row in result.Rejected)
            {
                Assert.True(row.Row.Line > 0, $"case {i}: a rejected row without a line");
                Assert.NotEmpty(row.Errors);
                foreach (ValidationError error in row.Errors)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.Code), $"case {i}: an error without a code");
                    Assert.True(error.Location.Line > 0, $"case {i}: {error.Code} without a line");
                    Assert.True(
                        error.Message.Length <= MaxMessage,
                        $"case {i}: {error.Code} message of {error.Message.Length} characters"
                    );
                    seen.Add(error.Code);
                }
            }
        }
        // The generator reaches the codes of broken text, not only those of bad values.
        Assert.Superset(
            new HashSet<string>
            {
                IntakeErrorCodes.Unreadable,
                IntakeErrorCodes.UnterminatedQuote,
                IntakeErrorCodes.RowTooLong,
                IntakeErrorCodes.BadText,
            },
            seen
        );
    }

    [Fact]
    public void Every_code_a_run_emits_is_in_the_docs_table()
    {
        string docs = File.ReadAllText(Path.Combine(Root(), "docs", "intake.md"));
        IEnumerable<string> codes = typeof(IntakeErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(codes, code => Assert.Contains($"`{code}`", docs, StringComparison.Ordinal));
    }

    private static string Root()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Pso.Domain.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private static string MangledCsv(Random random)
    {
        string text = Csv[random.Next(Csv.Length)];
        int damages = random.Next(1, 5);
        for (int k = 0; k < damages; k++)
        {
            text = random.Next(3) switch
            {
                0 when text.Length > 0 => Mutations.Of(text, random),
                _ => text.Insert(random.Next(text.Length + 1), Structural[random.Next(Structural.Length)]),
            };
        }
        return text;
    }

    private static string MangledJson(Random random)
    {
        var json = new StringBuilder("[");
        int objects = random.Next(0, 6);
        for (int o = 0; o < objects; o++)
        {
            json.Append(o == 0 ? "" : ",")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"{{\"id\": \"T{o}\", \"person\": \"p{random.Next(3)}\", \"project\": \"P1\", \"date\": \"2026-03-0{1 + random.Next(9)}\", \"hours\": {random.Next(-2, 30)}}}"
                );
        }
        json.Append(']');
        string text = json.ToString();
        int damages = random.Next(0, 4);
        for (int k = 0; k < damages; k++)
        {
            text = random.Next(4) switch
            {
                0 => text[..random.Next(text.Length + 1)],
                _ => text.Insert(random.Next(text.Length + 1), JsonDamage[random.Next(JsonDamage.Length)]),
            };
        }
        return text;
    }
}
