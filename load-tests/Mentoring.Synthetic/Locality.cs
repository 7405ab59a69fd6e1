namespace Mentoring.Synthetic;

/// <summary>Where someone lives: an IANA zone, a city, the local language, and the Bogus locale for their name.</summary>
public sealed record Locality(string Continent, string TimeZone, string City, string Language, string NameLocale);
