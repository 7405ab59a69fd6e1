namespace Mentoring.Matching.Solvers;

internal sealed partial class MaxWeightMatching
{
    // Labels the top-level blossom of w; an S blossom's vertices are queued for scanning, a T blossom's mate becomes S.
    private void AssignLabel(int w, int label, int viaEndpoint)
    {
        var b = _inBlossom[w];
        _label[w] = _label[b] = label;
        _labelEnd[w] = _labelEnd[b] = viaEndpoint;
        _bestEdge[w] = _bestEdge[b] = NoEdge;
        if (label == SLabel)
        {
            AppendLeaves(b, _queue);
            return;
        }

        var baseMate = _mate[_blossomBase[b]];
        AssignLabel(_endpoint[baseMate], SLabel, baseMate ^ 1);
    }

    // Walks up both alternating trees at once: a common blossom means a new blossom at its base (returned);
    // reaching two distinct roots means an augmenting path (returns -1).
    private int ScanBlossom(int v, int w)
    {
        var path = new List<int>();
        var baseVertex = -1;
        while (v != -1 || w != -1)
        {
            var b = _inBlossom[v];
            if ((_label[b] & Breadcrumb) != 0)
            {
                baseVertex = _blossomBase[b];
                break;
            }

            path.Add(b);
            _label[b] = SLabel | Breadcrumb;
            if (_labelEnd[b] == -1)
            {
                v = -1;
            }
            else
            {
                v = _endpoint[_labelEnd[b]];
                v = _endpoint[_labelEnd[_inBlossom[v]]];
            }

            if (w != -1)
            {
                (v, w) = (w, v);
            }
        }

        foreach (var b in path)
        {
            _label[b] = SLabel;
        }

        return baseVertex;
    }

    private void AppendLeaves(int b, List<int> target)
    {
        if (b < _n)
        {
            target.Add(b);
            return;
        }

        foreach (var child in _blossomChildren[b]!)
        {
            AppendLeaves(child, target);
        }
    }
}
