// AccessMessage: 1.1, the "access" message: this client's role on a shared run (spec 7.14).
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// 1.1, server to client (spec 7.14): the role this client has (<see cref="Access"/>, "control"
    /// or "observe"), whether its request for control waits, and how many clients the run has. The
    /// server's own message: outside every tick, never applied to a <see cref="SceneState"/> (which
    /// ignores it without a note).
    /// </summary>
    public sealed class AccessMessage : Message
    {
        public override string Kind { get { return "access"; } }
        public string Access;
        public bool Waiting;
        public ulong Clients;

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Access");
            var m = new AccessMessage { Access = r.Str("access"), Waiting = r.Bool("waiting"), Clients = r.Count("clients", 1) };
            Hello.CheckAccess(m.Access, path, "access");
            if (m.Waiting && m.Access == Hello.Control)
                throw RecordErrors.Invalid(path, "access: a controller has no request waiting (waiting is true with access 'control')");
            return m;
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("access", Access).Put("clients", RecordWriter.Int(Clients)).Put("waiting", Waiting).Map;
        }
    }
}
