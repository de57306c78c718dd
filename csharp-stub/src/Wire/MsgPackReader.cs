// A limit-checked MessagePack reader producing the generic value tree.
using System;
using System.Collections.Generic;
using System.Text;

namespace Scenewire.Wire
{
    /// <summary>
    /// Reads exactly one MessagePack object from a frame, accepting every format family
    /// and every width. Produces: null, bool, long (or ulong above long.MaxValue), double
    /// (float32 widened), string, byte[], List&lt;object&gt;, <see cref="MsgMap"/>,
    /// <see cref="NdArray"/>. Every fault is a <see cref="ProtocolException"/> with a spec code.
    /// </summary>
    public sealed class MsgPackReader
    {
        static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        readonly byte[] buf;
        readonly int end;
        readonly int maxDepth;
        readonly FrameBuffer frame;
        int pos;

        MsgPackReader(byte[] buf, int offset, int count, int maxDepth, FrameBuffer frame)
        {
            this.frame = frame;
            this.buf = buf;
            this.pos = offset;
            this.end = offset + count;
            this.maxDepth = maxDepth;
        }

        public static object Decode(byte[] data)
        {
            return Decode(data, 0, data.Length, Limits.Default);
        }

        /// <summary>Parse exactly one received frame; its arrays are views valid until the frame is released.</summary>
        public static object Decode(FrameBuffer frame, Limits limits)
        {
            return Decode(frame.Bytes, 0, frame.Length, limits, frame);
        }

        /// <summary>Parse exactly one object from data[offset, offset+count); arrays are views of <paramref name="data"/>.</summary>
        public static object Decode(byte[] data, int offset, int count, Limits limits)
        {
            return Decode(data, offset, count, limits, null);
        }

        static object Decode(byte[] data, int offset, int count, Limits limits, FrameBuffer frame)
        {
            if (limits == null) limits = Limits.Default;
            if (count > limits.MaxFrameBytes)
                throw new ProtocolException(ErrorCodes.LimitExceeded, "frame of " + count + " bytes is over the " + limits.MaxFrameBytes + "-byte limit");
            if (count == 0) throw Malformed("empty frame");
            var reader = new MsgPackReader(data, offset, count, limits.MaxDepth, frame);
            object value = reader.ReadValue(0);
            if (reader.pos != reader.end) throw Malformed((reader.end - reader.pos) + " bytes follow the message");
            return value;
        }

        static ProtocolException Malformed(string message)
        {
            return new ProtocolException(ErrorCodes.MalformedMsgpack, message);
        }

        void Need(long n)
        {
            if (n > end - pos) throw Malformed("truncated: needs " + n + " more bytes at offset " + pos + ", " + (end - pos) + " left");
        }

        byte U8() { Need(1); return buf[pos++]; }
        ushort U16() { Need(2); ushort v = (ushort)((buf[pos] << 8) | buf[pos + 1]); pos += 2; return v; }
        uint U32()
        {
            Need(4);
            uint v = ((uint)buf[pos] << 24) | ((uint)buf[pos + 1] << 16) | ((uint)buf[pos + 2] << 8) | buf[pos + 3];
            pos += 4;
            return v;
        }
        ulong U64() { ulong hi = U32(); ulong lo = U32(); return (hi << 32) | lo; }

        object ReadValue(int depth)
        {
            byte b = U8();
            if (b <= 0x7f) return (long)b;
            if (b >= 0xe0) return (long)(sbyte)b;
            if (b <= 0x8f) return ReadMap(b & 0x0f, depth);
            if (b <= 0x9f) return ReadArray(b & 0x0f, depth);
            if (b <= 0xbf) return ReadStr(b & 0x1f);
            switch (b)
            {
                case 0xc0: return null;
                case 0xc1: throw Malformed("reserved byte 0xc1 at offset " + (pos - 1));
                case 0xc2: return false;
                case 0xc3: return true;
                case 0xc4: return ReadBin(U8());
                case 0xc5: return ReadBin(U16());
                case 0xc6: return ReadBin(U32());
                case 0xc7: return ReadExt(U8());
                case 0xc8: return ReadExt(U16());
                case 0xc9: return ReadExt(U32());
                case 0xca:
                    {
                        uint bits = U32();
                        return (double)BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
                    }
                case 0xcb: return BitConverter.Int64BitsToDouble((long)U64());
                case 0xcc: return (long)U8();
                case 0xcd: return (long)U16();
                case 0xce: return (long)U32();
                case 0xcf:
                    {
                        ulong v = U64();
                        if (v <= long.MaxValue) return (long)v;
                        return v;
                    }
                case 0xd0: return (long)(sbyte)U8();
                case 0xd1: return (long)(short)U16();
                case 0xd2: return (long)(int)U32();
                case 0xd3: return (long)U64();
                case 0xd4: return ReadExt(1);
                case 0xd5: return ReadExt(2);
                case 0xd6: return ReadExt(4);
                case 0xd7: return ReadExt(8);
                case 0xd8: return ReadExt(16);
                case 0xd9: return ReadStr(U8());
                case 0xda: return ReadStr(U16());
                case 0xdb: return ReadStr(U32());
                case 0xdc: return ReadArray(U16(), depth);
                case 0xdd: return ReadArray(U32(), depth);
                case 0xde: return ReadMap(U16(), depth);
                case 0xdf: return ReadMap(U32(), depth);
            }
            throw Malformed("unreachable format byte"); // every byte value is handled above
        }

        string ReadStr(long n)
        {
            Need(n);
            string s;
            try
            {
                s = StrictUtf8.GetString(buf, pos, (int)n);
            }
            catch (ArgumentException)
            {
                throw Malformed("string at offset " + pos + " is not valid UTF-8");
            }
            pos += (int)n;
            return s;
        }

        byte[] ReadBin(long n)
        {
            Need(n);
            var b = new byte[n];
            Buffer.BlockCopy(buf, pos, b, 0, (int)n);
            pos += (int)n;
            return b;
        }

        object ReadExt(long n)
        {
            sbyte type = (sbyte)U8();
            Need(n);
            if (type != NdArray.ExtType)
                throw new ProtocolException(ErrorCodes.UnknownExtension, "extension type " + type + " is not part of scenewire 1.0 (only 120, ndarray)");
            var arr = NdArray.FromPayload(buf, pos, (int)n, frame);
            pos += (int)n;
            return arr;
        }

        void Enter(int depth)
        {
            if (depth + 1 > maxDepth)
                throw new ProtocolException(ErrorCodes.LimitExceeded, "nesting depth over " + maxDepth);
        }

        List<object> ReadArray(long n, int depth)
        {
            Enter(depth);
            Need(n); // every element takes at least one byte
            var list = new List<object>((int)n);
            for (long i = 0; i < n; i++) list.Add(ReadValue(depth + 1));
            return list;
        }

        MsgMap ReadMap(long n, int depth)
        {
            Enter(depth);
            Need(2 * n); // every entry takes at least two bytes
            var keys = new object[n];
            var values = new object[n];
            for (long i = 0; i < n; i++)
            {
                keys[i] = ReadValue(depth + 1);
                values[i] = ReadValue(depth + 1);
            }
            // As in the reference: key types are checked once the map is complete, then duplicates.
            for (long i = 0; i < n; i++)
                if (!(keys[i] is string))
                    throw new ProtocolException(ErrorCodes.WrongType, "map key " + Describe(keys[i]) + " is not a string; keys must be strings");
            var map = new MsgMap((int)n);
            for (long i = 0; i < n; i++)
                if (!map.TryAdd((string)keys[i], values[i]))
                    throw new ProtocolException(ErrorCodes.DuplicateKey, "map holds the key '" + keys[i] + "' more than once");
            return map;
        }

        internal static string Describe(object v)
        {
            if (v == null) return "nil";
            if (v is List<object>) return "an array";
            if (v is MsgMap) return "a map";
            if (v is byte[]) return "a bin";
            return "'" + v + "' (" + v.GetType().Name + ")";
        }
    }
}
