// Hello: First message each way: who is speaking and which version.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    /// <summary>
    /// First message each way: who is speaking and which version. <see cref="Access"/> and
    /// <see cref="Run"/> are 1.1's optional keys (spec 5): a client's access asks for a role (null:
    /// control); a server's, sent only to a client whose hello says minor 1 or more, says which role
    /// it got, and run names the run (32 lowercase hex digits).
    /// </summary>
    public sealed class Hello : Message
    {
        public static readonly string[] Roles = { "client", "server" };
        public const string Control = "control";
        public const string Observe = "observe";
        public static readonly string[] AccessValues = { Control, Observe };
        public override string Kind { get { return "hello"; } }
        public string ProtocolName = Protocol.Name;
        public ulong Major = Protocol.Major;
        public ulong Minor = Protocol.Minor;
        public string Role;
        public string Implementation;
        public List<string> Capabilities = new List<string>();
        /// <summary>1.1: the role asked for (client) or given (server); null when absent.</summary>
        public string Access;
        /// <summary>1.1, server: the run's id; null when absent.</summary>
        public string Run;

        /// <summary>True when this hello says minor 1 or more: 1.1's kinds and keys may be sent to its sender (spec 13).</summary>
        public bool Speaks11 { get { return Major == Protocol.Major && Minor >= 1; } }

        public static Hello Make(string role, string implementation, List<string> capabilities = null, string access = null)
        {
            return new Hello { Role = role, Implementation = implementation, Capabilities = capabilities ?? new List<string>(), Access = access };
        }

        internal static void CheckAccess(string access, string path, string what)
        {
            if (Array.IndexOf(AccessValues, access) < 0)
                throw RecordErrors.Invalid(path, what + ": access '" + access + "' is not one of control, observe");
        }

        /// <summary>A run id: exactly 32 lowercase hex digits.</summary>
        public static bool IsRunId(string run)
        {
            if (run == null || run.Length != 32) return false;
            foreach (char c in run)
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
            return true;
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
                Access = r.OptStr("access"),
                Run = r.OptStr("run"),
            };
            if (h.ProtocolName != Protocol.Name) throw RecordErrors.Invalid(path, "hello: protocol is '" + h.ProtocolName + "', expected 'scenewire'");
            if (Array.IndexOf(Roles, h.Role) < 0) throw RecordErrors.Invalid(path, "hello: role '" + h.Role + "' is not one of client, server");
            if (h.Access != null) CheckAccess(h.Access, path, "hello");
            if (h.Run != null && !IsRunId(h.Run)) throw RecordErrors.Invalid(path, "hello: run is not 32 lowercase hex digits");
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
                .Put("implementation", Implementation).Put("capabilities", RecordWriter.Strs(Capabilities))
                .Opt("access", Access).Opt("run", Run).Map;
        }
    }
}
