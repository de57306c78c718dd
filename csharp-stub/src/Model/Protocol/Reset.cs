// Reset: Start the session over from its initial state.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Start the session over from its initial state.</summary>
    public sealed class Reset : Message
    {
        public override string Kind { get { return "reset"; } }
        public static Message FromTree(object tree, string path) { new RecordReader(tree, path, "Reset"); return new Reset(); }
        public override MsgMap ToTree() { return new RecordWriter(Kind).Map; }
    }
}
