// One gateway and one browser for the whole assembly; on a 2-core machine the classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
