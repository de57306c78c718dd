// The ndarray extension (type 120): dtype name, shape and raw little-endian C-order data.
using System;
using System.Text;
#if SCENEWIRE_SPAN
using System.Runtime.InteropServices;
#endif

namespace Scenewire.Wire
{
    /// <summary>
    /// An n-dimensional array as it travels (spec §9): a dtype name (<c>float32</c>, <c>uint8</c>, ...),
    /// a shape and the element bytes, C order, little-endian.
    /// <para>
    /// A decoded array is a <b>view</b> of the frame it came in (spec §9.4 allows it): no copy is
    /// made while decoding. An array decoded from a <see cref="FrameBuffer"/> (what
    /// <c>SceneClient</c> receives into) is valid until that frame is released
    /// (<c>Message.Release()</c>); reading it afterwards throws <see cref="InvalidOperationException"/>.
    /// Keep what you need beyond that with <see cref="CopyTo(float[], int)"/> (into your own,
    /// reused buffer) or <see cref="Copy"/>. An array decoded from a plain <c>byte[]</c> views that
    /// array: do not change it while you use the array.
    /// </para>
    /// </summary>
    public sealed class NdArray
    {
        public const sbyte ExtType = 120;
        const int MaxNameLength = 16;

        static readonly string[] DtypeNames =
        {
            "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32",
            "int64", "uint64", "float16", "float32", "float64",
        };

        // Indices into DtypeNames, for switches that run per call, not per element.
        const int Bool = 0, Int8 = 1, UInt8 = 2, Int16 = 3, UInt16 = 4, Int32 = 5, UInt32 = 6,
            Int64 = 7, UInt64 = 8, Float16 = 9, Float32 = 10, Float64 = 11;
        static readonly int[] ItemSizes = { 1, 1, 1, 2, 2, 4, 4, 8, 8, 2, 4, 8 };

        readonly int code;
        readonly long[] shape;
        readonly byte[] buffer;
        readonly int offset;
        readonly int byteCount;
        readonly FrameBuffer frame;
        readonly int generation;

        /// <summary>
        /// An array over <paramref name="data"/> (not copied), which must hold exactly
        /// product(shape) * itemsize little-endian bytes.
        /// </summary>
        public NdArray(string dtype, long[] shape, byte[] data)
        {
            int found = Code(dtype);
            if (found < 0) throw new ArgumentException("unknown dtype " + dtype);
            if (shape == null) throw new ArgumentNullException("shape");
            if (shape.Length > Limits.MaxNdim) throw new ArgumentException("more than 32 dimensions");
            foreach (var d in shape)
                if (d < 0 || d > uint.MaxValue) throw new ArgumentException("dimension out of range: " + d);
            long needed = DataBytes(shape, ItemSizes[found]);
            if (data == null || needed != data.Length)
                throw new ArgumentException("shape needs " + needed + " bytes of " + dtype + ", data has " + (data == null ? 0 : data.Length));
            code = found;
            this.shape = (long[])shape.Clone();
            buffer = data;
            offset = 0;
            byteCount = data.Length;
        }

        public NdArray(string dtype, int[] shape, byte[] data) : this(dtype, ToLong(shape), data) { }

        /// <summary>A view made by the decoder: the shape array is its own, the bytes checked.</summary>
        NdArray(int code, long[] shape, byte[] buffer, int offset, int byteCount, FrameBuffer frame)
        {
            this.code = code;
            this.shape = shape;
            this.buffer = buffer;
            this.offset = offset;
            this.byteCount = byteCount;
            this.frame = frame;
            generation = frame != null ? frame.Generation : 0;
        }

        /// <summary>An array over <c>buffer[offset, offset + count)</c>, not copied (a receiver's own growing buffer).</summary>
        internal static NdArray ViewOf(string dtype, long[] shape, byte[] buffer, int offset, int count)
        {
            return new NdArray(Code(dtype), shape, buffer, offset, count, null);
        }

        /// <summary>The wire dtype name, e.g. "float32" (a shared string: reading it allocates nothing).</summary>
        public string Dtype { get { return DtypeNames[code]; } }
        public int Ndim { get { return shape.Length; } }
        /// <summary>Bytes per element.</summary>
        public int ItemSizeBytes { get { return ItemSizes[code]; } }
        /// <summary>The shape, read without allocating: <c>Shape[0]</c>, <c>Shape.Length</c>, <c>Shape.ToArray()</c>.</summary>
        public ArrayShape Shape { get { return new ArrayShape(shape); } }
        /// <summary>The exact shape (dims are uint32 on the wire), as a new array.</summary>
        public long[] LongShape { get { return (long[])shape.Clone(); } }
        /// <summary>Length of the first axis (0-d arrays: throws).</summary>
        public long Length
        {
            get
            {
                if (shape.Length == 0) throw new InvalidOperationException("0-d array has no length");
                return shape[0];
            }
        }
        /// <summary>Number of elements.</summary>
        public long Count { get { return byteCount / ItemSizes[code]; } }
        /// <summary>Number of data bytes.</summary>
        public int ByteCount { get { return byteCount; } }

        /// <summary>
        /// True when the array shares its bytes with something else: a received frame or a
        /// <c>byte[]</c> it was decoded from (not one that owns its whole buffer).
        /// </summary>
        public bool IsView { get { return frame != null || offset != 0 || byteCount != buffer.Length; } }

        /// <summary>True while the bytes can be read: always for an array that owns or views a plain array;
        /// for a view of a received frame, until that frame is released.</summary>
        public bool IsValid { get { return frame == null || frame.Generation == generation; } }

        /// <summary>The element bytes where they lie (no copy): read only, and only while <see cref="IsValid"/>.</summary>
        public ArraySegment<byte> Data { get { CheckValid(); return new ArraySegment<byte>(buffer, offset, byteCount); } }

        /// <summary>
        /// The element bytes as an array of exactly their length: the array itself when this array
        /// owns all of it (built from a <c>byte[]</c>), otherwise a new copy on every call. For no
        /// copy, read <see cref="Data"/>.
        /// </summary>
        public byte[] RawData
        {
            get
            {
                CheckValid();
                if (offset == 0 && byteCount == buffer.Length) return buffer;
                var copy = new byte[byteCount];
                Buffer.BlockCopy(buffer, offset, copy, 0, byteCount);
                return copy;
            }
        }

        void CheckValid()
        {
            if (frame != null && frame.Generation != generation)
                throw new InvalidOperationException(
                    "this " + Dtype + " array was a view of a received frame that has since been released (Message.Release);"
                    + " copy what you keep (CopyTo into your own buffer, or Copy()) before releasing");
        }

        static long[] ToLong(int[] shape)
        {
            if (shape == null) throw new ArgumentNullException("shape");
            var s = new long[shape.Length];
            for (int i = 0; i < s.Length; i++) s[i] = shape[i];
            return s;
        }

        static int Code(string name)
        {
            for (int i = 0; i < DtypeNames.Length; i++) if (DtypeNames[i] == name) return i;
            return -1;
        }

        /// <summary>Bytes per element of a wire dtype, or -1 if the name is not a wire dtype.</summary>
        public static int ItemSize(string name)
        {
            int found = Code(name);
            return found < 0 ? -1 : ItemSizes[found];
        }

        public static bool IsDtype(string name) { return ItemSize(name) > 0; }
        public static string[] Dtypes { get { return (string[])DtypeNames.Clone(); } }

        /// <summary>product(shape) * itemsize, or -1 if it is over long range.</summary>
        static long DataBytes(long[] shape, int itemSize)
        {
            long count = 1;
            bool overflow = false;
            foreach (var d in shape)
            {
                if (d == 0) return 0;
                if (overflow) continue;
                if (count > long.MaxValue / 16 / d) overflow = true;
                else count *= d;
            }
            return overflow ? -1 : count * itemSize;
        }

        /// <summary>
        /// Whether itemsize times the product of the non-zero dims passes 2^63 - 1 (spec 9.4 rule 9):
        /// such a shape is refused even when a zero dim leaves it without data.
        /// </summary>
        static bool SpanTooLarge(long[] shape, int itemSize)
        {
            long span = itemSize;
            foreach (var d in shape)
            {
                if (d == 0) continue;
                if (span > long.MaxValue / d) return true;
                span *= d;
            }
            return false;
        }

        // ---- payload (decisions.md D3) ----

        static ProtocolException Bad(string message)
        {
            return new ProtocolException(ErrorCodes.BadNdarray, message);
        }

        /// <summary>
        /// Decode an extension payload as a view of <paramref name="buf"/> (not copied); every D3
        /// breach is a "bad_ndarray" ProtocolException.
        /// </summary>
        public static NdArray FromPayload(byte[] buf, int offset, int size)
        {
            return FromPayload(buf, offset, size, null);
        }

        /// <summary>As <see cref="FromPayload(byte[], int, int)"/>, for a payload inside <paramref name="frame"/>: the view is valid until the frame is released.</summary>
        public static NdArray FromPayload(byte[] buf, int offset, int size, FrameBuffer frame)
        {
            if (size < 2) throw Bad("payload of " + size + " bytes is shorter than the 2-byte header");
            int ndim = buf[offset];
            int nameLen = buf[offset + 1];
            if (ndim > Limits.MaxNdim) throw Bad("ndim " + ndim + " is over the limit of " + Limits.MaxNdim);
            if (nameLen < 1 || nameLen > MaxNameLength) throw Bad("dtype name length " + nameLen + " is not in 1..16");
            int dimsAt = 2 + nameLen;
            int dataAt = dimsAt + 4 * ndim;
            dataAt += (8 - dataAt % 8) % 8;
            if (size < dataAt) throw Bad("payload of " + size + " bytes is shorter than its " + dataAt + "-byte header");
            int found = CodeOf(buf, offset + 2, nameLen);
            if (found < 0) throw Bad("unknown dtype '" + NameForError(buf, offset + 2, nameLen) + "'; expected one of " + string.Join(", ", DtypeNames));
            int itemSize = ItemSizes[found];
            var shape = new long[ndim];
            for (int i = 0; i < ndim; i++) shape[i] = LittleEndian.UInt32(buf, offset + dimsAt + 4 * i);
            for (int i = dimsAt + 4 * ndim; i < dataAt; i++)
                if (buf[offset + i] != 0) throw Bad("header padding is not zero");
            long expected = DataBytes(shape, itemSize);
            long carried = size - dataAt;
            if (expected != carried)
                throw Bad("shape [" + string.Join(", ", shape) + "] of " + DtypeNames[found] + " needs " + (expected < 0 ? "too many" : expected.ToString()) + " data bytes, payload carries " + carried);
            if (SpanTooLarge(shape, itemSize))
                throw Bad("shape [" + string.Join(", ", shape) + "] of " + DtypeNames[found] + ": its non-zero dims span over 2^63 - 1 bytes (an empty array too, spec 9.4)");
            int dataStart = offset + dataAt;
            if (found == Bool)
                for (int i = 0; i < carried; i++)
                    if (buf[dataStart + i] > 1) throw Bad("bool array holds a byte other than 0 or 1");
            return new NdArray(found, shape, buf, dataStart, (int)carried, frame);
        }

        /// <summary>The dtype whose ASCII name is buf[at, at+n), or -1; allocates nothing.</summary>
        static int CodeOf(byte[] buf, int at, int n)
        {
            for (int c = 0; c < DtypeNames.Length; c++)
            {
                string name = DtypeNames[c];
                if (name.Length != n) continue;
                int i = 0;
                while (i < n && buf[at + i] == name[i]) i++;
                if (i == n) return c;
            }
            return -1;
        }

        static string NameForError(byte[] buf, int at, int n)
        {
            var name = new StringBuilder(n);
            for (int i = 0; i < n; i++)
            {
                if (buf[at + i] >= 0x80) return "(not ASCII)";
                name.Append((char)buf[at + i]);
            }
            return name.ToString();
        }

        /// <summary>Length of the header including padding.</summary>
        public int HeaderLength
        {
            get
            {
                int n = 2 + Dtype.Length + 4 * shape.Length;
                return n + (8 - n % 8) % 8;
            }
        }

        /// <summary>Write the header (with zero padding) into <paramref name="dst"/> at <paramref name="at"/>; returns its length.</summary>
        public int WriteHeader(byte[] dst, int at)
        {
            int start = at;
            string dtype = Dtype;
            dst[at++] = (byte)shape.Length;
            dst[at++] = (byte)dtype.Length;
            for (int i = 0; i < dtype.Length; i++) dst[at++] = (byte)dtype[i];
            foreach (var d in shape)
            {
                uint u = (uint)d;
                dst[at++] = (byte)u; dst[at++] = (byte)(u >> 8); dst[at++] = (byte)(u >> 16); dst[at++] = (byte)(u >> 24);
            }
            while ((at - start) % 8 != 0) dst[at++] = 0;
            return at - start;
        }

        /// <summary>The whole extension payload: header, padding, data.</summary>
        public byte[] ToPayload()
        {
            CheckValid();
            int head = HeaderLength;
            var payload = new byte[head + byteCount];
            WriteHeader(payload, 0);
            Buffer.BlockCopy(buffer, offset, payload, head, byteCount);
            return payload;
        }

        /// <summary>An array with its own copy of the bytes: valid after the frame it came in is released.</summary>
        public NdArray Copy()
        {
            CheckValid();
            var data = new byte[byteCount];
            Buffer.BlockCopy(buffer, offset, data, 0, byteCount);
            return new NdArray(code, (long[])shape.Clone(), data, 0, byteCount, null);
        }

        // ---- copies into the caller's buffers ----

        void CheckRoom(Array destination, int destinationIndex)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (destinationIndex < 0 || destination.Length - destinationIndex < Count)
                throw new ArgumentException("destination has room for " + Math.Max(0, destination.Length - destinationIndex) + " elements from index " + destinationIndex + "; the array has " + Count);
        }

        /// <summary>Byte copy into an array of the same element type; swaps bytes on a big-endian host.</summary>
        void CopySame(Array destination, int destinationIndex)
        {
            int size = ItemSizes[code];
            Buffer.BlockCopy(buffer, offset, destination, destinationIndex * size, byteCount);
            if (BitConverter.IsLittleEndian || size == 1) return;
            // A big-endian host (none that Unity targets today): reverse each element in place.
            var bytes = new byte[size];
            for (int i = 0; i < Count; i++)
            {
                Buffer.BlockCopy(destination, (destinationIndex + i) * size, bytes, 0, size);
                Array.Reverse(bytes);
                Buffer.BlockCopy(bytes, 0, destination, (destinationIndex + i) * size, size);
            }
        }

        InvalidOperationException NoConversion(string target, string why)
        {
            return new InvalidOperationException("a " + Dtype + " array does not convert to " + target + ": " + why);
        }

        /// <summary>
        /// Copy the elements, in C order, into <paramref name="destination"/> from
        /// <paramref name="destinationIndex"/>, converting as NumPy's <c>astype(float32)</c> does:
        /// float32 is copied as is; float64 is rounded to the nearest float (out of range: infinity);
        /// float16 and the integers up to 16 bits are exact; larger integers are rounded to the
        /// nearest float; bool is 0 or 1. Allocates nothing.
        /// </summary>
        public void CopyTo(float[] destination, int destinationIndex = 0)
        {
            CheckValid();
            CheckRoom(destination, destinationIndex);
            int n = (int)Count, at = offset, size = ItemSizes[code];
            if (code == Float32) { CopySame(destination, destinationIndex); return; }
            for (int i = 0; i < n; i++, at += size) destination[destinationIndex + i] = AsSingle(at);
        }

        /// <summary>
        /// Copy the elements into <paramref name="destination"/> as doubles: every dtype converts
        /// (float16, float32 and integers up to 32 bits exactly; int64 and uint64 rounded to the
        /// nearest double; bool 0 or 1). Allocates nothing.
        /// </summary>
        public void CopyTo(double[] destination, int destinationIndex = 0)
        {
            CheckValid();
            CheckRoom(destination, destinationIndex);
            int n = (int)Count, at = offset, size = ItemSizes[code];
            if (code == Float64) { CopySame(destination, destinationIndex); return; }
            for (int i = 0; i < n; i++, at += size) destination[destinationIndex + i] = AsDouble(at);
        }

        /// <summary>
        /// Copy integer (or bool) elements into <paramref name="destination"/> as int32. Values come
        /// across exactly: an element of uint32, int64 or uint64 outside the int range throws
        /// <see cref="OverflowException"/> (nothing is wrapped). Float arrays are refused
        /// (<see cref="InvalidOperationException"/>): rounding them is the caller's choice.
        /// </summary>
        public void CopyTo(int[] destination, int destinationIndex = 0)
        {
            CheckValid();
            if (code >= Float16) throw NoConversion("int32", "rounding a float is the caller's choice (CopyTo a double[] and round)");
            CheckRoom(destination, destinationIndex);
            if (code == Int32) { CopySame(destination, destinationIndex); return; }
            int n = (int)Count, at = offset, size = ItemSizes[code];
            for (int i = 0; i < n; i++, at += size)
            {
                if (code == UInt64)
                {
                    ulong u = LittleEndian.UInt64(buffer, at);
                    if (u > int.MaxValue) throw OutOfRange("int32", i, u.ToString());
                    destination[destinationIndex + i] = (int)u;
                    continue;
                }
                long v = AsInt64(at);
                if (v < int.MinValue || v > int.MaxValue) throw OutOfRange("int32", i, v.ToString());
                destination[destinationIndex + i] = (int)v;
            }
        }

        /// <summary>As <see cref="CopyTo(int[], int)"/>, into int64: only a uint64 element over <c>long.MaxValue</c> throws.</summary>
        public void CopyTo(long[] destination, int destinationIndex = 0)
        {
            CheckValid();
            if (code >= Float16) throw NoConversion("int64", "rounding a float is the caller's choice (CopyTo a double[] and round)");
            CheckRoom(destination, destinationIndex);
            if (code == Int64) { CopySame(destination, destinationIndex); return; }
            int n = (int)Count, at = offset, size = ItemSizes[code];
            for (int i = 0; i < n; i++, at += size)
            {
                if (code == UInt64)
                {
                    ulong u = LittleEndian.UInt64(buffer, at);
                    if (u > long.MaxValue) throw OutOfRange("int64", i, u.ToString());
                    destination[destinationIndex + i] = (long)u;
                    continue;
                }
                destination[destinationIndex + i] = AsInt64(at);
            }
        }

        /// <summary>Same dtype only (uint8, or bool as 0/1 bytes): one block copy.</summary>
        public void CopyTo(byte[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "uint8", UInt8, Bool); }
        public void CopyTo(sbyte[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "int8", Int8, -1); }
        public void CopyTo(short[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "int16", Int16, -1); }
        /// <summary>Same dtype only (uint16; float16 as its raw bits, e.g. for a half-float texture).</summary>
        public void CopyTo(ushort[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "uint16", UInt16, Float16); }
        public void CopyTo(uint[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "uint32", UInt32, -1); }
        public void CopyTo(ulong[] destination, int destinationIndex = 0) { CopyExact(destination, destinationIndex, "uint64", UInt64, -1); }

        void CopyExact(Array destination, int destinationIndex, string target, int same, int alsoSame)
        {
            CheckValid();
            if (code != same && code != alsoSame) throw NoConversion(target, "this copy takes the same dtype only");
            CheckRoom(destination, destinationIndex);
            CopySame(destination, destinationIndex);
        }

        OverflowException OutOfRange(string target, int index, string value)
        {
            return new OverflowException("element " + index + " of this " + Dtype + " array, " + value + ", does not fit in " + target);
        }

        /// <summary>One element as a float, rounded once (an int64 goes straight to float, not through double).</summary>
        float AsSingle(int at)
        {
            switch (code)
            {
                case Float64: return (float)LittleEndian.Double(buffer, at);
                case Float32: return LittleEndian.Single(buffer, at);
                case Float16: return LittleEndian.Half(buffer, at);
                case UInt64: return LittleEndian.UInt64(buffer, at);
                default: return AsInt64(at);
            }
        }

        /// <summary>One element (at a byte offset of this array) as a double.</summary>
        double AsDouble(int at)
        {
            switch (code)
            {
                case Float64: return LittleEndian.Double(buffer, at);
                case Float32: return LittleEndian.Single(buffer, at);
                case Float16: return LittleEndian.Half(buffer, at);
                case UInt64: return LittleEndian.UInt64(buffer, at);
                default: return AsInt64(at);
            }
        }

        /// <summary>One integer or bool element as a long (uint64 is handled by the callers).</summary>
        long AsInt64(int at)
        {
            switch (code)
            {
                case Bool: case UInt8: return buffer[at];
                case Int8: return (sbyte)buffer[at];
                case Int16: return LittleEndian.Int16(buffer, at);
                case UInt16: return LittleEndian.UInt16(buffer, at);
                case Int32: return LittleEndian.Int32(buffer, at);
                case UInt32: return LittleEndian.UInt32(buffer, at);
                case Int64: return LittleEndian.Int64(buffer, at);
                case UInt64: return (long)LittleEndian.UInt64(buffer, at);
                default: throw NoConversion("an integer", "it is a float array");
            }
        }

        // ---- typed copies into new arrays (each allocates; in a frame loop, CopyTo a reused buffer) ----

        void Expect(int want)
        {
            if (code != want) throw new InvalidOperationException("array is " + Dtype + ", not " + DtypeNames[want]);
        }

        public float[] ToFloat32() { Expect(Float32); var a = new float[Count]; CopyTo(a); return a; }
        public double[] ToFloat64() { Expect(Float64); var a = new double[Count]; CopyTo(a); return a; }
        public sbyte[] ToInt8() { Expect(Int8); var a = new sbyte[Count]; CopyTo(a); return a; }
        public byte[] ToUInt8() { Expect(UInt8); var a = new byte[Count]; CopyTo(a); return a; }
        public short[] ToInt16() { Expect(Int16); var a = new short[Count]; CopyTo(a); return a; }
        public ushort[] ToUInt16() { Expect(UInt16); var a = new ushort[Count]; CopyTo(a); return a; }
        public int[] ToInt32() { Expect(Int32); var a = new int[Count]; CopyTo(a); return a; }
        public uint[] ToUInt32() { Expect(UInt32); var a = new uint[Count]; CopyTo(a); return a; }
        public long[] ToInt64() { Expect(Int64); var a = new long[Count]; CopyTo(a); return a; }
        public ulong[] ToUInt64() { Expect(UInt64); var a = new ulong[Count]; CopyTo(a); return a; }

        public bool[] ToBool()
        {
            Expect(Bool);
            CheckValid();
            var outp = new bool[byteCount];
            for (int i = 0; i < byteCount; i++) outp[i] = buffer[offset + i] != 0;
            return outp;
        }

        /// <summary>float16 elements widened to float.</summary>
        public float[] ToFloat16AsFloat32() { Expect(Float16); var a = new float[Count]; CopyTo(a); return a; }

        /// <summary>Any dtype converted to double, element by element (for display code that takes all dtypes).</summary>
        public double[] ToDoubleArray() { var a = new double[Count]; CopyTo(a); return a; }

#if SCENEWIRE_SPAN
        // ---- Span access (Unity 2021.2+, .NET Standard 2.1): compile with -define:SCENEWIRE_SPAN ----

        /// <summary>The element bytes where they lie, while <see cref="IsValid"/>.</summary>
        public ReadOnlySpan<byte> DataSpan { get { CheckValid(); return new ReadOnlySpan<byte>(buffer, offset, byteCount); } }

        /// <summary>
        /// The elements reinterpreted in place (no copy) as <typeparamref name="T"/>, which must be the
        /// dtype's own element type (<c>float</c> for float32, <c>int</c> for int32, <c>ushort</c> for
        /// float16 bits, <c>byte</c> for bool). Little-endian hosts only. Valid while <see cref="IsValid"/>:
        /// a span outlives no release check, so read it before the frame is released.
        /// </summary>
        public ReadOnlySpan<T> AsSpan<T>() where T : struct
        {
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("AsSpan reinterprets little-endian bytes; use CopyTo on a big-endian host");
            if (ElementType() != typeof(T)) throw NoConversion(typeof(T).Name, "AsSpan does not convert; its element type is " + ElementType().Name);
            return MemoryMarshal.Cast<byte, T>(DataSpan);
        }

        Type ElementType()
        {
            switch (code)
            {
                case Bool: case UInt8: return typeof(byte);
                case Int8: return typeof(sbyte);
                case Int16: return typeof(short);
                case UInt16: case Float16: return typeof(ushort);
                case Int32: return typeof(int);
                case UInt32: return typeof(uint);
                case Int64: return typeof(long);
                case UInt64: return typeof(ulong);
                case Float32: return typeof(float);
                default: return typeof(double);
            }
        }

        /// <summary>As <see cref="CopyTo(float[], int)"/>, into a span (a NativeArray's, for one).</summary>
        public void CopyTo(Span<float> destination)
        {
            CheckValid();
            if (destination.Length < Count) throw new ArgumentException("destination has room for " + destination.Length + " elements; the array has " + Count);
            if (code == Float32 && BitConverter.IsLittleEndian) { MemoryMarshal.Cast<byte, float>(DataSpan).CopyTo(destination); return; }
            int n = (int)Count, at = offset, size = ItemSizes[code];
            for (int i = 0; i < n; i++, at += size) destination[i] = AsSingle(at);
        }

        /// <summary>As <see cref="CopyTo(double[], int)"/>, into a span.</summary>
        public void CopyTo(Span<double> destination)
        {
            CheckValid();
            if (destination.Length < Count) throw new ArgumentException("destination has room for " + destination.Length + " elements; the array has " + Count);
            if (code == Float64 && BitConverter.IsLittleEndian) { MemoryMarshal.Cast<byte, double>(DataSpan).CopyTo(destination); return; }
            int n = (int)Count, at = offset, size = ItemSizes[code];
            for (int i = 0; i < n; i++, at += size) destination[i] = AsDouble(at);
        }
#endif

        // ---- construction from typed arrays ----

        static NdArray From(string dtype, Array values, int itemSize, int[] shape)
        {
            var bytes = new byte[values.Length * itemSize];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            if (!BitConverter.IsLittleEndian && itemSize > 1) bytes = SwapCopy(bytes, itemSize);
            return new NdArray(dtype, shape ?? new[] { values.Length }, bytes);
        }

        static byte[] SwapCopy(byte[] src, int itemSize)
        {
            var dst = new byte[src.Length];
            for (int i = 0; i < src.Length; i += itemSize)
                for (int j = 0; j < itemSize; j++)
                    dst[i + j] = src[i + itemSize - 1 - j];
            return dst;
        }

        /// <summary>Shape defaults to 1-D of the array's length.</summary>
        public static NdArray FromFloat32(float[] v, params int[] shape) { return From("float32", v, 4, Nz(shape)); }
        public static NdArray FromFloat64(double[] v, params int[] shape) { return From("float64", v, 8, Nz(shape)); }
        public static NdArray FromInt8(sbyte[] v, params int[] shape) { return From("int8", v, 1, Nz(shape)); }
        public static NdArray FromUInt8(byte[] v, params int[] shape) { return From("uint8", v, 1, Nz(shape)); }
        public static NdArray FromInt16(short[] v, params int[] shape) { return From("int16", v, 2, Nz(shape)); }
        public static NdArray FromUInt16(ushort[] v, params int[] shape) { return From("uint16", v, 2, Nz(shape)); }
        public static NdArray FromInt32(int[] v, params int[] shape) { return From("int32", v, 4, Nz(shape)); }
        public static NdArray FromUInt32(uint[] v, params int[] shape) { return From("uint32", v, 4, Nz(shape)); }
        public static NdArray FromInt64(long[] v, params int[] shape) { return From("int64", v, 8, Nz(shape)); }
        public static NdArray FromUInt64(ulong[] v, params int[] shape) { return From("uint64", v, 8, Nz(shape)); }

        public static NdArray FromBool(bool[] v, params int[] shape)
        {
            var bytes = new byte[v.Length];
            for (int i = 0; i < v.Length; i++) bytes[i] = v[i] ? (byte)1 : (byte)0;
            return new NdArray("bool", Nz(shape) ?? new[] { v.Length }, bytes);
        }

        static int[] Nz(int[] shape) { return shape == null || shape.Length == 0 ? null : shape; }

        /// <summary>A 0-d array holding one float64.</summary>
        public static NdArray Scalar(double value) { return From("float64", new[] { value }, 8, new int[0]); }

        /// <summary>Same dtype, shape and bytes.</summary>
        public bool ContentEquals(NdArray other)
        {
            if (other == null || other.code != code || other.shape.Length != shape.Length || other.byteCount != byteCount) return false;
            for (int i = 0; i < shape.Length; i++) if (shape[i] != other.shape[i]) return false;
            CheckValid();
            other.CheckValid();
            for (int i = 0; i < byteCount; i++) if (buffer[offset + i] != other.buffer[other.offset + i]) return false;
            return true;
        }

        public override string ToString()
        {
            return "ndarray(" + Dtype + ", [" + string.Join(", ", shape) + "])";
        }
    }
}
