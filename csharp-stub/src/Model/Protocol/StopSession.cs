// StopSession: End the session; the backend shuts down and closes.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>End the session; the backend shuts down and closes.</summary>
    public sealed class StopSession : Message
    {
        public override string Kind { get { return "stop_session"; } }
        public static Message FromTree(object tree, string path) { new RecordReader(tree, path, "StopSession"); return new StopSession(); }
        public override MsgMap ToTree() { return new RecordWriter(Kind).Map; }
    }
}
