// ControlRequest: 1.1, client to server: ask for control of a shared run, or give it up (spec 6.7).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// 1.1, client to server (spec 6.7): <see cref="Want"/> true asks for control, false gives it up
    /// (or withdraws a waiting request). Not a session command: the server handles it. Send it only
    /// to a server whose hello says minor 1 or more.
    /// </summary>
    public sealed class ControlRequest : Message
    {
        public override string Kind { get { return "control_request"; } }
        public bool Want;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "ControlRequest");
            return new ControlRequest { Want = r.Bool("want") };
        }

        public override MsgMap ToTree() { return new RecordWriter(Kind).Put("want", Want).Map; }
    }
}
