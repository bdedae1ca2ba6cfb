// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lke",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LKEKit", targets: ["LKEKit"]),
        .executable(name: "lke", targets: ["lke"]),
    ],
    targets: [
        .target(name: "LKEKit"),
        .target(name: "LKECLI", dependencies: ["LKEKit"]),
        .executableTarget(name: "lke", dependencies: ["LKECLI"]),
        .target(name: "LKETestSupport", dependencies: ["LKEKit"]),
        .testTarget(
            name: "LKEKitTests",
            dependencies: ["LKEKit", "LKETestSupport"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "LKECLITests",
            dependencies: ["LKECLI", "LKEKit", "LKETestSupport"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
