// Hello: First message each way: who is speaking and which version.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>First message each way: who is speaking and which version.</summary>
    public sealed class Hello : Message
    {
        public static readonly string[] Roles = { "client", "server" };
        public override string Kind { get { return "hello"; } }
        public string ProtocolName = Protocol.Name;
        public ulong Major = Protocol.Major;
        public ulong Minor = Protocol.Minor;
        public string Role;
        public string Implementation;
        public List<string> Capabilities = new List<string>();

        public static Hello Make(string role, string implementation, List<string> capabilities = null)
        {
            return new Hello { Role = role, Implementation = implementation, Capabilities = capabilities ?? new List<string>() };
        }

        public static Message FromTree(object tree, string path)
        {
            var r = new RecordReader(tree, path, "Hello");
            var h = new Hello
            {
                ProtocolName = r.Str("protocol"),
                Major = r.Count("major"),
                Minor = r.Count("minor"),
                Role = r.Str("role"),
                Implementation = r.Str("implementation"),
                Capabilities = r.StrList("capabilities"),
            };
            if (h.ProtocolName != Protocol.Name) throw RecordErrors.Invalid(path, "hello: protocol is '" + h.ProtocolName + "', expected 'scenewire'");
            if (Array.IndexOf(Roles, h.Role) < 0) throw RecordErrors.Invalid(path, "hello: role '" + h.Role + "' is not one of client, server");
            return h;
        }

        /// <summary>Refuse a hello from the wrong role (unexpected_message) or another major (version_mismatch).</summary>
        public void CheckPeer(string expectedRole)
        {
            if (Role != expectedRole)
                throw new ProtocolException(ErrorCodes.UnexpectedMessage, "hello from a " + Role + ", expected a " + expectedRole);
            if (Major != Protocol.Major)
                throw new ProtocolException(ErrorCodes.VersionMismatch, "peer speaks scenewire " + Major + "." + Minor + ", this side speaks " + Protocol.Major + "." + Protocol.Minor);
        }

        public override MsgMap ToTree()
        {
            return new RecordWriter(Kind).Put("protocol", ProtocolName).Put("major", RecordWriter.Int(Major)).Put("minor", RecordWriter.Int(Minor)).Put("role", Role)
                .Put("implementation", Implementation).Put("capabilities", RecordWriter.Strs(Capabilities)).Map;
        }
    }
}
