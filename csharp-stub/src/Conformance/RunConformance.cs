// Entry point of scenewire-conformance.exe: mono scenewire-conformance.exe [conformance-dir] [-v]
using System;
using System.IO;

namespace Scenewire.Conformance
{
    public static class RunConformance
    {
        public static int Main(string[] args)
        {
            string dir = null;
            bool verbose = false, state = false, merged = false;
            foreach (var a in args)
            {
                if (a == "-v" || a == "--verbose") verbose = true;
                else if (a == "--state") state = true;
                else if (a == "--merged") merged = true;
                else if (a == "-h" || a == "--help")
                {
                    Console.WriteLine("usage: scenewire-conformance.exe [CONFORMANCE_DIR] [-v] [--state [--merged]]\n"
                        + "Runs every vector of CONFORMANCE_DIR/manifest.json (default: ./conformance or ../conformance);\n"
                        + "with --state, every sequence of CONFORMANCE_DIR/state/manifest.json against SceneState instead;\n"
                        + "with --state --merged, every prefix of each sequence queued and merged as a client whose consumer fell behind merges them.");
                    return 0;
                }
                else dir = a;
            }
            if (dir == null)
                foreach (var guess in new[] { "conformance", Path.Combine("..", "conformance") })
                    if (File.Exists(Path.Combine(guess, "manifest.json"))) { dir = guess; break; }
            if (dir == null || (!state && !File.Exists(Path.Combine(dir, "manifest.json"))))
            {
                Console.Error.WriteLine("no manifest.json found; pass the conformance directory");
                return 2;
            }
            if (state)
            {
                if (!StateRunner.Present(dir))
                {
                    Console.Error.WriteLine("no state/manifest.json in " + dir);
                    return 2;
                }
                if (merged) return new MergedStateRunner(dir) { Verbose = verbose }.Run() ? 0 : 1;
                return new StateRunner(dir) { Verbose = verbose }.Run() ? 0 : 1;
            }
            var runner = new ConformanceRunner(dir) { Verbose = verbose };
            return runner.Run() ? 0 : 1;
        }
    }
}
