using BenchmarkDotNet.Running;
using Mentoring.Benchmarks.Scoring;
using Mentoring.Benchmarks.Solvers;

if (args.Length > 0 && args[0] == "kernel")
{
    return KernelRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scale")
{
    return ScaleRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "sliced")
{
    return SlicedRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "solvers-scale")
{
    return SolverScaleRun.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(args);
return 0;
