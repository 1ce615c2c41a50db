// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "swift-aws-resources",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AWSClients", targets: ["AWSClients"]),
        .library(name: "AWSResources", targets: ["AWSResources"]),
        .executable(name: "aws-conformance", targets: ["aws-conformance"]),
        .executable(name: "aws-demo", targets: ["aws-demo"]),
        .executable(name: "aws-models-check", targets: ["aws-models-check"]),
    ],
    targets: [
        // Every bundled model file compiled into the binary (C23 #embed of Models/ and
        // ResourceModels/, written by scripts/update-models): no resource bundle to ship.
        .target(
            name: "AWSModelData",
            path: "Sources/ModelData"
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "CSHA256",
            path: "Sources/CSHA256"
        ),
        .target(
            name: "CCRC",
            path: "Sources/CCRC"
        ),
        .target(
            name: "CCurl",
            path: "Sources/CCurl",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .target(
            name: "AWSClients",
            dependencies: ["AWSModelData", "CZlib", "CSHA256", "CCRC", "CCurl"],
            path: "Sources/Clients",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSResources",
            dependencies: ["AWSClients"],
            path: "Sources/Resources",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSConformance",
            dependencies: ["AWSClients"],
            path: "Sources/ConformanceKit",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-conformance",
            dependencies: ["AWSConformance"],
            path: "Sources/Conformance",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-bench",
            dependencies: ["AWSClients", "AWSResources"],
            path: "Sources/Benchmarks",
            swiftSettings: swiftSettings
        ),
        // Fuzz targets (scripts/fuzz builds aws-fuzz with libFuzzer; the tests replay the corpora).
        .target(
            name: "AWSFuzzTargets",
            dependencies: ["AWSClients"],
            path: "Sources/FuzzTargets",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-fuzz",
            dependencies: ["AWSFuzzTargets"],
            path: "Sources/Fuzz",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSResourceGenerator",
            dependencies: ["AWSResources"],
            path: "Sources/GeneratorKit",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-resource-generator",
            dependencies: ["AWSResourceGenerator"],
            path: "Sources/Generator",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-models-check",
            dependencies: ["AWSClients"],
            path: "Sources/ModelsCheck",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "aws-demo",
            dependencies: ["AWSResources"],
            path: "Sources/Demo",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSTestSupport",
            path: "Tests/Support",
            exclude: ["Servers"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSClientsTests",
            dependencies: ["AWSClients", "AWSConformance", "AWSTestSupport", "AWSFuzzTargets"],
            path: "Tests/AWSClientsTests",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSResourcesTests",
            dependencies: ["AWSResources", "AWSResourceGenerator", "AWSTestSupport"],
            path: "Tests/AWSResourcesTests",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
