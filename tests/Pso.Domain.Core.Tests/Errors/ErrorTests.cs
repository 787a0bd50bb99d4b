using System;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Tests.Errors;

public class ErrorTests
{
    [Fact]
    public void A_location_names_file_line_column_field_and_record()
    {
        var location = new ErrorLocation
        {
            File = "expenses.csv",
            Line = 12,
            Column = 3,
            Field = "Amount",
            RecordId = "EXP-9",
        };

        Assert.Equal("expenses.csv:12:3 field 'Amount' record 'EXP-9'", location.ToString());
        Assert.Equal("(unknown location)", ErrorLocation.Unknown.ToString());
        Assert.Equal("line 4", new ErrorLocation { Line = 4 }.ToString());
    }

    [Fact]
    public void Lines_and_columns_count_from_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErrorLocation { Line = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErrorLocation { Column = -1 });
    }

    [Fact]
    public void A_validation_error_reads_as_location_severity_code_and_message()
    {
        var error = new ValidationError(
            "time-entry.too-many-hours",
            "25 hours on one day.",
            new ErrorLocation { File = "t.csv", Line = 2 }
        );

        Assert.Equal("t.csv:2: error time-entry.too-many-hours: 25 hours on one day.", error.ToString());
        Assert.Throws<ArgumentException>(() => new ValidationError("", "m", ErrorLocation.Unknown));
        Assert.Throws<ArgumentException>(() => new ValidationError("c", " ", ErrorLocation.Unknown));
    }

    [Fact]
    public void A_validation_exception_keeps_every_error_and_needs_one()
    {
        var first = new ValidationError("a.b", "First.", ErrorLocation.Unknown);
        var second = new ValidationError("a.c", "Second.", ErrorLocation.Unknown);

        var exception = new ValidationException([first, second]);

        Assert.Equal([first, second], exception.Errors.ToArray());
        Assert.Equal(ErrorCodes.ValidationFailed, exception.Code);
        Assert.StartsWith("2 validation errors", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<PsoDomainException>(exception);
        Assert.Throws<ArgumentException>(() => new ValidationException([]));
    }
}
