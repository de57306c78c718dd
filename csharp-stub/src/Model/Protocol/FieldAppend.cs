// FieldAppend: Grow a field along AppendDim; keep the last MaxLength entries.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>Grow a field along AppendDim; keep the last MaxLength entries.</summary>
    public sealed class FieldAppend : Update
    {
        public override string Kind { get { return "field_append"; } }
        public string FieldId;
        public string AppendDim;
        public NdArray Values;
        public NdArray CoordValues;
        public ulong? MaxLength;
        public MsgMap AttrsUpdate;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "FieldAppend");
            var m = new FieldAppend
            {
                FieldId = r.Str("field_id"),
                AppendDim = r.Str("append_dim"),
                Values = r.Array("values"),
                CoordValues = r.Record("coord_values", Dtypes.Coord),
                MaxLength = r.OptCount("max_length", 1),
                AttrsUpdate = r.OptAnyMap("attrs_update"),
            };
            if (m.Values.Ndim == 0) throw RecordErrors.Invalid(path, "field_append '" + m.FieldId + "': values must have at least one dimension");
            return WithTick(m, r);
        }

        public override MsgMap ToTree()
        {
            return Close(new RecordWriter(Kind).Put("field_id", FieldId).Put("append_dim", AppendDim).Put("values", Values)
                .Put("coord_values", CoordValues).OptCount("max_length", MaxLength).Opt("attrs_update", AttrsUpdate));
        }
    }
}
