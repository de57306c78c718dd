// What every conformance runner keeps: its counts, its failures, and where its lines go.
using System;
using System.Collections.Generic;
using System.IO;

namespace Scenewire.Conformance
{
    /// <summary>
    /// The tally of one run: "ok name" (when <see cref="Verbose"/>) or "FAIL name: why" per check.
    /// When the reader has gone (<c>-v | head</c> closes the pipe) the run goes on silently: its
    /// exit status still says whether every check passed.
    /// </summary>
    public abstract class RunnerTally
    {
        public int Passed, Failed;
        public readonly List<string> Failures = new List<string>();
        public TextWriter Out = Console.Out;
        public bool Verbose;
        bool outputClosed;

        protected void Fail(string name, string why)
        {
            Failed++;
            var line = "FAIL " + name + ": " + why;
            Failures.Add(line);
            Say(line);
        }

        protected void Pass(string name)
        {
            Passed++;
            if (Verbose) Say("ok   " + name);
        }

        protected void Say(string line)
        {
            if (outputClosed) return;
            try { Out.WriteLine(line); }
            catch (IOException) { outputClosed = true; }
        }

        protected static byte[] FromHex(string hex)
        {
            var bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = Convert.ToByte(hex.Substring(2 * i, 2), 16);
            return bytes;
        }
    }
}
