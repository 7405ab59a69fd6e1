namespace Mentoring.WebConsole.Text;

/// <summary>The webhooks page in English.</summary>
public static class EnglishWebhookText
{
    public static WebhookText Value { get; } = new()
    {
        Title = "Webhooks",
        Intro = "Your programmes' events are posted to these addresses, signed (Standard Webhooks), in order, and retried for more than a day.",
        NewEndpoint = "New endpoint",
        Url = "URL",
        EventTypes = "Event types",
        EventTypesHint = "Separated by commas, e.g. match.accepted, round.published; empty sends every type.",
        Create = "Create endpoint",
        SecretOnce = "Copy this signing secret now; it is not shown again:",
        None = "No endpoints.",
        AllTypes = "all",
        LastDelivery = "Last delivery",
        NoDeliveryYet = "none yet",
        Delivered = "delivered",
        Failed = "failed",
        Attempt = "attempt",
        DeadLetters = "Dead letters",
        Delete = "Delete",
    };
}
