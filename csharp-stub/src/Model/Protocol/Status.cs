// Status: A line for the status bar; gone after TimeoutMs when given.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>A line for the status bar; gone after TimeoutMs when given.</summary>
    public sealed class Status : Update
    {
        public override string Kind { get { return "status"; } }
        public string Message;
        public ulong? TimeoutMs;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Status");
            return WithTick(new Status { Message = r.Str("message"), TimeoutMs = r.OptCount("timeout_ms") }, r);
        }

        public override MsgMap ToTree() { return Close(new RecordWriter(Kind).Put("message", Message).OptCount("timeout_ms", TimeoutMs)); }
    }
}
