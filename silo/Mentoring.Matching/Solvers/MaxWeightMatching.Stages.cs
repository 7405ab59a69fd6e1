namespace Mentoring.Matching.Solvers;

internal sealed partial class MaxWeightMatching
{
    private enum DeltaKind
    {
        VertexDual = 1,
        FreeEdge = 2,
        InnerEdge = 3,
        TBlossomDual = 4,
    }

    // Each stage either augments the matching by one edge or proves that the current matching is optimal.
    private void RunStages(CancellationToken ct)
    {
        for (var stage = 0; stage < _n; stage++)
        {
            ct.ThrowIfCancellationRequested();
            ResetLabels();
            if (!RunStage())
            {
                break;
            }

            for (var b = _n; b < 2 * _n; b++)
            {
                if (_blossomParent[b] == -1 && _blossomBase[b] >= 0 && _label[b] == SLabel && _dual[b] == 0)
                {
                    ExpandBlossom(b, endStage: true);
                }
            }
        }
    }

    private void ResetLabels()
    {
        Array.Clear(_label);
        Array.Fill(_bestEdge, NoEdge);
        Array.Clear(_blossomBestEdges, _n, _n);
        Array.Clear(_allowEdge);
        _queue.Clear();
        for (var v = 0; v < _n; v++)
        {
            if (_mate[v] == -1 && _label[_inBlossom[v]] == Free)
            {
                AssignLabel(v, SLabel, -1);
            }
        }
    }

    private bool RunStage()
    {
        while (true)
        {
            if (ScanQueue())
            {
                return true;
            }

            var (kind, delta, edge, blossom) = ComputeDelta();
            ApplyDelta(delta);
            switch (kind)
            {
                case DeltaKind.VertexDual:
                    return false;
                case DeltaKind.FreeEdge:
                    _allowEdge[edge] = true;
                    var sVertex = _endpoint[2 * edge];
                    _queue.Add(_label[_inBlossom[sVertex]] == Free ? _endpoint[(2 * edge) + 1] : sVertex);
                    break;
                case DeltaKind.InnerEdge:
                    _allowEdge[edge] = true;
                    _queue.Add(_endpoint[2 * edge]);
                    break;
                default:
                    ExpandBlossom(blossom, endStage: false);
                    break;
            }
        }
    }

    // Grows the alternating trees along tight edges; returns true once an augmenting path has been used.
    private bool ScanQueue()
    {
        while (_queue.Count > 0)
        {
            var v = _queue[^1];
            _queue.RemoveAt(_queue.Count - 1);
            foreach (var p in _neighbourEndpoints[v])
            {
                var k = p / 2;
                var w = _endpoint[p];
                if (_inBlossom[v] == _inBlossom[w])
                {
                    continue;
                }

                long kSlack = 0;
                if (!_allowEdge[k])
                {
                    kSlack = Slack(k);
                    if (kSlack <= 0)
                    {
                        _allowEdge[k] = true;
                    }
                }

                if (_allowEdge[k])
                {
                    if (_label[_inBlossom[w]] == Free)
                    {
                        AssignLabel(w, TLabel, p ^ 1);
                    }
                    else if (_label[_inBlossom[w]] == SLabel)
                    {
                        var baseVertex = ScanBlossom(v, w);
                        if (baseVertex < 0)
                        {
                            AugmentMatching(k);
                            return true;
                        }

                        AddBlossom(baseVertex, k);
                    }
                    else if (_label[w] == Free)
                    {
                        _label[w] = TLabel;
                        _labelEnd[w] = p ^ 1;
                    }
                }
                else if (_label[_inBlossom[w]] == SLabel)
                {
                    var b = _inBlossom[v];
                    if (_bestEdge[b] == NoEdge || kSlack < Slack(_bestEdge[b]))
                    {
                        _bestEdge[b] = k;
                    }
                }
                else if (_label[w] == Free && (_bestEdge[w] == NoEdge || kSlack < Slack(_bestEdge[w])))
                {
                    _bestEdge[w] = k;
                }
            }
        }

        return false;
    }

    private (DeltaKind Kind, long Delta, int Edge, int Blossom) ComputeDelta()
    {
        var kind = DeltaKind.VertexDual;
        var delta = long.MaxValue;
        int edge = NoEdge, blossom = -1;
        for (var v = 0; v < _n; v++)
        {
            delta = Math.Min(delta, _dual[v]);
        }

        for (var v = 0; v < _n; v++)
        {
            if (_label[_inBlossom[v]] == Free && _bestEdge[v] != NoEdge && Slack(_bestEdge[v]) < delta)
            {
                (kind, delta, edge) = (DeltaKind.FreeEdge, Slack(_bestEdge[v]), _bestEdge[v]);
            }
        }

        for (var b = 0; b < 2 * _n; b++)
        {
            if (_blossomParent[b] == -1 && _label[b] == SLabel && _bestEdge[b] != NoEdge && Slack(_bestEdge[b]) / 2 < delta)
            {
                (kind, delta, edge) = (DeltaKind.InnerEdge, Slack(_bestEdge[b]) / 2, _bestEdge[b]);
            }
        }

        for (var b = _n; b < 2 * _n; b++)
        {
            if (_blossomBase[b] >= 0 && _blossomParent[b] == -1 && _label[b] == TLabel && _dual[b] < delta)
            {
                (kind, delta, blossom) = (DeltaKind.TBlossomDual, _dual[b], b);
            }
        }

        return (kind, delta, edge, blossom);
    }

    private void ApplyDelta(long delta)
    {
        for (var v = 0; v < _n; v++)
        {
            var label = _label[_inBlossom[v]];
            if (label == SLabel)
            {
                _dual[v] -= delta;
            }
            else if (label == TLabel)
            {
                _dual[v] += delta;
            }
        }

        for (var b = _n; b < 2 * _n; b++)
        {
            if (_blossomBase[b] >= 0 && _blossomParent[b] == -1)
            {
                if (_label[b] == SLabel)
                {
                    _dual[b] += delta;
                }
                else if (_label[b] == TLabel)
                {
                    _dual[b] -= delta;
                }
            }
        }
    }
}
