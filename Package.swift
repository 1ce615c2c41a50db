// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "swift-aws-resources",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AWSClients", targets: ["AWSClients"]),
        .library(name: "AWSResources", targets: ["AWSResources"]),
        .library(name: "AWSTesting", targets: ["AWSTesting"]),
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
        // P-256 ECDSA signing for SigV4a (constant time in the private key and nonce).
        .target(
            name: "CP256",
            path: "Sources/CP256"
        ),
        .target(
            name: "CCurl",
            path: "Sources/CCurl",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .target(
            name: "AWSClients",
            dependencies: ["AWSModelData", "CZlib", "CSHA256", "CCRC", "CP256", "CCurl"],
            path: "Sources/Clients",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSResources",
            dependencies: ["AWSClients"],
            path: "Sources/Resources",
            swiftSettings: swiftSettings
        ),
        // The test kit users ship with: `Stubber` (botocore's semantics) and `StubTransport`.
        .target(
            name: "AWSTesting",
            dependencies: ["AWSClients"],
            path: "Sources/Testing",
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
        // Examples/: small runnable programs (scripts/examples runs each against moto).
        .executableTarget(name: "example-list-buckets", dependencies: ["AWSResources"], path: "Examples/ListBuckets", swiftSettings: swiftSettings),
        .executableTarget(name: "example-upload-progress", dependencies: ["AWSResources"], path: "Examples/UploadProgress", swiftSettings: swiftSettings),
        .executableTarget(name: "example-sqs-worker", dependencies: ["AWSResources"], path: "Examples/SQSWorker", swiftSettings: swiftSettings),
        .executableTarget(name: "example-dynamodb-crud", dependencies: ["AWSResources"], path: "Examples/DynamoDBCRUD", swiftSettings: swiftSettings),
        .executableTarget(name: "example-ec2-waiter", dependencies: ["AWSResources"], path: "Examples/EC2InstanceWaiter", swiftSettings: swiftSettings),
        .executableTarget(name: "example-presigned-upload", dependencies: ["AWSResources"], path: "Examples/PresignedUpload", swiftSettings: swiftSettings),
        .executableTarget(name: "example-iam-report", dependencies: ["AWSResources"], path: "Examples/IAMReport", swiftSettings: swiftSettings),
        .target(
            name: "AWSTestSupport",
            path: "Tests/Support",
            exclude: ["Servers"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSClientsTests",
            dependencies: ["AWSClients", "AWSConformance", "AWSTestSupport", "AWSTesting", "AWSFuzzTargets"],
            path: "Tests/AWSClientsTests",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSResourcesTests",
            dependencies: ["AWSResources", "AWSResourceGenerator", "AWSTestSupport", "AWSTesting"],
            path: "Tests/AWSResourcesTests",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
