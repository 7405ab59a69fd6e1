namespace Mentoring.Tabular.Tests;

/// <summary>Row errors name the field the server checked; people fixing the file need the column it came from.</summary>
public sealed class ColumnOfTests
{
    [Theory]
    [InlineData("participant_id", "id")]
    [InlineData("participant.languages[1]", "languages")]
    [InlineData("participant.skills_offered[2].term", "skills_offered")]
    [InlineData("participant.preferences.required_languages[0]", "required_languages")]
    [InlineData("participant.preferences.max_time_zone_distance_hours", "max_time_zone_distance_hours")]
    [InlineData("participant.time_zone", "time_zone")]
    public void A_field_of_a_documented_column_is_shown_as_that_column(string field, string column) =>
        Assert.Equal(column, ParticipantColumns.ColumnOf(field));

    [Theory]
    [InlineData("row")]
    [InlineData("participant.no_such_field")]
    [InlineData("participant.preferences")]
    public void A_field_of_no_column_is_shown_as_it_is(string field) =>
        Assert.Equal(field, ParticipantColumns.ColumnOf(field));
}
