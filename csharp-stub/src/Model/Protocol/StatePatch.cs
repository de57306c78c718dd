// StatePatch: Set frontend state keys (selection, bound view properties).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Set frontend state keys (selection, bound view properties).</summary>
    public sealed class StatePatch : Update
    {
        public override string Kind { get { return "state_patch"; } }
        public MsgMap Updates = new MsgMap();

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "StatePatch");
            return WithTick(new StatePatch { Updates = r.AnyMap("updates") }, r);
        }

        public override MsgMap ToTree() { return Close(new RecordWriter(Kind).Put("updates", Updates)); }
    }
}
