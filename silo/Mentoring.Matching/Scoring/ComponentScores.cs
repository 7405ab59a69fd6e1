using System.Runtime.CompilerServices;

namespace Mentoring.Matching;

/// <summary>A fixed-size, stack-friendly vector of raw component scores, indexed by <see cref="ScoreComponent"/>.</summary>
[InlineArray(Count)]
public struct ComponentScores
{
    public const int Count = 12;

    private float _element;

    public float this[ScoreComponent component]
    {
        readonly get => this[(int)component];
        set => this[(int)component] = value;
    }
}
