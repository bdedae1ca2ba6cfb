@testable import LKEKit
import Testing

@Suite("XMLPullReader")
struct XMLPullReaderTests {
    static func events(_ text: String, limits: XMLLimits = XMLLimits()) throws -> [XMLPullReader.Event] {
        var reader = try XMLPullReader(Array(text.utf8), limits: limits)
        var out: [XMLPullReader.Event] = []
        while let event = try reader.next() { out.append(event) }
        return out
    }

    static func error(_ text: String, limits: XMLLimits = XMLLimits()) -> XMLError? {
        do {
            _ = try events(text, limits: limits)
            return nil
        } catch let error as XMLError {
            return error
        } catch {
            return nil
        }
    }

    @Test func elementsAttributesTextAndNamespaces() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- a comment -->
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r='urn:r'>
        <x:c r="F23" t="s"><x:v>12</x:v></x:c><?pi data?><x:hyperlink r:id="rId1"/></x:worksheet>
        """
        let events = try Self.events(xml)
        guard case .start(let root) = events[0] else { Issue.record("no root"); return }
        #expect(root.localName == "worksheet")
        #expect(root.prefix == "x")
        #expect(root.namespace == "http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        let starts = events.compactMap { event -> XMLElement? in if case .start(let e) = event { return e }; return nil }
        #expect(starts.map(\.localName) == ["worksheet", "c", "v", "hyperlink"])
        #expect(starts[1].attribute("r") == "F23")
        #expect(starts[3].attribute(local: "id") == "rId1")
        #expect(starts[3].namespace == "http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        #expect(events.contains(.text("12")))
        #expect(events.last == .end("x:worksheet"))
        // The self-closing hyperlink gives a start and an end.
        #expect(events.filter { $0 == .end("x:hyperlink") }.count == 1)
    }

    @Test func entitiesAndCDATA() throws {
        let events = try Self.events("<t a=\"&quot;1&quot; &amp; &#x41;&#66;\">&lt;b&gt; &apos;ya&apos; &#233;&#x1F600;<![CDATA[<raw & text>]]></t>")
        guard case .start(let t) = events[0] else { Issue.record("no start"); return }
        #expect(t.attribute("a") == "\"1\" & AB")
        #expect(events[1] == .text("<b> 'ya' é😀"))
        #expect(events[2] == .text("<raw & text>"))
    }

    @Test func readElementTextAndSkip() throws {
        var reader = try XMLPullReader(Array("<si><r><rPr><b/></rPr><t>Ya, </t></r><r><t xml:space=\"preserve\"> jika</t></r></si>".utf8))
        _ = try reader.next()
        #expect(try reader.readElementText() == "Ya,  jika")
        #expect(try reader.next() == nil)
        var skipping = try XMLPullReader(Array("<a><b><c>x</c></b><d/></a>".utf8))
        _ = try skipping.next()
        _ = try skipping.next() // <b>
        try skipping.skipElement()
        guard case .start(let d)? = try skipping.next() else { Issue.record("no d"); return }
        #expect(d.name == "d")
    }

    @Test func errorsCarryTheirPosition() throws {
        #expect(Self.error("<a>\n  <b></a>") == XMLError(Message.XML.endTagMismatch("a", open: "b"), line: 2, column: 6))
        #expect(Self.error("<a>") == XMLError(Message.XML.notClosed("a"), line: 1, column: 4))
        #expect(Self.error("<a>&nbsp;</a>")?.message == Message.XML.unknownReference("nbsp"))
        #expect(Self.error("<a>&#0;</a>")?.message == Message.XML.unknownReference("#0"))
        #expect(Self.error("<a>&#xD800;</a>")?.message == Message.XML.unknownReference("#xD800"))
        #expect(Self.error("<a>& b</a>")?.message == Message.XML.ampersandWithoutReference)
        #expect(Self.error("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")?.message == Message.XML.doctype)
        #expect(Self.error("<a b=c/>")?.message == Message.XML.unquotedAttribute("b"))
        #expect(Self.error("<a b='1' b='2'/>")?.message == Message.XML.repeatedAttribute("b"))
        #expect(Self.error("<a/><b/>")?.message == Message.XML.moreThanOneRoot)
        #expect(Self.error("</a>")?.message == Message.XML.endTagWithoutStart("a"))
        #expect(Self.error("text")?.message == Message.XML.textOutsideRoot)
        #expect(Self.error("")?.message == Message.XML.noRoot)
        #expect(Self.error("<p:a/>")?.message == Message.XML.undeclaredPrefix("p"))
        #expect(Self.error("<a><!-- open </a>")?.message == Message.XML.unterminatedComment)
        #expect(Self.error("<a><![CDATA[x</a>")?.message == Message.XML.unterminatedCDATA)
        #expect(Self.error("<a b='<'/>")?.message == Message.XML.lessThanInAttribute)
        #expect(Self.error("<1a/>")?.message == Message.XML.badNameStart("1"))
        #expect(Self.error("<a")?.message == Message.XML.unterminatedTag("a"))
    }

    @Test func limits() throws {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(Self.error(deep)?.message == Message.XML.tooDeep(256))
        #expect(Self.error("<a>" + String(repeating: "x", count: 100) + "</a>", limits: XMLLimits(maxTextLength: 50))?.message == Message.XML.textTooLong(50))
        #expect(Self.error("<a/>", limits: XMLLimits(maxBytes: 3))?.message == Message.XML.documentTooLarge(3))
        #expect(Self.error("<a x='1' y='2'/>", limits: XMLLimits(maxAttributes: 1))?.message == Message.XML.tooManyAttributes("a"))
    }

    @Test func byteOrderMarks() throws {
        #expect(try XMLPullReader.collect([0xEF, 0xBB, 0xBF] + Array("<a/>".utf8)).count == 2)
        #expect(throws: XMLError.self) { try XMLPullReader([0xFF, 0xFE, 0x3C, 0x00]) }
    }

    @Test func mutatedDocumentsNeverTrap() throws {
        let base = Array("<?xml version=\"1.0\"?><w:ws xmlns:w=\"u\"><w:c r=\"A1\" t=\"s\"><w:v>1</w:v></w:c><w:t>&amp;&#65;<![CDATA[x]]></w:t><!--c--></w:ws>".utf8)
        var generator = SplitMix(seed: 7)
        for _ in 0..<3000 {
            var bytes = base
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[index] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.remove(at: index)
                default: bytes.insert(Array("<>&;/\"'=![]-?".utf8)[Int(generator.next() % 13)], at: index)
                }
                if bytes.isEmpty { break }
            }
            _ = try? XMLPullReader.collect(bytes)
        }
    }
}

extension XMLPullReader {
    /// Every event of `bytes`.
    static func collect(_ bytes: [UInt8]) throws -> [Event] {
        var reader = try XMLPullReader(bytes)
        var out: [Event] = []
        while let event = try reader.next() { out.append(event) }
        return out
    }
}
