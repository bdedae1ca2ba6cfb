import Foundation

// The libFuzzer entry point of the fuzzing binary (see docs/fuzzing.md). scripts/fuzz.sh compiles this folder
// together with the sources of LKEKit into one module, so that the harnesses reach internal API as the tests
// do; the environment variable LKE_FUZZ_TARGET picks the harness, so one build serves every target.

/// The harnesses by target name. The workbook readers' harnesses are compiled when their sources are there
/// (scripts/fuzz.sh passes -D LKE_WORKBOOK_IMPORT then).
let fuzzTargets: [String: @Sendable (Data) -> Void] = {
    var targets: [String: @Sendable (Data) -> Void] = [
        "yaml": FuzzYAML.run,
        "questionnaire": FuzzQuestionnaire.run,
        "answers": FuzzAnswers.run,
        "formula": FuzzFormula.run,
        "survey-csv": FuzzSurveyCSV.run,
    ]
    #if LKE_WORKBOOK_IMPORT
    targets["inflate"] = FuzzInflate.run
    targets["zip"] = FuzzZip.run
    targets["workbook"] = FuzzWorkbook.run
    #endif
    return targets
}()

/// The harness chosen by LKE_FUZZ_TARGET, looked up once.
let selectedTarget: @Sendable (Data) -> Void = {
    let name = ProcessInfo.processInfo.environment["LKE_FUZZ_TARGET"] ?? ""
    guard let harness = fuzzTargets[name] else {
        let known = fuzzTargets.keys.sorted().joined(separator: ", ")
        FileHandle.standardError.write(Data("LKE_FUZZ_TARGET must name a target: \(known)\n".utf8))
        exit(2)
    }
    return harness
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func lkeFuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    selectedTarget(data)
    return 0
}
