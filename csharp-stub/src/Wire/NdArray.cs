// The ndarray extension (type 120): dtype name, shape and raw little-endian C-order data.
using System;
using System.Text;

namespace Scenewire.Wire
{
    /// <summary>
    /// An n-dimensional array as it travels: a dtype name (<c>float32</c>, <c>uint8</c>, ...),
    /// a shape and the raw element bytes, C order, little-endian. Typed accessors copy the
    /// whole buffer at once with <see cref="Buffer.BlockCopy"/> (no per-element boxing) and
    /// swap bytes on big-endian hosts.
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

        readonly string dtype;
        readonly long[] shape;
        readonly byte[] data;

        /// <summary>
        /// An array over <paramref name="data"/> (not copied), which must hold exactly
        /// product(shape) * itemsize little-endian bytes.
        /// </summary>
        public NdArray(string dtype, long[] shape, byte[] data)
        {
            int size = ItemSize(dtype);
            if (size < 0) throw new ArgumentException("unknown dtype " + dtype);
            if (shape == null) throw new ArgumentNullException("shape");
            if (shape.Length > Limits.MaxNdim) throw new ArgumentException("more than 32 dimensions");
            foreach (var d in shape)
                if (d < 0 || d > uint.MaxValue) throw new ArgumentException("dimension out of range: " + d);
            long needed = ByteCount(shape, size);
            if (data == null || needed != data.Length)
                throw new ArgumentException("shape needs " + needed + " bytes of " + dtype + ", data has " + (data == null ? 0 : data.Length));
            this.dtype = dtype;
            this.shape = (long[])shape.Clone();
            this.data = data;
        }

        public NdArray(string dtype, int[] shape, byte[] data) : this(dtype, ToLong(shape), data) { }

        /// <summary>The wire dtype name, e.g. "float32".</summary>
        public string Dtype { get { return dtype; } }
        public int Ndim { get { return shape.Length; } }
        /// <summary>Bytes per element.</summary>
        public int ItemSizeBytes { get { return ItemSize(dtype); } }
        /// <summary>The shape as ints (throws OverflowException for a dim over int.MaxValue, only possible in empty arrays).</summary>
        public int[] Shape
        {
            get
            {
                var s = new int[shape.Length];
                for (int i = 0; i < s.Length; i++) s[i] = checked((int)shape[i]);
                return s;
            }
        }
        /// <summary>The exact shape (dims are uint32 on the wire).</summary>
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
        public long Count { get { return data.Length / ItemSize(dtype); } }
        /// <summary>The raw little-endian element bytes (not a copy).</summary>
        public byte[] RawData { get { return data; } }

        static long[] ToLong(int[] shape)
        {
            if (shape == null) throw new ArgumentNullException("shape");
            var s = new long[shape.Length];
            for (int i = 0; i < s.Length; i++) s[i] = shape[i];
            return s;
        }

        /// <summary>Bytes per element of a wire dtype, or -1 if the name is not a wire dtype.</summary>
        public static int ItemSize(string name)
        {
            switch (name)
            {
                case "bool": case "int8": case "uint8": return 1;
                case "int16": case "uint16": case "float16": return 2;
                case "int32": case "uint32": case "float32": return 4;
                case "int64": case "uint64": case "float64": return 8;
                default: return -1;
            }
        }

        public static bool IsDtype(string name) { return ItemSize(name) > 0; }
        public static string[] Dtypes { get { return (string[])DtypeNames.Clone(); } }

        /// <summary>product(shape) * itemsize, or -1 if it is over long range.</summary>
        static long ByteCount(long[] shape, int itemSize)
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

        // ---- payload (decisions.md D3) ----

        static ProtocolException Bad(string message)
        {
            return new ProtocolException(ErrorCodes.BadNdarray, message);
        }

        /// <summary>Decode an extension payload; every D3 breach is a "bad_ndarray" ProtocolException.</summary>
        public static NdArray FromPayload(byte[] buf, int offset, int size)
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
            var name = new StringBuilder(nameLen);
            bool ascii = true;
            for (int i = 0; i < nameLen; i++)
            {
                byte b = buf[offset + 2 + i];
                if (b >= 0x80) ascii = false;
                name.Append((char)b);
            }
            string dtype = name.ToString();
            int itemSize = ascii ? ItemSize(dtype) : -1;
            if (itemSize < 0) throw Bad("unknown dtype '" + (ascii ? dtype : "(not ASCII)") + "'; expected one of " + string.Join(", ", DtypeNames));
            var shape = new long[ndim];
            for (int i = 0; i < ndim; i++)
            {
                int at = offset + dimsAt + 4 * i;
                shape[i] = (long)((uint)buf[at] | ((uint)buf[at + 1] << 8) | ((uint)buf[at + 2] << 16) | ((uint)buf[at + 3] << 24));
            }
            for (int i = dimsAt + 4 * ndim; i < dataAt; i++)
                if (buf[offset + i] != 0) throw Bad("header padding is not zero");
            long expected = ByteCount(shape, itemSize);
            long carried = size - dataAt;
            if (expected != carried)
                throw Bad("shape [" + string.Join(", ", shape) + "] of " + dtype + " needs " + (expected < 0 ? "too many" : expected.ToString()) + " data bytes, payload carries " + carried);
            var data = new byte[carried];
            Buffer.BlockCopy(buf, offset + dataAt, data, 0, (int)carried);
            if (dtype == "bool")
                for (int i = 0; i < data.Length; i++)
                    if (data[i] > 1) throw Bad("bool array holds a byte other than 0 or 1");
            return new NdArray(dtype, shape, data);
        }

        /// <summary>Length of the header including padding.</summary>
        public int HeaderLength
        {
            get
            {
                int n = 2 + Encoding.ASCII.GetByteCount(dtype) + 4 * shape.Length;
                return n + (8 - n % 8) % 8;
            }
        }

        /// <summary>Write the header (with zero padding) into <paramref name="dst"/> at <paramref name="at"/>; returns its length.</summary>
        public int WriteHeader(byte[] dst, int at)
        {
            int start = at;
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
            int head = HeaderLength;
            var payload = new byte[head + data.Length];
            WriteHeader(payload, 0);
            Buffer.BlockCopy(data, 0, payload, head, data.Length);
            return payload;
        }

        // ---- typed access ----

        void Expect(string want)
        {
            if (dtype != want) throw new InvalidOperationException("array is " + dtype + ", not " + want);
        }

        T[] Copy<T>(int itemSize, Func<int, T[]> make)
        {
            int n = data.Length / itemSize;
            var outp = make(n);
            if (BitConverter.IsLittleEndian || itemSize == 1)
            {
                Buffer.BlockCopy(data, 0, outp, 0, data.Length);
            }
            else
            {
                var swapped = SwapCopy(data, itemSize);
                Buffer.BlockCopy(swapped, 0, outp, 0, swapped.Length);
            }
            return outp;
        }

        static byte[] SwapCopy(byte[] src, int itemSize)
        {
            var dst = new byte[src.Length];
            for (int i = 0; i < src.Length; i += itemSize)
                for (int j = 0; j < itemSize; j++)
                    dst[i + j] = src[i + itemSize - 1 - j];
            return dst;
        }

        public float[] ToFloat32() { Expect("float32"); return Copy(4, n => new float[n]); }
        public double[] ToFloat64() { Expect("float64"); return Copy(8, n => new double[n]); }
        public sbyte[] ToInt8() { Expect("int8"); return Copy(1, n => new sbyte[n]); }
        public byte[] ToUInt8() { Expect("uint8"); return Copy(1, n => new byte[n]); }
        public short[] ToInt16() { Expect("int16"); return Copy(2, n => new short[n]); }
        public ushort[] ToUInt16() { Expect("uint16"); return Copy(2, n => new ushort[n]); }
        public int[] ToInt32() { Expect("int32"); return Copy(4, n => new int[n]); }
        public uint[] ToUInt32() { Expect("uint32"); return Copy(4, n => new uint[n]); }
        public long[] ToInt64() { Expect("int64"); return Copy(8, n => new long[n]); }
        public ulong[] ToUInt64() { Expect("uint64"); return Copy(8, n => new ulong[n]); }

        public bool[] ToBool()
        {
            Expect("bool");
            var outp = new bool[data.Length];
            for (int i = 0; i < data.Length; i++) outp[i] = data[i] != 0;
            return outp;
        }

        /// <summary>float16 elements widened to float.</summary>
        public float[] ToFloat16AsFloat32()
        {
            Expect("float16");
            var outp = new float[data.Length / 2];
            for (int i = 0; i < outp.Length; i++) outp[i] = HalfToSingle((ushort)(data[2 * i] | (data[2 * i + 1] << 8)));
            return outp;
        }

        /// <summary>Any dtype converted to double, element by element (for display code that takes all dtypes).</summary>
        public double[] ToDoubleArray()
        {
            switch (dtype)
            {
                case "float64": return ToFloat64();
                case "float32": { var a = ToFloat32(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "float16": { var a = ToFloat16AsFloat32(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "bool": case "uint8": { var o = new double[data.Length]; for (int i = 0; i < o.Length; i++) o[i] = data[i]; return o; }
                case "int8": { var o = new double[data.Length]; for (int i = 0; i < o.Length; i++) o[i] = (sbyte)data[i]; return o; }
                case "int16": { var a = ToInt16(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "uint16": { var a = ToUInt16(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "int32": { var a = ToInt32(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "uint32": { var a = ToUInt32(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "int64": { var a = ToInt64(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                case "uint64": { var a = ToUInt64(); var o = new double[a.Length]; for (int i = 0; i < a.Length; i++) o[i] = a[i]; return o; }
                default: throw new InvalidOperationException("unknown dtype " + dtype);
            }
        }

        static float HalfToSingle(ushort h)
        {
            int sign = (h >> 15) & 1, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
            float v;
            if (exp == 0) v = (float)(mant * Math.Pow(2, -24));
            else if (exp == 31) v = mant == 0 ? float.PositiveInfinity : float.NaN;
            else v = (float)((1 + mant / 1024.0) * Math.Pow(2, exp - 15));
            return sign == 1 ? -v : v;
        }

        // ---- construction from typed arrays ----

        static NdArray From(string dtype, Array values, int itemSize, int[] shape)
        {
            var bytes = new byte[values.Length * itemSize];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            if (!BitConverter.IsLittleEndian && itemSize > 1) bytes = SwapCopy(bytes, itemSize);
            return new NdArray(dtype, shape ?? new[] { values.Length }, bytes);
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
            if (other == null || other.dtype != dtype || other.shape.Length != shape.Length || other.data.Length != data.Length) return false;
            for (int i = 0; i < shape.Length; i++) if (shape[i] != other.shape[i]) return false;
            for (int i = 0; i < data.Length; i++) if (data[i] != other.data[i]) return false;
            return true;
        }

        public override string ToString()
        {
            return "ndarray(" + dtype + ", [" + string.Join(", ", shape) + "])";
        }
    }
}
