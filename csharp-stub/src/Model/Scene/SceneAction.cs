// SceneAction: A button or key (an "action" on the wire): sends invoke_action with Payload.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A button or key (an "action" on the wire): sends invoke_action with Payload. Named SceneAction to stay clear of System.Action.</summary>
    public sealed class SceneAction
    {
        public string Id, Label;
        public MsgMap Payload = new MsgMap();
        public List<string> Shortcuts = new List<string>();

        public static SceneAction FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Action");
            return new SceneAction { Id = r.Str("id"), Label = r.Str("label"), Payload = r.AnyMap("payload"), Shortcuts = r.StrList("shortcuts") };
        }

        public MsgMap ToTree()
        {
            return new RecordWriter().Put("id", Id).Put("label", Label).Put("payload", Payload).Put("shortcuts", RecordWriter.Strs(Shortcuts)).Map;
        }
    }
}
