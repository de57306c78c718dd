// FieldReplace: New values (and optionally coords) for a field; dims stay.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>New values (and optionally coords) for a field; dims stay.</summary>
    public sealed class FieldReplace : Update
    {
        public override string Kind { get { return "field_replace"; } }
        public string FieldId;
        public NdArray Values;
        public Dictionary<string, NdArray> Coords;
        public MsgMap AttrsUpdate;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "FieldReplace");
            return WithTick(new FieldReplace
            {
                FieldId = r.Str("field_id"),
                Values = r.Array("values"),
                Coords = r.OptMapOf("coords", Dtypes.Coord),
                AttrsUpdate = r.OptAnyMap("attrs_update"),
            }, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new RecordWriter(Kind).Put("field_id", FieldId).Put("values", Values)
                .Opt("coords", RecordWriter.MapOf(Coords, a => (object)a)).Opt("attrs_update", AttrsUpdate));
        }
    }
}
