// ChoiceSpec: One string out of Options.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>One string out of Options.</summary>
    public sealed class ChoiceSpec : ValueSpec
    {
        public override string Kind { get { return "choice"; } }
        public List<string> Options = new List<string>();

        public static new ChoiceSpec FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "ChoiceSpec");
            var s = new ChoiceSpec { Options = r.StrList("options") };
            if (s.Options.Count == 0) throw RecordErrors.Invalid(path, "choice spec: options must not be empty");
            if (new HashSet<string>(s.Options, StringComparer.Ordinal).Count != s.Options.Count)
                throw RecordErrors.Invalid(path, "choice spec: options repeat");
            return s;
        }

        public override bool Accepts(object value)
        {
            var s = value as string;
            return s != null && Options.Contains(s);
        }

        public override MsgMap ToTree() { return new RecordWriter(Kind).Put("options", RecordWriter.Strs(Options)).Map; }
    }
}
