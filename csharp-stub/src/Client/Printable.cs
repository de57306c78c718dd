// Printable: text from the other side, made safe to print and to log (control characters escaped, length bounded).
using System.Text;

namespace Scenewire.Client
{
    /// <summary>
    /// A server's text (its hello's implementation, an error's or a status's message, a close reason, an
    /// id) reaches a console or a log. Printed raw, ESC starts a terminal escape sequence (CSI recolours or
    /// clears the screen, OSC sets the window title) and a newline forges a log line; printed whole, one
    /// 8 MiB status is an 8 MiB line. <see cref="Shown"/> escapes every such character the way the Python
    /// reference's <c>scenewire.protocol.text.shown</c> does (<c>\x1b</c>, <c>\n</c>, <c>\u202e</c>) and
    /// cuts the text to <see cref="MaxShownBytes"/> of UTF-8, saying how long it was.
    /// </summary>
    public static class Printable
    {
        /// <summary>A printed line's bound, in bytes of UTF-8 (spec 7.9; <c>MAX_SHOWN_TEXT_BYTES</c> in Python).</summary>
        public const int MaxShownBytes = 16 * 1024;

        /// <summary>Whether <paramref name="c"/> drives a terminal, breaks a line or reorders text.</summary>
        public static bool IsUnsafe(char c)
        {
            return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)   // C0, DEL, C1 (0x9b is a one-byte CSI)
                || c == 0x061c || c == 0x200e || c == 0x200f            // bidi marks
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // bidi overrides, isolates
                || c == 0x2028 || c == 0x2029;                          // line and paragraph separators
        }

        static string Escape(char c)
        {
            switch (c)
            {
                case '\n': return "\\n";
                case '\r': return "\\r";
                case '\t': return "\\t";
            }
            return c <= 0xff ? "\\x" + ((int)c).ToString("x2") : "\\u" + ((int)c).ToString("x4");
        }

        /// <summary><paramref name="text"/> escaped and cut to <paramref name="maxBytes"/> of UTF-8 (null: "").</summary>
        public static string Shown(string text, int maxBytes = MaxShownBytes)
        {
            if (string.IsNullOrEmpty(text)) return "";
            string whole;
            if (Escaped(text, maxBytes, out whole)) return whole;
            string note = "... (" + Encoding.UTF8.GetByteCount(text) + " bytes, cut)";
            string head;
            Escaped(text, System.Math.Max(0, maxBytes - note.Length), out head);
            return head + note;
        }

        /// <summary>
        /// The escaped text in <paramref name="result"/>, as much of it as fits in <paramref name="maxBytes"/>
        /// (whole characters and whole escapes only); whether all of it fit.
        /// </summary>
        static bool Escaped(string text, int maxBytes, out string result)
        {
            var sb = new StringBuilder(System.Math.Min(text.Length, maxBytes) + 16);
            int bytes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                string piece;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    piece = text.Substring(i++, 2); // a whole pair: one character beyond the BMP
                else if (char.IsSurrogate(c) || IsUnsafe(c)) piece = Escape(c); // a lone surrogate too
                else piece = c.ToString();
                int size = Encoding.UTF8.GetByteCount(piece);
                if (bytes + size > maxBytes)
                {
                    result = sb.ToString();
                    return false;
                }
                sb.Append(piece);
                bytes += size;
            }
            result = sb.ToString();
            return true;
        }
    }
}
