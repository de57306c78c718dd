// Converting appended values to a field's dtype by the rules of spec §7.11.
using System;

namespace Scenewire.Wire
{
    /// <summary>
    /// The conversion a receiver makes when a <c>field_append</c> carries another dtype than the
    /// field's: to a float dtype, round to nearest (ties to even, overflow to infinity, NaN stays
    /// NaN); to an integer dtype, only whole numbers in range, else refused (never rounded, wrapped
    /// or clamped); bool only from bool. The same rules as the Python reference's
    /// <c>scene/convert.py</c>, so both languages accept and refuse the same appends.
    /// </summary>
    public static class ArrayConversion
    {
        /// <summary>
        /// <paramref name="values"/> as <paramref name="dtype"/>: the same array when the dtype matches,
        /// else a new one. <see cref="ArgumentException"/> saying why when the rules refuse it.
        /// </summary>
        public static NdArray Convert(NdArray values, string dtype, string what = "values")
        {
            if (values.Dtype == dtype) return values;
            int size = NdArray.ItemSize(dtype);
            if (size < 0) throw new ArgumentException("unknown dtype " + dtype);
            bool fromBool = values.Dtype == "bool", toBool = dtype == "bool";
            if (fromBool != toBool)
                throw new ArgumentException(what + " of dtype " + values.Dtype + " cannot become " + dtype + " (bool converts only to bool)");
            int n = (int)values.Count;
            var data = new byte[n * size];
            bool toFloat = dtype.StartsWith("float", StringComparison.Ordinal);
            bool fromFloat = values.Dtype.StartsWith("float", StringComparison.Ordinal);
            if (toFloat)
            {
                var source = new double[n];
                values.CopyTo(source);
                for (int i = 0; i < n; i++) WriteFloat(data, i * size, dtype, source[i]);
            }
            else if (fromFloat)
            {
                var source = new double[n];
                values.CopyTo(source);
                for (int i = 0; i < n; i++)
                {
                    double v = source[i];
                    if (double.IsNaN(v) || double.IsInfinity(v)) throw new ArgumentException(what + ": NaN or infinity cannot become " + dtype);
                    if (Math.Floor(v) != v) throw new ArgumentException(what + ": a value with a fractional part cannot become " + dtype);
                    // -2^63 <= v < 2^63 is exact in double; uint64 takes up to 2^64
                    if (dtype == "uint64")
                    {
                        if (v < 0 || v >= 18446744073709551616.0) throw OutOfRange(what, v.ToString("R"), dtype);
                        WriteInteger(data, i * size, 8, v >= 9223372036854775808.0 ? unchecked((long)(ulong)v) : (long)v);
                        continue;
                    }
                    if (v < -9223372036854775808.0 || v >= 9223372036854775808.0 || !Fits((long)v, dtype)) throw OutOfRange(what, v.ToString("R"), dtype);
                    WriteInteger(data, i * size, size, (long)v);
                }
            }
            else if (toBool)
            {
                values.CopyTo(data); // bool to bool handled above; unreachable
            }
            else
            {
                // integer to integer: through long, with uint64 apart
                bool fromUnsigned64 = values.Dtype == "uint64";
                var raw = values.Data;
                int itemSize = values.ItemSizeBytes;
                var source = new long[n];
                if (!fromUnsigned64) values.CopyTo(source);
                for (int i = 0; i < n; i++)
                {
                    if (fromUnsigned64)
                    {
                        ulong u = LittleEndianValue(raw, i * 8);
                        if (dtype != "uint64" && u > long.MaxValue) throw OutOfRange(what, u.ToString(), dtype);
                        if (dtype == "uint64" || Fits((long)u, dtype)) { WriteInteger(data, i * size, size, unchecked((long)u)); continue; }
                        throw OutOfRange(what, u.ToString(), dtype);
                    }
                    long v = source[i];
                    if (dtype == "uint64" ? v < 0 : !Fits(v, dtype)) throw OutOfRange(what, v.ToString(), dtype);
                    WriteInteger(data, i * size, size, v);
                }
            }
            return new NdArray(dtype, values.LongShape, data);
        }

        static ulong LittleEndianValue(ArraySegment<byte> raw, int at)
        {
            ulong v = 0;
            for (int b = 7; b >= 0; b--) v = (v << 8) | raw.Array[raw.Offset + at + b];
            return v;
        }

        static ArgumentException OutOfRange(string what, string value, string dtype)
        {
            return new ArgumentException(what + ": value " + value + " is outside the range of " + dtype);
        }

        static bool Fits(long v, string dtype)
        {
            switch (dtype)
            {
                case "int8": return v >= sbyte.MinValue && v <= sbyte.MaxValue;
                case "uint8": return v >= 0 && v <= byte.MaxValue;
                case "int16": return v >= short.MinValue && v <= short.MaxValue;
                case "uint16": return v >= 0 && v <= ushort.MaxValue;
                case "int32": return v >= int.MinValue && v <= int.MaxValue;
                case "uint32": return v >= 0 && v <= uint.MaxValue;
                case "int64": return true;
                default: return false;
            }
        }

        static void WriteInteger(byte[] data, int at, int size, long v)
        {
            for (int b = 0; b < size; b++) data[at + b] = (byte)(v >> (8 * b));
        }

        static void WriteFloat(byte[] data, int at, string dtype, double v)
        {
            switch (dtype)
            {
                case "float64": WriteInteger(data, at, 8, BitConverter.DoubleToInt64Bits(v)); break;
                case "float32": WriteInteger(data, at, 4, SingleBits((float)v)); break;
                default: WriteInteger(data, at, 2, DoubleToHalf(v)); break;
            }
        }

        static int SingleBits(float f)
        {
            var bytes = BitConverter.GetBytes(f); // only on the conversion path, never per received frame
            return BitConverter.ToInt32(bytes, 0);
        }

        /// <summary>IEEE 754 binary16 bits nearest to <paramref name="v"/> (ties to even; overflow to infinity; NaN stays NaN).</summary>
        static ushort DoubleToHalf(double v)
        {
            long bits = BitConverter.DoubleToInt64Bits(v);
            int sign = (int)((bits >> 48) & 0x8000);
            int exp = (int)((bits >> 52) & 0x7ff);
            long mant = bits & 0xfffffffffffffL;
            if (exp == 0x7ff) return (ushort)(sign | 0x7c00 | (mant != 0 ? 0x200 : 0));
            double a = Math.Abs(v);
            if (a >= 65520.0) return (ushort)(sign | 0x7c00); // rounds to infinity
            if (a < 6.103515625e-05) // subnormal half: units of 2^-24, round half to even
            {
                double units = a * 16777216.0;
                double r = Math.Round(units, MidpointRounding.ToEven);
                return (ushort)(sign | (int)r);
            }
            int e = exp - 1023 + 15; // 1..30
            // 10 mantissa bits from 52: round half to even on the 42 dropped bits
            long m = mant >> 42;
            long rest = mant & ((1L << 42) - 1);
            long half = 1L << 41;
            if (rest > half || (rest == half && (m & 1) == 1)) m++;
            if (m == 1024) { m = 0; e++; }
            if (e >= 31) return (ushort)(sign | 0x7c00);
            return (ushort)(sign | (e << 10) | (int)m);
        }
    }
}
