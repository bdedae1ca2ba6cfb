import Foundation

/// The YAML reader on any bytes, as every loader calls it.
///
/// Invariants: every diagnostic, node and key location points inside the input; a second parse gives the same
/// tree and diagnostics (the reader keeps no state); a tree read without errors holds no control character
/// (raw or produced by an escape); the tree never has more nodes than the input has bytes.
enum FuzzYAML {
    static func run(_ data: Data) {
        let source = SourceFile(path: "fuzz.yaml", data: data)
        let (root, diagnostics) = YAMLParser.parse(source)
        FuzzCheck.locationsInside(diagnostics, path: "fuzz.yaml", data: data)
        let again = YAMLParser.parse(source)
        FuzzCheck.require(again.diagnostics == diagnostics, "a second parse gave other diagnostics")
        FuzzCheck.require(again.root?.canonical == root?.canonical, "a second parse gave another tree")
        guard let root else { return }
        let lengths = FuzzCheck.lineLengths(data)
        var nodes = [root]
        var visited = 0
        while let node = nodes.popLast() {
            visited += 1
            FuzzCheck.locationsInside([.error(at: node.location, Localized(id: "simpul", en: "node"))], path: "fuzz.yaml", lineLengths: lengths)
            switch node.content {
            case .scalar(let text, _):
                if !diagnostics.hasErrors {
                    FuzzCheck.require(!FuzzCheck.hasForbiddenCharacter(text), "a control character reached the text \(text.debugDescription)")
                }
            case .sequence(let items):
                nodes.append(contentsOf: items)
            case .mapping(let entries):
                for entry in entries {
                    if !diagnostics.hasErrors {
                        FuzzCheck.require(!FuzzCheck.hasForbiddenCharacter(entry.key), "a control character reached the key \(entry.key.debugDescription)")
                    }
                    FuzzCheck.locationsInside([.error(at: entry.keyLocation, Localized(id: "kunci", en: "key"))], path: "fuzz.yaml", lineLengths: lengths)
                    nodes.append(entry.value)
                }
            }
        }
        // A node per line at most, and a few per flow collection: the tree never outgrows the input.
        FuzzCheck.require(visited <= data.count + 1, "\(visited) nodes from \(data.count) bytes")
    }
}
