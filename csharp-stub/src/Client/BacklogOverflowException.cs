// The end of a connection this client closed because its consumer fell too far behind.
using System;

namespace Scenewire.Client
{
    /// <summary>
    /// Thrown by <see cref="SceneClient.ReceiveAsync"/> (and <see cref="SceneClient.TryReceive"/>)
    /// after the last message that was received: the consumer took messages so slowly that more than
    /// <see cref="InboxLimits"/> waited even after merging, so the client closed the connection with
    /// 1011 and <see cref="Exception.Message"/> as the reason instead of dropping any.
    /// </summary>
    public sealed class BacklogOverflowException : Exception
    {
        public BacklogOverflowException(string message) : base(message) { }
    }
}
