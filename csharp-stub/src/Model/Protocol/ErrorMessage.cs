// ErrorMessage: The "error" message: something went wrong; Code is a spec error code when there is one.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>The "error" message: something went wrong; Code is a spec error code when there is one.</summary>
    public sealed class ErrorMessage : Update
    {
        public override string Kind { get { return "error"; } }
        public string Message;
        public string Code;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Error");
            return WithTick(new ErrorMessage { Message = r.Str("message"), Code = r.OptStr("code") }, r);
        }

        public override MsgMap ToTree() { return Close(new RecordWriter(Kind).Put("message", Message).Opt("code", Code)); }
    }
}
