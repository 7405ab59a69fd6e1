using Bogus;

namespace Mentoring.Synthetic;

/// <summary>Organisations with one industry each and skewed sizes: a few large employers and a long tail of small ones.</summary>
public sealed class OrganisationCatalogue
{
    public static readonly string[] Industries =
    [
        "Software", "Banking", "Insurance", "Healthcare", "Pharmaceuticals", "Retail", "Logistics", "Energy",
        "Telecommunications", "Manufacturing", "Automotive", "Media", "Education", "Public sector", "Consulting", "Hospitality",
    ];

    private readonly ZipfSampler _size;

    public OrganisationCatalogue(int count, Random random, Faker faker)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var organisations = new (string Name, string Industry)[count];
        for (var i = 0; i < count; i++)
        {
            var name = faker.Company.CompanyName();
            // Bogus repeats names in large catalogues; the suffix keeps organisations distinct.
            organisations[i] = (names.Add(name) ? name : $"{name} ({i})", Industries[random.Next(Industries.Length)]);
        }

        Organisations = organisations;
        _size = new ZipfSampler(count, 0.9);
    }

    public IReadOnlyList<(string Name, string Industry)> Organisations { get; }

    public (string Name, string Industry) Pick(Random random) => Organisations[_size.Next(random)];

    /// <summary>Pairs of same-industry rivals among the larger organisations, never matched with each other.</summary>
    public IEnumerable<(string First, string Second)> Competitors(int pairs)
    {
        var found = 0;
        for (var i = 0; i < Organisations.Count && found < pairs; i++)
        {
            for (var j = i + 1; j < Organisations.Count && found < pairs; j++)
            {
                if (Organisations[i].Industry == Organisations[j].Industry)
                {
                    found++;
                    yield return (Organisations[i].Name, Organisations[j].Name);
                    break;
                }
            }
        }
    }
}
