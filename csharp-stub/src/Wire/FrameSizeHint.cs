// A lower bound on a MessagePack frame's length from its first bytes, so a receive buffer grows once.
namespace Scenewire.Wire
{
    /// <summary>
    /// MessagePack is length-prefixed: skimming the bytes received so far (headers only, no values
    /// built) tells how long the frame is at least. A receiver that has filled its buffer grows it
    /// to that length in one step instead of doubling: a 400 KB array arrives into one 400 KB
    /// buffer, not into 64 + 128 + 256 + 512 KB ones.
    /// </summary>
    public static class FrameSizeHint
    {
        /// <summary>
        /// The least length the frame whose first <paramref name="count"/> bytes are
        /// <paramref name="bytes"/> can have: <paramref name="count"/> when they hold one whole
        /// object, more when it is unfinished. Malformed bytes give a bound the parser then refuses.
        /// </summary>
        public static long MinimumLength(byte[] bytes, int count)
        {
            long pos = 0;
            long pending = 1; // objects still to come, each at least one byte (containers add their items)
            while (pending > 0)
            {
                if (pos >= count) return pos + pending;
                int at = (int)pos;
                byte b = bytes[at];
                int head;
                long body = 0, items = 0;
                if (b <= 0x7f || b >= 0xe0 || (b >= 0xc0 && b <= 0xc3)) head = 1;
                else if (b <= 0x8f) { head = 1; items = 2 * (b & 0x0f); }
                else if (b <= 0x9f) { head = 1; items = b & 0x0f; }
                else if (b <= 0xbf) { head = 1; body = b & 0x1f; }
                else
                {
                    switch (b)
                    {
                        case 0xc4: case 0xd9: head = 2; break;
                        case 0xc5: case 0xda: case 0xdc: case 0xde: head = 3; break;
                        case 0xc6: case 0xdb: case 0xdd: case 0xdf: head = 5; break;
                        case 0xc7: head = 3; break;
                        case 0xc8: head = 4; break;
                        case 0xc9: head = 6; break;
                        case 0xca: head = 5; break;
                        case 0xcb: case 0xcf: case 0xd3: head = 9; break;
                        case 0xcc: case 0xd0: head = 2; break;
                        case 0xcd: case 0xd1: head = 3; break;
                        case 0xce: case 0xd2: head = 5; break;
                        case 0xd4: head = 3; break;
                        case 0xd5: head = 4; break;
                        case 0xd6: head = 6; break;
                        case 0xd7: head = 10; break;
                        case 0xd8: head = 18; break;
                        default: return count + 1L; // 0xc1: the parser refuses it
                    }
                    if (pos + head > count) return pos + head + pending - 1;
                    switch (b)
                    {
                        case 0xc4: case 0xd9: case 0xc7: body = bytes[at + 1]; break;
                        case 0xc5: case 0xda: case 0xc8: body = Big16(bytes, at + 1); break;
                        case 0xc6: case 0xdb: case 0xc9: body = Big32(bytes, at + 1); break;
                        case 0xdc: items = Big16(bytes, at + 1); break;
                        case 0xdd: items = Big32(bytes, at + 1); break;
                        case 0xde: items = 2L * Big16(bytes, at + 1); break;
                        case 0xdf: items = 2L * Big32(bytes, at + 1); break;
                    }
                }
                pos += head + body;
                pending += items - 1;
                if (pos > count) return pos + pending;
            }
            return pos;
        }

        static long Big16(byte[] b, int at) { return (b[at] << 8) | b[at + 1]; }
        static long Big32(byte[] b, int at) { return ((long)b[at] << 24) | ((long)b[at + 1] << 16) | ((long)b[at + 2] << 8) | b[at + 3]; }
    }
}
