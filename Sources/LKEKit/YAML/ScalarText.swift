/// Fast conversion of decoded scalars back to `String`, used by the formula parser on every name and number
/// it reads (the generic `String.UnicodeScalarView` append is several times slower). The YAML parser reads UTF-8
/// bytes and makes its strings from them directly.
enum ScalarText {
    /// The text of `scalars`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: value)
                    i += 1
                } else {
                    UTF8.encode(scalar) { unit in
                        buffer[i] = unit
                        i += 1
                    }
                }
            }
            return i
        }
    }
}
