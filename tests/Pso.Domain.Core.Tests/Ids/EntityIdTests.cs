using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Ids;

public class EntityIdTests
{
    [Fact]
    public void Ids_keep_their_text_and_compare_ordinally()
    {
        var a = new ProjectId("PRJ-001");

        Assert.Equal("PRJ-001", a.Value);
        Assert.Equal("PRJ-001", a.ToString());
        Assert.Equal(a, new ProjectId("PRJ-001"));
        Assert.NotEqual(a, new ProjectId("prj-001"));
        Assert.True(new ProjectId("A") < new ProjectId("a"));
        Assert.True(new ProjectId("B") > new ProjectId("A"));
        Assert.Equal(a.GetHashCode(), new ProjectId("PRJ-001").GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("tab\tinside")]
    [InlineData("new\nline")]
    [InlineData("nul\0")]
    public void Invalid_text_is_rejected_with_the_reason(string text)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ActivityId(text));

        Assert.Equal("value", error.ParamName);
        Assert.False(ResourceId.TryParse(text, out ResourceId parsed));
        Assert.True(parsed.IsEmpty);
        Assert.Throws<FormatException>(() => RoleId.Parse(text));
    }

    [Fact]
    public void Length_is_bounded()
    {
        Assert.Equal(EntityIds.MaxLength, new SkillId(new string('x', EntityIds.MaxLength)).Value.Length);
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            new SkillId(new string('x', EntityIds.MaxLength + 1))
        );
        Assert.Contains("256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => new CostAccountId(null!));
    }

    [Fact]
    public void The_default_id_is_empty()
    {
        Assert.True(default(CalendarId).IsEmpty);
        Assert.Equal(string.Empty, default(CalendarId).Value);
        Assert.False(new CalendarId("c").IsEmpty);
        Assert.Equal(default, default(CalendarId));
    }

    [Fact]
    public void Unicode_text_is_accepted()
    {
        Assert.Equal("Projekt Größe – 東京", new ProjectId("Projekt Größe – 東京").Value);
    }

    [Fact]
    public void Sorting_ids_uses_ordinal_order()
    {
        List<ProjectId> ids = [new("b"), new("B"), new("a"), new("A1"), new("A")];

        ids.Sort();

        Assert.Equal(["A", "A1", "B", "a", "b"], ids.Select(i => i.Value));
    }

    [SeededProperty]
    public Property Parse_of_text_round_trips_for_valid_ids() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("abcXYZ019-_.:/ äß東".ToCharArray()))
                .Select(chars => new string(chars).Trim())
                .Where(s => s.Length is > 0 and <= EntityIds.MaxLength)
                .ToArbitrary(),
            text => ProjectId.Parse(text) == new ProjectId(text) && ProjectId.Parse(text).Value == text
        );
}
