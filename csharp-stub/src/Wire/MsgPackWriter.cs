// The canonical MessagePack writer (decisions.md D4).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Scenewire.Wire
{
    /// <summary>
    /// Writes the canonical encoding: shortest forms for integers, strings, bins, arrays,
    /// maps and extension headers (fixext for payloads of 1/2/4/8/16 bytes), float64 for
    /// every float, map keys sorted by their UTF-8 bytes (not UTF-16 ordinal order).
    /// Accepts the generic tree plus any IList, IDictionary with string keys and the
    /// .NET integer and float types.
    /// </summary>
    public sealed class MsgPackWriter
    {
        static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, true);

        byte[] buf;
        int len;

        public MsgPackWriter(int capacity = 256)
        {
            buf = new byte[Math.Max(capacity, 16)];
        }

        /// <summary>Canonical bytes of one value.</summary>
        public static byte[] Encode(object value)
        {
            var w = new MsgPackWriter();
            w.Write(value);
            return w.ToArray();
        }

        public byte[] ToArray()
        {
            var outp = new byte[len];
            Buffer.BlockCopy(buf, 0, outp, 0, len);
            return outp;
        }

        public int Length { get { return len; } }

        void Ensure(int n)
        {
            if (len + n <= buf.Length) return;
            long size = Math.Max((long)buf.Length * 2, (long)len + n);
            if (size > int.MaxValue) size = int.MaxValue;
            Array.Resize(ref buf, (int)size);
        }

        void B(byte b) { Ensure(1); buf[len++] = b; }
        void B16(byte tag, int v) { Ensure(3); buf[len++] = tag; buf[len++] = (byte)(v >> 8); buf[len++] = (byte)v; }
        void B32(byte tag, uint v)
        {
            Ensure(5); buf[len++] = tag;
            buf[len++] = (byte)(v >> 24); buf[len++] = (byte)(v >> 16); buf[len++] = (byte)(v >> 8); buf[len++] = (byte)v;
        }
        void B64(byte tag, ulong v) { Ensure(9); buf[len++] = tag; for (int s = 56; s >= 0; s -= 8) buf[len++] = (byte)(v >> s); }
        void Raw(byte[] src, int offset, int count) { Ensure(count); Buffer.BlockCopy(src, offset, buf, len, count); len += count; }

        public void Write(object value)
        {
            if (value == null) { WriteNil(); return; }
            if (value is bool) { WriteBool((bool)value); return; }
            if (value is long) { WriteInt((long)value); return; }
            if (value is int) { WriteInt((int)value); return; }
            if (value is ulong) { WriteUInt((ulong)value); return; }
            if (value is double) { WriteFloat((double)value); return; }
            if (value is float) { WriteFloat((float)value); return; }
            if (value is string) { WriteStr((string)value); return; }
            if (value is byte[]) { WriteBin((byte[])value); return; }
            if (value is NdArray) { WriteNdArray((NdArray)value); return; }
            if (value is MsgMap) { WriteMap((MsgMap)value); return; }
            if (value is uint) { WriteUInt((uint)value); return; }
            if (value is short) { WriteInt((short)value); return; }
            if (value is ushort) { WriteUInt((ushort)value); return; }
            if (value is sbyte) { WriteInt((sbyte)value); return; }
            if (value is byte) { WriteUInt((byte)value); return; }
            if (value is IDictionary) { WriteDictionary((IDictionary)value); return; }
            if (value is IList) { WriteList((IList)value); return; }
            throw new EncodeException(value.GetType().Name + " has no scenewire wire form");
        }

        public void WriteNil() { B(0xc0); }
        public void WriteBool(bool v) { B(v ? (byte)0xc3 : (byte)0xc2); }

        public void WriteInt(long v)
        {
            if (v >= 0) { WriteUInt((ulong)v); return; }
            if (v >= -32) B((byte)(sbyte)v);
            else if (v >= sbyte.MinValue) { Ensure(2); buf[len++] = 0xd0; buf[len++] = (byte)(sbyte)v; }
            else if (v >= short.MinValue) B16(0xd1, (short)v);
            else if (v >= int.MinValue) B32(0xd2, (uint)(int)v);
            else B64(0xd3, (ulong)v);
        }

        public void WriteUInt(ulong v)
        {
            if (v <= 0x7f) B((byte)v);
            else if (v <= 0xff) { Ensure(2); buf[len++] = 0xcc; buf[len++] = (byte)v; }
            else if (v <= 0xffff) B16(0xcd, (int)v);
            else if (v <= 0xffffffff) B32(0xce, (uint)v);
            else B64(0xcf, v);
        }

        /// <summary>Always float64 (0xcb); NaN is written as the quiet NaN 7ff8000000000000.</summary>
        public void WriteFloat(double v)
        {
            long bits = double.IsNaN(v) ? 0x7ff8000000000000L : BitConverter.DoubleToInt64Bits(v);
            B64(0xcb, (ulong)bits);
        }

        public void WriteStr(string s)
        {
            byte[] bytes;
            try { bytes = Utf8.GetBytes(s); }
            catch (ArgumentException) { throw new EncodeException("string is not valid Unicode (lone surrogate)"); }
            int n = bytes.Length;
            if (n < 32) B((byte)(0xa0 | n));
            else if (n <= 0xff) { Ensure(2); buf[len++] = 0xd9; buf[len++] = (byte)n; }
            else if (n <= 0xffff) B16(0xda, n);
            else B32(0xdb, (uint)n);
            Raw(bytes, 0, n);
        }

        public void WriteBin(byte[] b)
        {
            int n = b.Length;
            if (n <= 0xff) { Ensure(2); buf[len++] = 0xc4; buf[len++] = (byte)n; }
            else if (n <= 0xffff) B16(0xc5, n);
            else B32(0xc6, (uint)n);
            Raw(b, 0, n);
        }

        public void WriteArrayHeader(int n)
        {
            if (n < 16) B((byte)(0x90 | n));
            else if (n <= 0xffff) B16(0xdc, n);
            else B32(0xdd, (uint)n);
        }

        public void WriteMapHeader(int n)
        {
            if (n < 16) B((byte)(0x80 | n));
            else if (n <= 0xffff) B16(0xde, n);
            else B32(0xdf, (uint)n);
        }

        public void WriteExtHeader(int length, sbyte type)
        {
            byte fixTag = 0;
            switch (length)
            {
                case 1: fixTag = 0xd4; break;
                case 2: fixTag = 0xd5; break;
                case 4: fixTag = 0xd6; break;
                case 8: fixTag = 0xd7; break;
                case 16: fixTag = 0xd8; break;
            }
            if (fixTag != 0) { Ensure(2); buf[len++] = fixTag; buf[len++] = (byte)type; return; }
            if (length <= 0xff) { Ensure(3); buf[len++] = 0xc7; buf[len++] = (byte)length; }
            else if (length <= 0xffff) B16(0xc8, length);
            else B32(0xc9, (uint)length);
            B((byte)type);
        }

        /// <summary>The ndarray extension: header, zero padding and data written straight into the output.</summary>
        public void WriteNdArray(NdArray a)
        {
            int head = a.HeaderLength;
            ArraySegment<byte> data = a.Data;
            WriteExtHeader(head + data.Count, NdArray.ExtType);
            Ensure(head + data.Count);
            len += a.WriteHeader(buf, len);
            Raw(data.Array, data.Offset, data.Count);
        }

        public void WriteList(IList list)
        {
            WriteArrayHeader(list.Count);
            foreach (var item in list) Write(item);
        }

        public void WriteMap(MsgMap map)
        {
            var entries = new List<KeyValuePair<byte[], object>>(map.Count);
            foreach (var kv in map) entries.Add(new KeyValuePair<byte[], object>(Utf8.GetBytes(kv.Key), kv.Value));
            WriteSorted(entries);
        }

        public void WriteDictionary(IDictionary dict)
        {
            var entries = new List<KeyValuePair<byte[], object>>(dict.Count);
            foreach (DictionaryEntry kv in dict)
            {
                var key = kv.Key as string;
                if (key == null) throw new EncodeException("map key " + kv.Key + " is not a string");
                entries.Add(new KeyValuePair<byte[], object>(Utf8.GetBytes(key), kv.Value));
            }
            WriteSorted(entries);
        }

        void WriteSorted(List<KeyValuePair<byte[], object>> entries)
        {
            entries.Sort((x, y) => CompareBytes(x.Key, y.Key));
            WriteMapHeader(entries.Count);
            foreach (var kv in entries)
            {
                int n = kv.Key.Length;
                if (n < 32) B((byte)(0xa0 | n));
                else if (n <= 0xff) { Ensure(2); buf[len++] = 0xd9; buf[len++] = (byte)n; }
                else if (n <= 0xffff) B16(0xda, n);
                else B32(0xdb, (uint)n);
                Raw(kv.Key, 0, n);
                Write(kv.Value);
            }
        }

        /// <summary>Bytewise comparison of UTF-8 keys (equals code point order).</summary>
        public static int CompareBytes(byte[] a, byte[] b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++)
                if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return a.Length.CompareTo(b.Length);
        }
    }
}
