using System;
using System.Collections.Generic;
using System.Linq;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.Storage;
using Pso.Domain.Testing;

namespace Pso.Domain.Intake.Tests;

public class PipelinePartsTests
{
    /// <summary>The key set says what a hash set says, for keys that collide in their low bits, repeat, and include
    /// zero.</summary>
    [SeededProperty]
    public bool Key_set_agrees_with_a_hash_set(int[] draws, bool sized)
    {
        // Sized for the keys to come (no growing on the way) or grown from the smallest table.
        var set = new KeySet(sized ? draws.Length + 5_000 : 0);
        var reference = new HashSet<IntakeKey>();
        foreach (int draw in draws.Concat(Enumerable.Range(0, 5_000)))
        {
            // Few high parts and low parts that share their low bits, so that probing wraps and chains.
            var key = new IntakeKey(unchecked(new UInt128((ulong)(draw % 7), (ulong)(draw & ~0xFF) * 0x100)));
            if (set.Add(key) != reference.Add(key) || set.Count != reference.Count)
            {
                return false;
            }
        }
        return reference.All(set.Contains) && !set.Contains(new IntakeKey(new UInt128(99, 1)));
    }

    /// <summary>The short ways to read hours and ISO dates read what the general readers read, scale and all, and leave
    /// everything else to them: texts made of digits, points, commas, dashes and signs in every arrangement.</summary>
    [SeededProperty]
    public bool Plain_numbers_and_iso_dates_read_as_the_general_readers_read_them(byte[] draws, bool german)
    {
        // Short texts, mostly digits and points, so that "1.234" (a thousands group or a decimal) and "0.125" come up.
        const string alphabet = "0123456789012.....-,+ x";
        string text = new([.. draws.Take(1 + (draws.Length % 7)).Select(d => alphabet[d % alphabet.Length])]);
        string date = $"{2000 + (draws.Length * 7 % 40)}-{(draws.Length % 14):00}-{(draws.Sum(d => d) % 33):00}";
        System.Globalization.CultureInfo? culture =
            german ? System.Globalization.CultureInfo.GetCultureInfo("de-DE")
            : draws.Length % 3 == 0 ? System.Globalization.CultureInfo.InvariantCulture
            : null;
        bool number =
            !IntakeValues.TryPlainNumber(text, culture, out decimal plain)
            || (
                IntakeValues.TryNumber(text, culture, out decimal general) == IntakeValues.Outcome.Read
                && plain == general
                && plain.Scale == general.Scale
            );
        bool day = true;
        foreach (string candidate in new[] { date, text })
        {
            day &=
                !IntakeValues.TryIsoDate(candidate, out NodaTime.LocalDate iso)
                || (
                    IntakeValues.TryDateTime(candidate, Intake.DateOrder.DayMonthYear, out NodaTime.LocalDateTime read)
                        == IntakeValues.Outcome.Read
                    && read == iso.AtMidnight()
                );
            day &=
                IntakeValues.TryIsoDate(candidate, out _)
                || IntakeValues.TryDateTime(candidate, Intake.DateOrder.MonthDayYear, out NodaTime.LocalDateTime other)
                    != IntakeValues.Outcome.Read
                || candidate.Length != 10
                || candidate[4] != '-';
        }
        return number
            && day
            && IntakeValues.TryPlainNumber("3.75", null, out decimal hours)
            && hours == 3.75m
            && hours.Scale == 2
            && IntakeValues.TryIsoDate("2026-05-10", out NodaTime.LocalDate may)
            && may == new NodaTime.LocalDate(2026, 5, 10);
    }

    [Theory]
    [InlineData("3.75")]
    [InlineData("8")]
    [InlineData("007.50")]
    [InlineData("1.234")]
    [InlineData("0.125")]
    [InlineData("1,5")]
    [InlineData("3.")]
    [InlineData(".5")]
    [InlineData("-3.5")]
    [InlineData("+2")]
    [InlineData("123456789")]
    [InlineData("1234567.5")]
    [InlineData("\u0663.\u0665")]
    [InlineData("2026-05-10")]
    [InlineData("2026-05x10")]
    [InlineData("2026/05/10")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("0999-01-01")]
    [InlineData("2026-5-10")]
    [InlineData("10-05-2026")]
    public void The_short_readers_agree_with_the_general_ones(string text)
    {
        foreach (
            System.Globalization.CultureInfo? culture in new[]
            {
                null,
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.CultureInfo.GetCultureInfo("de-DE"),
            }
        )
        {
            if (IntakeValues.TryPlainNumber(text, culture, out decimal plain))
            {
                Assert.Equal(IntakeValues.Outcome.Read, IntakeValues.TryNumber(text, culture, out decimal general));
                Assert.Equal((plain, plain.Scale), (general, general.Scale));
            }
        }
        foreach (DateOrder order in new[] { DateOrder.Unspecified, DateOrder.DayMonthYear, DateOrder.MonthDayYear })
        {
            IntakeValues.Outcome outcome = IntakeValues.TryDateTime(text, order, out NodaTime.LocalDateTime general);
            if (IntakeValues.TryIsoDate(text, out NodaTime.LocalDate iso))
            {
                Assert.Equal((IntakeValues.Outcome.Read, iso.AtMidnight()), (outcome, general));
            }
            else if (text.Length == 10 && text[4] == '-' && text[7] == '-')
            {
                // Shaped like an ISO date but not one: the general reader finds no date in it either.
                Assert.NotEqual(IntakeValues.Outcome.Read, outcome);
            }
        }
        Assert.Equal(
            text is "3.75" or "8" or "007.50" or "123456789" or "1234567.5",
            IntakeValues.TryPlainNumber(text, null, out _)
        );
        Assert.Equal(text is "2026-05-10" or "2024-02-29" or "0999-01-01", IntakeValues.TryIsoDate(text, out _));
    }

    /// <summary>Values of every length up to ten over two letters (so that short values share their first or last four
    /// characters) get one symbol each, the same every time, whose text is the value; also in a table that starts with
    /// two slots, so that values chain.</summary>
    [SeededProperty]
    public bool Symbols_tell_every_value_apart(int[] draws, bool small)
    {
        var interner = small ? new Interner(2) : new Interner();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int draw in draws.Concat(Enumerable.Range(0, 3_000)))
        {
            int length = 1 + (Math.Abs(draw) % 10);
            string value = new([.. Enumerable.Range(0, length).Select(i => (draw >> (i % 31) & 1) == 0 ? 'a' : 'b')]);
            int symbol = interner.Symbol(value.AsSpan());
            if (!reference.TryAdd(value, symbol) && reference[value] != symbol)
            {
                return false;
            }
            if (interner[symbol] != value)
            {
                return false;
            }
        }
        return reference.Values.Distinct().Count() == reference.Count;
    }

    [Fact]
    public void Symbols_number_each_distinct_value_once_and_give_it_back()
    {
        var interner = new Interner();
        int a = interner.Symbol("R-001"),
            b = interner.Symbol("R-002");
        Assert.Equal(a, interner.Symbol("R-001".AsSpan()));
        Assert.NotEqual(a, b);
        Assert.Equal("R-002", interner[b]);
        Assert.Same(interner[a], interner[interner.Symbol("R-001")]);
    }

    [Fact]
    public void Keys_are_the_same_in_every_version()
    {
        // Hosts keep keys between runs (IntakeOptions.SeenKeys): a row's key must not change when the code does.
        IntakeResult<TimeEntry> result = IntakeSources.TimeEntries.ReadCsv(
            new System.IO.StringReader(
                "id,person,project,date,hours\nT1,ana,P1,2026-03-02,8\n,bob,P1,2026-03-02,7.5\n"
            ),
            "keys.csv"
        );
        Assert.Equal(
            ["e506094be5d354b2749b3d09f78e1211", "5776bcb493bf9c7f48235d9728098826"],
            result.Keys.Select(k => k.ToString())
        );
    }
}
