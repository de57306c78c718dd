// Control: A value a person sets; sent as set_control when SendToSession.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A value a person sets; sent as set_control when SendToSession.</summary>
    public sealed class Control
    {
        public string Id, Label;
        public ValueSpec Spec;
        /// <summary>A free-form value that fits <see cref="Spec"/>.</summary>
        public object Value;
        public bool SendToSession = true;

        public static Control FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Control");
            var c = new Control
            {
                Id = r.Str("id"),
                Label = r.Str("label"),
                Spec = r.Record("spec", ValueSpec.FromTree),
                Value = r.Any("value"),
                SendToSession = r.Bool("send_to_session"),
            };
            if (!c.Spec.Accepts(c.Value))
                throw RecordErrors.Invalid(path, "control '" + c.Id + "': value does not fit its " + c.Spec.Kind + " spec");
            return c;
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Put("label", Label).Put("spec", Spec.ToTree()).PutAny("value", Value)
                .Put("send_to_session", SendToSession).Map;
        }
    }
}
