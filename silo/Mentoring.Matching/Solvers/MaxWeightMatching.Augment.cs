namespace Mentoring.Matching.Solvers;

internal sealed partial class MaxWeightMatching
{
    // Flips the matched/unmatched edges inside blossom b along the even path from v to its base; v becomes the base.
    private void AugmentBlossom(int b, int v)
    {
        var t = v;
        while (_blossomParent[t] != b)
        {
            t = _blossomParent[t];
        }

        if (t >= _n)
        {
            AugmentBlossom(t, v);
        }

        var children = _blossomChildren[b]!;
        var endpoints = _blossomEndpoints[b]!;
        var i = Array.IndexOf(children, t);
        var j = i;
        var (step, trick) = (i & 1) != 0 ? (1, 0) : (-1, 1);
        if (step == 1)
        {
            j -= children.Length;
        }

        while (j != 0)
        {
            j += step;
            t = At(children, j);
            var p = At(endpoints, j - trick) ^ trick;
            if (t >= _n)
            {
                AugmentBlossom(t, _endpoint[p]);
            }

            j += step;
            t = At(children, j);
            if (t >= _n)
            {
                AugmentBlossom(t, _endpoint[p ^ 1]);
            }

            _mate[_endpoint[p]] = p ^ 1;
            _mate[_endpoint[p ^ 1]] = p;
        }

        _blossomChildren[b] = [.. children[i..], .. children[..i]];
        _blossomEndpoints[b] = [.. endpoints[i..], .. endpoints[..i]];
        _blossomBase[b] = _blossomBase[_blossomChildren[b]![0]];
    }

    private void AugmentMatching(int k)
    {
        FlipPathToRoot(_endpoint[2 * k], (2 * k) + 1);
        FlipPathToRoot(_endpoint[(2 * k) + 1], 2 * k);
    }

    private void FlipPathToRoot(int s, int p)
    {
        while (true)
        {
            var bs = _inBlossom[s];
            if (bs >= _n)
            {
                AugmentBlossom(bs, s);
            }

            _mate[s] = p;
            if (_labelEnd[bs] == -1)
            {
                return;
            }

            var bt = _inBlossom[_endpoint[_labelEnd[bs]]];
            s = _endpoint[_labelEnd[bt]];
            var j = _endpoint[_labelEnd[bt] ^ 1];
            if (bt >= _n)
            {
                AugmentBlossom(bt, j);
            }

            _mate[j] = _labelEnd[bt];
            p = _labelEnd[bt] ^ 1;
        }
    }
}
