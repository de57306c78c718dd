// Operator: A session-side instrument or transform the frontend shows; Kind is free text.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A session-side instrument or transform the frontend shows; Kind is free text.</summary>
    public sealed class Operator
    {
        public string Id, Kind;
        public List<string> Inputs = new List<string>();
        public string Output;
        public MsgMap Params = new MsgMap();

        public static Operator FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Operator");
            return new Operator
            {
                Id = r.Str("id"),
                Kind = r.Str("kind"),
                Inputs = r.StrList("inputs"),
                Output = r.OptStr("output"),
                Params = r.AnyMap("params"),
            };
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Put("kind", Kind).Put("inputs", RecordWriter.Strs(Inputs)).Opt("output", Output).Put("params", Params).Map;
        }
    }
}
