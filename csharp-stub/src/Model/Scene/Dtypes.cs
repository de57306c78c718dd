// Dtypes.
using System;
using System.Collections.Generic;
using Scenewire.Wire;

namespace Scenewire.Model
{
    static class Dtypes
    {
        public static readonly string[] Numeric =
            { "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64" };
        public static readonly string[] Floats = { "float32", "float64" };
        public static readonly string[] Colors = { "uint8", "float32" };

        public static NdArray Coord(object v, string path) { return RecordReader.AsArray(v, path, Numeric, 1, null); }
    }
}
