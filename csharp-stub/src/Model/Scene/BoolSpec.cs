// BoolSpec: On or off.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>On or off.</summary>
    public sealed class BoolSpec : ValueSpec
    {
        public override string Kind { get { return "bool"; } }

        public static new BoolSpec FromTree(object tree, string path)
        {
            new RecordReader(tree, path, "BoolSpec");
            return new BoolSpec();
        }

        public override bool Accepts(object value) { return value is bool; }
        public override MsgMap ToTree() { return new RecordWriter(Kind).Map; }
    }
}
