namespace Mentoring.WebConsole.Text;

/// <summary>The webhooks page in German.</summary>
public static class GermanWebhookText
{
    public static WebhookText Value { get; } = new()
    {
        Title = "Webhooks",
        Intro = "Die Ereignisse Ihrer Programme werden an diese Adressen gesendet, signiert (Standard Webhooks), in Reihenfolge und über mehr als einen Tag wiederholt.",
        NewEndpoint = "Neuer Endpunkt",
        Url = "URL",
        EventTypes = "Ereignistypen",
        EventTypesHint = "Durch Kommas getrennt, z. B. match.accepted, round.published; leer sendet alle Typen.",
        Create = "Endpunkt anlegen",
        SecretOnce = "Kopieren Sie dieses Signaturgeheimnis jetzt; es wird nicht wieder angezeigt:",
        None = "Keine Endpunkte.",
        AllTypes = "alle",
        LastDelivery = "Letzte Zustellung",
        NoDeliveryYet = "noch keine",
        Delivered = "zugestellt",
        Failed = "fehlgeschlagen",
        Attempt = "Versuch",
        DeadLetters = "Unzustellbare",
        Delete = "Löschen",
    };
}
