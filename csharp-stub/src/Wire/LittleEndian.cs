// Reading little-endian elements from a byte array on any host, without allocating.
using System;
using System.Runtime.InteropServices;

namespace Scenewire.Wire
{
    /// <summary>Element reads at a byte offset, little-endian whatever the host (spec §9.2).</summary>
    internal static class LittleEndian
    {
        /// <summary>float and its bits in one place: the safe way to reinterpret without unsafe code or BitConverter allocations.</summary>
        [StructLayout(LayoutKind.Explicit)]
        struct SingleBits
        {
            [FieldOffset(0)] public int Bits;
            [FieldOffset(0)] public float Value;
        }

        public static short Int16(byte[] b, int at) { return (short)(b[at] | (b[at + 1] << 8)); }
        public static ushort UInt16(byte[] b, int at) { return (ushort)(b[at] | (b[at + 1] << 8)); }
        public static int Int32(byte[] b, int at) { return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24); }
        public static uint UInt32(byte[] b, int at) { return (uint)Int32(b, at); }
        public static long Int64(byte[] b, int at) { return (long)(uint)Int32(b, at) | ((long)Int32(b, at + 4) << 32); }
        public static ulong UInt64(byte[] b, int at) { return (ulong)Int64(b, at); }
        public static float Single(byte[] b, int at) { var u = new SingleBits { Bits = Int32(b, at) }; return u.Value; }
        public static double Double(byte[] b, int at) { return BitConverter.Int64BitsToDouble(Int64(b, at)); }

        /// <summary>IEEE 754 binary16 widened exactly to float.</summary>
        public static float Half(byte[] b, int at)
        {
            int h = UInt16(b, at);
            int sign = (h >> 15) & 1, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
            float v;
            if (exp == 0) v = (float)(mant * Math.Pow(2, -24));
            else if (exp == 31) v = mant == 0 ? float.PositiveInfinity : float.NaN;
            else v = (float)((1 + mant / 1024.0) * Math.Pow(2, exp - 15));
            return sign == 1 ? -v : v;
        }
    }
}
