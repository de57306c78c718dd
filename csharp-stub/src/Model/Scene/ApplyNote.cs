// An update (or one entry of a patch) that a SceneState did not apply, and why.
namespace Scenewire.Model
{
    /// <summary>
    /// An update, or one entry of a patch, that was not applied (the spec's rules for applying
    /// updates, §7): local to the frontend, never sent. Shown as an <c>error</c> would be.
    /// </summary>
    public sealed class ApplyNote
    {
        public const string UnknownId = "unknown_id";
        public const string UnknownProperty = "unknown_property";
        public const string DoesNotFit = "does_not_fit";

        public ApplyNote(string code, string message, string updateKind, string target)
        {
            Code = code;
            Message = message;
            UpdateKind = updateKind;
            Target = target;
        }

        public string Code { get; }
        public string Message { get; }
        public string UpdateKind { get; }
        public string Target { get; }

        public override string ToString() { return Code + ": " + Message; }
    }
}
