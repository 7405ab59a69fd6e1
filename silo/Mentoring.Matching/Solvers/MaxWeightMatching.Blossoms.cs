namespace Mentoring.Matching.Solvers;

internal sealed partial class MaxWeightMatching
{
    // Shrinks the odd cycle closed by edge k (through baseVertex) into a new S blossom.
    private void AddBlossom(int baseVertex, int k)
    {
        var v = _endpoint[2 * k];
        var w = _endpoint[(2 * k) + 1];
        var bb = _inBlossom[baseVertex];
        var bv = _inBlossom[v];
        var bw = _inBlossom[w];
        var b = _unusedBlossoms.Pop();
        _blossomBase[b] = baseVertex;
        _blossomParent[b] = -1;
        _blossomParent[bb] = b;

        var children = new List<int>();
        var endpoints = new List<int>();
        while (bv != bb)
        {
            _blossomParent[bv] = b;
            children.Add(bv);
            endpoints.Add(_labelEnd[bv]);
            bv = _inBlossom[_endpoint[_labelEnd[bv]]];
        }

        children.Add(bb);
        children.Reverse();
        endpoints.Reverse();
        endpoints.Add(2 * k);
        while (bw != bb)
        {
            _blossomParent[bw] = b;
            children.Add(bw);
            endpoints.Add(_labelEnd[bw] ^ 1);
            bw = _inBlossom[_endpoint[_labelEnd[bw]]];
        }

        _blossomChildren[b] = [.. children];
        _blossomEndpoints[b] = [.. endpoints];
        _label[b] = SLabel;
        _labelEnd[b] = _labelEnd[bb];
        _dual[b] = 0;

        _leaves.Clear();
        AppendLeaves(b, _leaves);
        foreach (var leaf in _leaves)
        {
            if (_label[_inBlossom[leaf]] == TLabel)
            {
                _queue.Add(leaf);
            }

            _inBlossom[leaf] = b;
        }

        ComputeBlossomBestEdges(b);
    }

    // Keeps, per neighbouring S blossom, the least-slack edge leaving the new blossom, for later delta3 steps.
    private void ComputeBlossomBestEdges(int b)
    {
        foreach (var child in _blossomChildren[b]!)
        {
            if (_blossomBestEdges[child] is { } known)
            {
                foreach (var k in known)
                {
                    ConsiderBestEdge(b, k);
                }
            }
            else
            {
                _leaves.Clear();
                AppendLeaves(child, _leaves);
                foreach (var leaf in _leaves)
                {
                    foreach (var p in _neighbourEndpoints[leaf])
                    {
                        ConsiderBestEdge(b, p / 2);
                    }
                }
            }

            _blossomBestEdges[child] = null;
            _bestEdge[child] = NoEdge;
        }

        var best = new int[_bestEdgeToTouched.Count];
        for (var i = 0; i < best.Length; i++)
        {
            best[i] = _bestEdgeTo[_bestEdgeToTouched[i]];
            _bestEdgeTo[_bestEdgeToTouched[i]] = NoEdge;
        }

        _bestEdgeToTouched.Clear();
        _blossomBestEdges[b] = best;
        _bestEdge[b] = NoEdge;
        foreach (var k in best)
        {
            if (_bestEdge[b] == NoEdge || Slack(k) < Slack(_bestEdge[b]))
            {
                _bestEdge[b] = k;
            }
        }
    }

    private void ConsiderBestEdge(int b, int k)
    {
        var j = _endpoint[(2 * k) + 1];
        if (_inBlossom[j] == b)
        {
            j = _endpoint[2 * k];
        }

        var bj = _inBlossom[j];
        if (bj == b || _label[bj] != SLabel)
        {
            return;
        }

        if (_bestEdgeTo[bj] == NoEdge)
        {
            _bestEdgeToTouched.Add(bj);
            _bestEdgeTo[bj] = k;
        }
        else if (Slack(k) < Slack(_bestEdgeTo[bj]))
        {
            _bestEdgeTo[bj] = k;
        }
    }

    // Undoes a blossom: mid-stage for a T blossom whose dual reached zero (relabelling the path through it),
    // or at the end of a stage for S blossoms with zero dual.
    private void ExpandBlossom(int b, bool endStage)
    {
        var children = _blossomChildren[b]!;
        foreach (var s in children)
        {
            _blossomParent[s] = -1;
            if (s < _n)
            {
                _inBlossom[s] = s;
            }
            else if (endStage && _dual[s] == 0)
            {
                ExpandBlossom(s, endStage);
            }
            else
            {
                _leaves.Clear();
                AppendLeaves(s, _leaves);
                foreach (var leaf in _leaves)
                {
                    _inBlossom[leaf] = s;
                }
            }
        }

        if (!endStage && _label[b] == TLabel)
        {
            RelabelExpandedTBlossom(b, children, _blossomEndpoints[b]!);
        }

        _label[b] = _labelEnd[b] = -1;
        _blossomChildren[b] = null;
        _blossomEndpoints[b] = null;
        _blossomBase[b] = -1;
        _blossomBestEdges[b] = null;
        _bestEdge[b] = NoEdge;
        _unusedBlossoms.Push(b);
    }

    private void RelabelExpandedTBlossom(int b, int[] children, int[] endpoints)
    {
        var entryChild = _inBlossom[_endpoint[_labelEnd[b] ^ 1]];
        var j = Array.IndexOf(children, entryChild);
        var (step, trick) = (j & 1) != 0 ? (1, 0) : (-1, 1);
        if (step == 1)
        {
            j -= children.Length;
        }

        // Walk the even-length side from the entry child to the base, relabelling T and S alternately.
        var p = _labelEnd[b];
        while (j != 0)
        {
            _label[_endpoint[p ^ 1]] = Free;
            _label[_endpoint[At(endpoints, j - trick) ^ trick ^ 1]] = Free;
            AssignLabel(_endpoint[p ^ 1], TLabel, p);
            _allowEdge[At(endpoints, j - trick) / 2] = true;
            j += step;
            p = At(endpoints, j - trick) ^ trick;
            _allowEdge[p / 2] = true;
            j += step;
        }

        // The base child becomes T without relabelling its mate, which is already S.
        var bv = At(children, j);
        _label[_endpoint[p ^ 1]] = _label[bv] = TLabel;
        _labelEnd[_endpoint[p ^ 1]] = _labelEnd[bv] = p;
        _bestEdge[bv] = NoEdge;
        j += step;
        while (At(children, j) != entryChild)
        {
            bv = At(children, j);
            j += step;
            if (_label[bv] == SLabel)
            {
                continue;
            }

            _leaves.Clear();
            AppendLeaves(bv, _leaves);
            var index = _leaves.FindIndex(leaf => _label[leaf] != Free);
            if (index >= 0)
            {
                var reached = _leaves[index];
                _label[reached] = Free;
                _label[_endpoint[_mate[_blossomBase[bv]]]] = Free;
                AssignLabel(reached, TLabel, _labelEnd[reached]);
            }
        }
    }
}
