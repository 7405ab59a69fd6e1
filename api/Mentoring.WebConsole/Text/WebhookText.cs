namespace Mentoring.WebConsole.Text;

/// <summary>The text of the webhooks page, in one language.</summary>
public sealed class WebhookText
{
    public required string Title { get; init; }

    public required string Intro { get; init; }

    public required string NewEndpoint { get; init; }

    public required string Url { get; init; }

    /// <summary>Label of the event types field; its hint says that empty means every type.</summary>
    public required string EventTypes { get; init; }

    public required string EventTypesHint { get; init; }

    public required string Create { get; init; }

    public required string SecretOnce { get; init; }

    public required string None { get; init; }

    public required string AllTypes { get; init; }

    public required string LastDelivery { get; init; }

    public required string NoDeliveryYet { get; init; }

    public required string Delivered { get; init; }

    public required string Failed { get; init; }

    public required string Attempt { get; init; }

    public required string DeadLetters { get; init; }

    public required string Delete { get; init; }
}
