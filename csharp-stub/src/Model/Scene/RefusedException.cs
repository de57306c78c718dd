// An update (or patch entry) that does not fit the scene: becomes an ApplyNote.
using System;

namespace Scenewire.Model
{
    /// <summary>Raised inside <see cref="SceneState"/> for an update it refuses; carries the note's code.</summary>
    internal sealed class RefusedException : Exception
    {
        public RefusedException(string code, string message) : base(message) { Code = code; }

        public string Code { get; }
    }
}
