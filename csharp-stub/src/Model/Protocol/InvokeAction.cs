// InvokeAction: A person triggered an action (button, shortcut).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A person triggered an action (button, shortcut).</summary>
    public sealed class InvokeAction : Message
    {
        public override string Kind { get { return "invoke_action"; } }
        public string ActionId;
        public MsgMap Payload = new MsgMap();

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "InvokeAction");
            return new InvokeAction { ActionId = r.Str("action_id"), Payload = r.AnyMap("payload") };
        }

        public override MsgMap ToTree() { return new RecordWriter(Kind).Put("action_id", ActionId).Put("payload", Payload).Map; }
    }
}
