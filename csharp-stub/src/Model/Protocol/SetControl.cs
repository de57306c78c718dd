// SetControl: A person changed a control; Value is a free-form value.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A person changed a control; Value is a free-form value.</summary>
    public sealed class SetControl : Message
    {
        public override string Kind { get { return "set_control"; } }
        public string ControlId;
        public object Value;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "SetControl");
            return new SetControl { ControlId = r.Str("control_id"), Value = r.Any("value") };
        }

        public override MsgMap ToTree() { return new RecordWriter(Kind).Put("control_id", ControlId).PutAny("value", Value).Map; }
    }
}
