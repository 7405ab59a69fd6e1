namespace Mentoring.Domain.Tests;

public sealed class RetentionScheduleTests
{
    private static readonly DateTimeOffset End = new(2026, 6, 30, 17, 0, 0, TimeSpan.Zero);
    private static readonly RetentionSchedule Schedule = new(Enabled: true, Period: TimeSpan.FromDays(365), CheckInterval: TimeSpan.FromDays(1));

    [Fact]
    public void Purge_time_is_the_end_plus_the_period()
    {
        Assert.Equal(End.AddDays(365), Schedule.PurgeTime(End));
    }

    [Fact]
    public void No_end_time_has_no_purge_time()
    {
        Assert.Null(Schedule.PurgeTime(null));
    }

    [Fact]
    public void Switched_off_retention_shows_no_purge_time_but_still_knows_when_it_would_be_due()
    {
        var off = Schedule with { Enabled = false };

        Assert.Null(off.PurgeTime(End));
        Assert.Equal(End.AddDays(365), off.DueAt(End));
    }

    [Fact]
    public void A_check_at_or_after_the_purge_time_purges()
    {
        Assert.Equal(RetentionAction.Purge, Schedule.Decide(End, End.AddDays(365)).Action);
        Assert.Equal(RetentionAction.Purge, Schedule.Decide(End, End.AddDays(900)).Action);
    }

    [Fact]
    public void A_check_long_before_the_purge_time_waits_for_the_next_regular_check()
    {
        Assert.Equal(new RetentionDecision(RetentionAction.Wait), Schedule.Decide(End, End.AddDays(10)));
        Assert.Equal(new RetentionDecision(RetentionAction.Wait), Schedule.Decide(End, End.AddDays(364)));
    }

    [Fact]
    public void A_check_less_than_one_interval_before_the_purge_time_moves_the_next_check_to_the_purge_time()
    {
        var now = End.AddDays(365).AddHours(-3);

        Assert.Equal(new RetentionDecision(RetentionAction.Reschedule, TimeSpan.FromHours(3)), Schedule.Decide(End, now));
    }

    [Fact]
    public void A_check_without_an_end_time_cancels_itself()
    {
        Assert.Equal(RetentionAction.Cancel, Schedule.Decide(null, End).Action);
        Assert.Equal(RetentionAction.Cancel, (Schedule with { Enabled = false }).Decide(null, End).Action);
    }

    [Fact]
    public void Switched_off_retention_holds_even_a_long_overdue_purge()
    {
        Assert.Equal(RetentionAction.Hold, (Schedule with { Enabled = false }).Decide(End, End.AddYears(5)).Action);
    }

    [Fact]
    public void A_zero_period_purges_at_the_end_itself()
    {
        var immediate = Schedule with { Period = TimeSpan.Zero };

        Assert.Equal(RetentionAction.Purge, immediate.Decide(End, End).Action);
        Assert.Equal(RetentionAction.Reschedule, immediate.Decide(End, End.AddMinutes(-1)).Action);
    }

    [Fact]
    public void A_reschedule_is_never_sooner_than_the_minimum_delay()
    {
        var decision = Schedule.Decide(End, End.AddDays(365).AddSeconds(-1));

        Assert.Equal(new RetentionDecision(RetentionAction.Reschedule, RetentionSchedule.MinimumDelay), decision);
    }

    [Fact]
    public void The_first_check_of_an_overdue_purge_runs_after_the_minimum_delay()
    {
        Assert.Equal(RetentionSchedule.MinimumDelay, Schedule.FirstCheckIn(End, End.AddDays(400)));
        Assert.Equal(RetentionSchedule.MinimumDelay, Schedule.FirstCheckIn(End, End.AddDays(365)));
    }

    [Fact]
    public void The_first_check_runs_at_the_purge_time_when_that_is_within_one_interval()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), Schedule.FirstCheckIn(End, End.AddDays(365).AddMinutes(-90)));
    }

    [Fact]
    public void The_first_check_never_lies_more_than_one_interval_ahead()
    {
        Assert.Equal(TimeSpan.FromDays(1), Schedule.FirstCheckIn(End, End.AddDays(-30)));
    }
}
