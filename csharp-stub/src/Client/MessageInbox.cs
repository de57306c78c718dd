// The queue between a SceneClient's receive loop and its consumer.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Scenewire.Model;

namespace Scenewire.Client
{
    /// <summary>
    /// Messages (and reports of frames that did not decode) in arrival order, from the receive loop
    /// to one consumer. Over its <see cref="InboxLimits"/> it merges (<see cref="InboxCoalescing"/>);
    /// <see cref="Add"/> returns false when it is still over them. The loop ends it with
    /// <see cref="Complete"/>, whose exception the consumer gets after the last entry. Thread-safe.
    /// </summary>
    internal sealed class MessageInbox
    {
        readonly object gate = new object();
        readonly InboxLimits limits;
        readonly SemaphoreSlim signal = new SemaphoreSlim(0);
        List<InboxEntry> entries = new List<InboxEntry>();
        int head;
        long bytes;
        Exception completion;
        long merged;

        public MessageInbox(InboxLimits limits) { this.limits = limits ?? InboxLimits.Default; }

        /// <summary>Entries waiting.</summary>
        public int Count { get { lock (gate) return entries.Count - head; } }
        /// <summary>Bytes waiting.</summary>
        public long Bytes { get { lock (gate) return bytes; } }
        /// <summary>Messages merged away so far.</summary>
        public long Merged { get { return Interlocked.Read(ref merged); } }

        /// <summary>Queue a message (its entry made by <see cref="InboxScene.Entry"/>); false if, even after merging, more than the limits wait.</summary>
        public bool Add(InboxEntry entry)
        {
            return Put(entry);
        }

        /// <summary>Queue the report of a frame that did not decode; the consumer gets it thrown in its place.</summary>
        public void Report(Exception report)
        {
            Put(new InboxEntry { Report = report, Axis = -1 });
        }

        bool Put(InboxEntry entry)
        {
            bool within = true;
            lock (gate)
            {
                entries.Add(entry);
                bytes += entry.Bytes;
                if (entries.Count - head > limits.MaxMessages || bytes > limits.MaxBytes)
                {
                    if (head > 0)
                    {
                        entries.RemoveRange(0, head);
                        head = 0;
                    }
                    int count = InboxCoalescing.Coalesce(entries);
                    Interlocked.Add(ref merged, count);
                    bytes = 0;
                    foreach (var e in entries) bytes += e.Bytes;
                    within = entries.Count <= limits.MaxMessages && bytes <= limits.MaxBytes;
                }
            }
            signal.Release();
            return within;
        }

        /// <summary>No more entries will come; <paramref name="end"/> is thrown after the last (the first call wins).</summary>
        public void Complete(Exception end)
        {
            lock (gate)
            {
                if (completion != null) return;
                completion = end;
            }
            signal.Release();
        }

        public bool IsCompleted { get { lock (gate) return completion != null; } }

        /// <summary>The next message without waiting: false if none waits. Throws a report, or the end once all is taken.</summary>
        public bool TryTake(out Message message)
        {
            lock (gate)
            {
                if (head < entries.Count)
                {
                    InboxEntry entry = entries[head];
                    entries[head] = new InboxEntry();
                    head++;
                    bytes -= entry.Bytes;
                    if (head == entries.Count)
                    {
                        entries.Clear();
                        head = 0;
                    }
                    else if (head >= 1024 && head * 2 >= entries.Count)
                    {
                        entries.RemoveRange(0, head);
                        head = 0;
                    }
                    if (entry.Report != null) throw entry.Report;
                    message = entry.Message;
                    return true;
                }
                if (completion != null) throw completion;
            }
            message = null;
            return false;
        }

        /// <summary>The next message, waiting for one; cancelling the wait leaves the connection as it is.</summary>
        public async Task<Message> TakeAsync(CancellationToken cancel)
        {
            while (true)
            {
                Message message;
                if (TryTake(out message)) return message;
                await signal.WaitAsync(cancel).ConfigureAwait(false);
            }
        }
    }
}
