namespace Mentoring.Synthetic;

/// <summary>
/// Localities on six continents with the share of participants each continent gets: a multinational programme is
/// weighted to Europe and North America but spans every working-hours band.
/// </summary>
public static class WorldLocalities
{
    public static IReadOnlyList<(string Continent, double Share, Locality[] Places)> Continents { get; } =
    [
        ("Europe", 0.34,
        [
            new("Europe", "Europe/London", "London", "en", "en_GB"),
            new("Europe", "Europe/Berlin", "Berlin", "de", "de"),
            new("Europe", "Europe/Paris", "Paris", "fr", "fr"),
            new("Europe", "Europe/Madrid", "Madrid", "es", "es"),
            new("Europe", "Europe/Warsaw", "Warsaw", "pl", "pl"),
            new("Europe", "Europe/Amsterdam", "Amsterdam", "nl", "nl"),
            new("Europe", "Europe/Helsinki", "Helsinki", "fi", "fi"),
        ]),
        ("North America", 0.26,
        [
            new("North America", "America/New_York", "New York", "en", "en_US"),
            new("North America", "America/Chicago", "Chicago", "en", "en_US"),
            new("North America", "America/Los_Angeles", "San Francisco", "en", "en_US"),
            new("North America", "America/Toronto", "Toronto", "en", "en_CA"),
            new("North America", "America/Mexico_City", "Mexico City", "es", "es_MX"),
        ]),
        ("Asia", 0.2,
        [
            new("Asia", "Asia/Kolkata", "Bengaluru", "hi", "en_IND"),
            new("Asia", "Asia/Tokyo", "Tokyo", "ja", "ja"),
            new("Asia", "Asia/Shanghai", "Shanghai", "zh", "zh_CN"),
            new("Asia", "Asia/Singapore", "Singapore", "en", "en"),
            new("Asia", "Asia/Dubai", "Dubai", "ar", "ar"),
        ]),
        ("South America", 0.08,
        [
            new("South America", "America/Sao_Paulo", "São Paulo", "pt", "pt_BR"),
            new("South America", "America/Bogota", "Bogotá", "es", "es"),
            new("South America", "America/Argentina/Buenos_Aires", "Buenos Aires", "es", "es"),
        ]),
        ("Africa", 0.07,
        [
            new("Africa", "Africa/Lagos", "Lagos", "en", "en_NG"),
            new("Africa", "Africa/Nairobi", "Nairobi", "sw", "en"),
            new("Africa", "Africa/Johannesburg", "Johannesburg", "en", "en_ZA"),
            new("Africa", "Africa/Cairo", "Cairo", "ar", "ar"),
        ]),
        ("Oceania", 0.05,
        [
            new("Oceania", "Australia/Sydney", "Sydney", "en", "en_AU"),
            new("Oceania", "Pacific/Auckland", "Auckland", "en", "en"),
        ]),
    ];

    /// <summary>Second and third languages people add, most common first.</summary>
    public static string[] ExtraLanguages { get; } = ["en", "es", "fr", "de", "zh", "pt", "ar", "hi", "ja"];

    public static Locality Pick(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (_, share, places) in Continents)
        {
            if (draw < share)
            {
                return places[random.Next(places.Length)];
            }

            draw -= share;
        }

        var last = Continents[^1].Places;
        return last[random.Next(last.Length)];
    }
}
