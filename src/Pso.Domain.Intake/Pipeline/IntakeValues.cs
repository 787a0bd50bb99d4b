using System;
using System.Globalization;
using NodaTime;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Reads dates, times, durations and numbers in the forms the exports use, without exceptions.</summary>
internal static class IntakeValues
{
    private static readonly string[] Months =
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
    ];

    /// <summary>How a value failed to read.</summary>
    internal enum Outcome
    {
        /// <summary>Not read yet (the default of a table of outcomes kept).</summary>
        Unread,

        /// <summary>Read.</summary>
        Read,

        /// <summary>Not in any known form, or impossible (13/15/2024).</summary>
        Bad,

        /// <summary>Readable two ways: a setting must decide.</summary>
        Ambiguous,
    }

    /// <summary>Reads a date, with or without a time after it: ISO (<c>2024-03-04</c>, <c>2024-03-04T10:00:00+0000</c>,
    /// <c>2024-03-04 10:00</c>), numeric with slashes, dots or dashes (<c>03/04/2024</c>, <c>7/27/22</c>,
    /// <c>16/02/2017 15:26</c>), with a month name (<c>09/Jan/24 3:54 PM</c>, <c>Jan 28 2021</c>, <c>28 Jan 2021</c>).
    /// An offset after the time is dropped: the wall-clock time is kept.</summary>
    internal static Outcome TryDateTime(ReadOnlySpan<char> text, DateOrder order, out LocalDateTime value)
    {
        value = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Outcome.Bad;
        }
        // Split into date and time: ISO uses 'T'; the others a space after the date's last part.
        Span<Range> parts = stackalloc Range[8];
        int count = Split(text, parts);
        if (count == 0)
        {
            return Outcome.Bad;
        }
        int a;
        int b;
        int c;
        ReadOnlySpan<char> firstPart = text[parts[0]];
        int next;
        Outcome outcome;
        LocalDate date;
        if (count >= 3 && MonthOf(firstPart) is int firstMonth && firstMonth > 0)
        {
            // Jan 28 2021
            if (!Int(text[parts[1]], out b) || !Int(text[parts[2]], out c))
            {
                return Outcome.Bad;
            }
            outcome = Make(Year(c, text[parts[2]].Length), firstMonth, b, out date);
            next = 3;
        }
        else if (count >= 3 && Int(firstPart, out a))
        {
            ReadOnlySpan<char> secondPart = text[parts[1]];
            ReadOnlySpan<char> thirdPart = text[parts[2]];
            if (!Int(thirdPart, out c))
            {
                return Outcome.Bad;
            }
            if (firstPart.Length == 4)
            {
                // yyyy-MM-dd
                if (!Int(secondPart, out b))
                {
                    return Outcome.Bad;
                }
                outcome = Make(a, b, c, out date);
            }
            else if (MonthOf(secondPart) is int secondMonth && secondMonth > 0)
            {
                outcome = Make(Year(c, thirdPart.Length), secondMonth, a, out date);
            }
            else if (Int(secondPart, out b))
            {
                int year = Year(c, thirdPart.Length);
                DateOrder resolved = order;
                if (resolved == DateOrder.Unspecified)
                {
                    resolved =
                        a > 12 ? DateOrder.DayMonthYear
                        : b > 12 ? DateOrder.MonthDayYear
                        : a == b ? DateOrder.DayMonthYear
                        : DateOrder.Unspecified;
                }
                if (resolved == DateOrder.Unspecified)
                {
                    return Outcome.Ambiguous;
                }
                outcome = resolved == DateOrder.DayMonthYear ? Make(year, b, a, out date) : Make(year, a, b, out date);
            }
            else
            {
                return Outcome.Bad;
            }
            next = 3;
        }
        else
        {
            return Outcome.Bad;
        }
        if (outcome != Outcome.Read)
        {
            return outcome;
        }
        LocalTime time = LocalTime.Midnight;
        if (next < count)
        {
            // The rest is a time, perhaps with AM/PM and an offset.
            ReadOnlySpan<char> rest = text[parts[next].Start..].Trim();
            if (TryTime(rest, out time) != Outcome.Read)
            {
                return Outcome.Bad;
            }
        }
        value = date + time;
        return Outcome.Read;
    }

    /// <summary>Reads a time of day: <c>13:00</c>, <c>13:00:05</c>, <c>1:00 PM</c>, <c>10:23:52 AM</c>, with an
    /// optional fraction, and an optional offset (<c>+0000</c>, <c>+00:00</c>, <c>Z</c>) that is dropped.</summary>
    internal static Outcome TryTime(ReadOnlySpan<char> text, out LocalTime value)
    {
        value = default;
        text = text.Trim();
        bool pm = false;
        bool am = false;
        if (
            text.EndsWith("AM", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith("PM", StringComparison.OrdinalIgnoreCase)
        )
        {
            pm = char.ToUpperInvariant(text[^2]) == 'P';
            am = !pm;
            text = text[..^2].TrimEnd();
        }
        int offset = text.IndexOfAny('+', 'Z', 'z');
        if (offset < 0 && text.LastIndexOf('-') is int minus and > 0)
        {
            offset = minus;
        }
        if (offset > 0)
        {
            text = text[..offset];
        }
        Span<Range> parts = stackalloc Range[4];
        int count = text.Split(parts, ':');
        if (count is < 2 or > 3 || !Int(text[parts[0]], out int hour) || !Int(text[parts[1]], out int minute))
        {
            return Outcome.Bad;
        }
        int second = 0;
        int nanos = 0;
        if (count == 3)
        {
            ReadOnlySpan<char> s = text[parts[2]];
            int dot = s.IndexOf('.');
            if (dot >= 0)
            {
                if (
                    !decimal.TryParse(
                        s[dot..],
                        NumberStyles.AllowDecimalPoint,
                        CultureInfo.InvariantCulture,
                        out decimal fraction
                    )
                )
                {
                    return Outcome.Bad;
                }
                nanos = (int)(fraction * 1_000_000_000m);
                s = s[..dot];
            }
            if (!Int(s, out second))
            {
                return Outcome.Bad;
            }
        }
        if (am || pm)
        {
            if (hour is < 1 or > 12)
            {
                return Outcome.Bad;
            }
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return Outcome.Bad;
        }
        value = new LocalTime(hour, minute, second).PlusNanoseconds(nanos);
        return Outcome.Read;
    }

    /// <summary>Reads a clock duration as work: <c>01:00:01</c>, <c>3:30</c>, <c>27:15:00</c>; a well-formed one of
    /// more hours than any work has is not read and says so.</summary>
    internal static bool TryClockHours(ReadOnlySpan<char> text, out Work hours, out bool outOfRange)
    {
        hours = Work.Zero;
        outOfRange = false;
        Span<Range> parts = stackalloc Range[4];
        int count = text.Trim().Split(parts, ':');
        ReadOnlySpan<char> t = text.Trim();
        if (count is < 2 or > 3 || !Int(t[parts[1]], out int m) || m > 59)
        {
            return false;
        }
        ReadOnlySpan<char> hourText = t[parts[0]];
        if (!Int(hourText, out int h))
        {
            outOfRange = !hourText.IsEmpty && !hourText.ContainsAnyExceptInRange('0', '9');
            return false;
        }
        if (h > MostClockHours)
        {
            outOfRange = true;
            return false;
        }
        int s = 0;
        if (count == 3 && (!Int(t[parts[2]], out s) || s > 59))
        {
            return false;
        }
        hours = Seconds((h * 3600L) + (m * 60L) + s);
        return true;
    }

    /// <summary>The most whole hours of work a clock duration may give: a little under <see
    /// cref="Work.MaxValue"/>.</summary>
    private const int MostClockHours = 256_000_000;

    /// <summary>Turns seconds into work, exactly.</summary>
    internal static Work Seconds(long seconds) => Work.FromDuration(Duration.FromSeconds(seconds));

    /// <summary>Turns seconds, perhaps fractional, into work, to the tick.</summary>
    internal static Work Seconds(decimal seconds) => Work.FromMinutes(seconds / 60m);

    /// <summary>Reads a number. With a culture, in that culture. Without one, the separators decide where they can:
    /// both <c>.</c> and <c>,</c> (the last is the decimal mark), several of one (group separators), one comma not
    /// followed by exactly three digits (a decimal comma); one comma followed by three digits, or one point followed by
    /// three digits after a non-zero whole part, is ambiguous.</summary>
    internal static Outcome TryNumber(ReadOnlySpan<char> text, CultureInfo? culture, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return Outcome.Bad;
        }
        const NumberStyles Styles =
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;
        if (culture is not null)
        {
            // A configured culture reads decimals only: "7,5" in the invariant culture is an error, never 75.
            return decimal.TryParse(text, Styles & ~NumberStyles.AllowThousands, culture, out value)
                ? Outcome.Read
                : Outcome.Bad;
        }
        int commas = text.Count(',');
        int points = text.Count('.');
        NumberFormatInfo format;
        if (commas > 0 && points > 0)
        {
            format = text.LastIndexOf(',') > text.LastIndexOf('.') ? Comma : NumberFormatInfo.InvariantInfo;
        }
        else if (commas > 1)
        {
            format = NumberFormatInfo.InvariantInfo;
        }
        else if (points > 1)
        {
            format = Comma;
        }
        else if (commas == 1)
        {
            if (text.Length - text.LastIndexOf(',') - 1 == 3)
            {
                return Outcome.Ambiguous;
            }
            format = Comma;
        }
        else if (points == 1)
        {
            int dot = text.IndexOf('.');
            ReadOnlySpan<char> whole = text[..dot].TrimStart('-').TrimStart('+');
            if (text.Length - dot - 1 == 3 && whole.Length > 0 && whole[0] != '0')
            {
                return Outcome.Ambiguous;
            }
            format = NumberFormatInfo.InvariantInfo;
        }
        else
        {
            format = NumberFormatInfo.InvariantInfo;
        }
        return decimal.TryParse(text, Styles, format, out value) ? Outcome.Read : Outcome.Bad;
    }

    /// <summary>Reads a plain number, as most files write hours (digits, then at most a point and one or two digits:
    /// <c>8</c>, <c>3.75</c>), without the general reader; false for anything else, which <see cref="TryNumber"/>
    /// then reads. Where this reads a number, <see cref="TryNumber"/> reads the same one, scale and all, in the culture
    /// given (one whose decimal separator is a point) or detected.</summary>
    internal static bool TryPlainNumber(ReadOnlySpan<char> text, CultureInfo? culture, out decimal value)
    {
        value = 0;
        if (
            text.IsEmpty
            || text.Length > 9
            || (culture is not null && culture.NumberFormat.NumberDecimalSeparator != ".")
        )
        {
            return false;
        }
        int digits = 0;
        int scale = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '.')
            {
                if (scale >= 0 || i == 0)
                {
                    return false;
                }
                scale = 0;
                continue;
            }
            int digit = ch - '0';
            if (unchecked((uint)digit) > 9)
            {
                return false;
            }
            digits = (digits * 10) + digit;
            scale += scale >= 0 ? 1 : 0;
        }
        if (scale is 0 or > 2)
        {
            return false;
        }
        value = new decimal(digits, 0, 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Reads an ISO date (<c>yyyy-MM-dd</c>, exactly) without the general reader; false for anything else,
    /// which <see cref="TryDateTime"/> then reads (and reads an ISO date the same way, whatever the date
    /// order).</summary>
    internal static bool TryIsoDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        int year = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = text[i] - '0';
            if (unchecked((uint)digit) > 9)
            {
                return false;
            }
            year = (year * 10) + digit;
        }
        int month = TwoDigits(text[5..]);
        int day = TwoDigits(text[8..]);
        return month >= 0 && day >= 0 && Make(year, month, day, out date) == Outcome.Read;
    }

    private static int TwoDigits(ReadOnlySpan<char> text)
    {
        int tens = text[0] - '0';
        int ones = text[1] - '0';
        return unchecked((uint)tens) > 9 || unchecked((uint)ones) > 9 ? -1 : (10 * tens) + ones;
    }

    private static readonly NumberFormatInfo Comma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static int Split(ReadOnlySpan<char> text, Span<Range> parts)
    {
        // Date parts are separated by '-', '/', '.', ' ' or ','; the time starts at 'T' (after an ISO date) or after a
        // space once three parts are read. Only the first three parts are split; the rest is one part.
        int count = 0;
        int start = 0;
        int i = 0;
        while (i < text.Length && count < 3)
        {
            char ch = text[i];
            bool isoTime = ch is 'T' && count == 2 && i > start;
            if (ch is '-' or '/' or '.' or ' ' or ',' || isoTime)
            {
                if (i > start)
                {
                    parts[count++] = new Range(start, i);
                }
                start = i + 1;
                if (isoTime)
                {
                    break;
                }
            }
            i++;
        }
        if (count < 3 && start < text.Length)
        {
            int end = start;
            while (end < text.Length && text[end] is not (' ' or 'T'))
            {
                end++;
            }
            parts[count++] = new Range(start, end);
            start = end + 1;
        }
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }
        if (start < text.Length && count == 3)
        {
            parts[count++] = new Range(start, text.Length);
        }
        return count;
    }

    private static int? MonthOf(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || !char.IsLetter(text[0]))
        {
            return null;
        }
        for (int m = 0; m < Months.Length; m++)
        {
            if (text[..3].Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }
        return 0;
    }

    private static int Year(int year, int digits) => digits <= 2 ? 2000 + year : year;

    private static Outcome Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (
            year is < 1 or > 9999
            || month is < 1 or > 12
            || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
        )
        {
            return Outcome.Bad;
        }
        date = new LocalDate(year, month, day);
        return Outcome.Read;
    }

    private static bool Int(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
