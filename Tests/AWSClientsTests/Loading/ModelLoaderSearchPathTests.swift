import Foundation
import Testing
@testable import AWSClients

@Suite struct ModelLoaderSearchPathTests {
    @Test func dataPathOverrideWinsOverBundled() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("s3/2006-03-01/service-2.json",
                         TemporaryModelFolder.serviceJSON(apiVersion: "2006-03-01", prefix: "s3", operation: "OnlyInOverride"))
        let loader = ModelLoader(environment: ["AWS_DATA_PATH": folder.url.path])
        #expect(loader.searchPaths.map(\.path) == [folder.url.path])
        #expect(loader.searchLocations.count == 2 && loader.includesBundledModels)
        let s3 = try loader.serviceModel("s3")
        #expect(s3.operationNames == ["OnlyInOverride"])
        // Files the override lacks still come from the bundled folder.
        #expect(try loader.paginatorsJSON("s3")?["pagination"]?["ListObjectsV2"] != nil)
        #expect(try loader.serviceModel("sqs").operationNames.contains("SendMessage"))
        #expect(loader.availableServices == bundledServices)
        #expect(loader.searchLocations.last?.contains("built into this program") == true)
    }

    @Test func latestVersionIsChosenAcrossFolders() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("sqs/2099-01-01/service-2.json",
                         TemporaryModelFolder.serviceJSON(apiVersion: "2099-01-01", prefix: "sqs", operation: "Future"))
        let loader = ModelLoader(environment: ["AWS_DATA_PATH": folder.url.path])
        #expect(try loader.apiVersions("sqs") == ["2012-11-05", "2099-01-01"])
        #expect(try loader.serviceModel("sqs").metadata.apiVersion == "2099-01-01")
        #expect(try loader.serviceModel("sqs", apiVersion: "2012-11-05").operationNames.contains("SendMessage"))
        // No paginators in the newer version: none, rather than the older version's.
        #expect(try loader.paginatorsJSON("sqs") == nil)
    }

    @Test func earlierFoldersWinAndNewServicesAppear() throws {
        let first = try TemporaryModelFolder(), second = try TemporaryModelFolder()
        try first.write("widgets/2020-01-01/service-2.json",
                        TemporaryModelFolder.serviceJSON(apiVersion: "2020-01-01", prefix: "widgets", operation: "First"))
        try second.write("widgets/2020-01-01/service-2.json",
                         TemporaryModelFolder.serviceJSON(apiVersion: "2020-01-01", prefix: "widgets", operation: "Second"))
        let loader = ModelLoader(environment: ["AWS_DATA_PATH": "\(first.url.path)::\(second.url.path)"])
        #expect(try loader.serviceModel("widgets").operationNames == ["First"])
        #expect(loader.availableServices.contains("widgets"))
    }

    @Test func gzipModelsAreRead() throws {
        let folder = try TemporaryModelFolder()
        let json = TemporaryModelFolder.serviceJSON(apiVersion: "2021-02-03", prefix: "zipped", operation: "Inflate")
        try folder.write("zipped/2021-02-03/service-2.json.gz", gzipCompress(Data(json.utf8)))
        try folder.write("zipped/2021-02-03/waiters-2.json.gz", gzipCompress(Data(#"{"version":2,"waiters":{}}"#.utf8)))
        let loader = ModelLoader(searchPaths: [folder.url])
        let model = try loader.serviceModel("zipped")
        #expect(model.operationNames == ["Inflate"])
        #expect(try loader.waitersJSON("zipped")?["version"]?.int == 2)
    }

    @Test func plainJSONIsPreferredOverGzipInTheSameFolder() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("both/2020-01-01/service-2.json",
                         TemporaryModelFolder.serviceJSON(apiVersion: "2020-01-01", prefix: "both", operation: "Plain"))
        try folder.write("both/2020-01-01/service-2.json.gz", gzipCompress(Data(
            TemporaryModelFolder.serviceJSON(apiVersion: "2020-01-01", prefix: "both", operation: "Zipped").utf8)))
        #expect(try ModelLoader(searchPaths: [folder.url]).serviceModel("both").operationNames == ["Plain"])
    }

    @Test(arguments: [
        ("garbage", Data("this is not gzip".utf8)),
        ("truncated", gzipCompress(Data(String(repeating: "x", count: 5000).utf8)).prefix(20)),
        ("gzip of bad JSON", gzipCompress(Data("{\"metadata\": ".utf8))),
    ])
    func corruptGzipThrows(name: String, bytes: Data) throws {
        let folder = try TemporaryModelFolder()
        try folder.write("broken/2020-01-01/service-2.json.gz", Data(bytes))
        let loader = ModelLoader(searchPaths: [folder.url])
        let error = #expect(throws: ModelLoaderError.self, "case \(name)") { try loader.serviceModel("broken") }
        #expect(error?.code == .corruptFile, "case \(name)")
        #expect(error?.file?.hasSuffix("broken/2020-01-01/service-2.json.gz") == true, "case \(name)")
    }

    @Test func brokenModelThrowsModelErrorNamingTheFile() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("bad/2020-01-01/service-2.json",
                         #"{"metadata":{"apiVersion":"2020-01-01"},"operations":{},"shapes":{"A":{"type":"structure","members":{"B":{"shape":"Missing"}}}}}"#)
        let error = #expect(throws: ModelError.self) { try ModelLoader(searchPaths: [folder.url]).serviceModel("bad") }
        #expect(error?.code == .unknownShape)
        #expect(error?.path == "shapes.A.members.B")
        #expect(error?.message.contains("bad/2020-01-01/service-2.json") == true)
    }

    @Test func sdkExtrasAreMergedFromDataPathFolders() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("extra/2020-01-01/service-2.json",
                         TemporaryModelFolder.serviceJSON(apiVersion: "2020-01-01", prefix: "extra"))
        try folder.write("extra/2020-01-01/service-2.sdk-extras.json",
                         #"{"version":1.0,"merge":{"shapes":{"S":{"max":5},"T":{"type":"timestamp"}}}}"#)
        let model = try ModelLoader(searchPaths: [folder.url]).serviceModel("extra")
        #expect(model.shape(named: "S")?.type == .string)
        #expect(model.shape(named: "S")?.max == 5)
        #expect(model.shape(named: "T")?.type == .timestamp)
    }

    @Test func resourceModelsComeFromTheDataPathFirst() throws {
        let folder = try TemporaryModelFolder()
        try folder.write("sqs/2099-01-01/resources-1.json", #"{"service":{"actions":{}},"resources":{"Custom":{}}}"#)
        try folder.write("widgets/2020-01-01/resources-1.json", #"{"service":{},"resources":{}}"#)
        let loader = ModelLoader(environment: ["AWS_DATA_PATH": folder.url.path])
        #expect(try loader.resourceModel("sqs")["resources"]?["Custom"] != nil)
        #expect(try loader.resourceModel("sqs", apiVersion: "2012-11-05")["resources"]?["Queue"] != nil)
        #expect(try loader.resourceModel("s3")["resources"]?["Bucket"] != nil)
        #expect(loader.availableResourceServices == (bundledResourceServices + ["widgets"]).sorted())
    }

    @Test func dataPathEntriesExpandHomeAndVariables() {
        let environment = ["AWS_DATA_PATH": "~/models:$ROOT/a::${ROOT}b:/opt/$UNSET/c:~", "HOME": "/home/u", "ROOT": "/r"]
        #expect(ModelLoader.dataPathFolders(environment: environment).map(\.path)
                == ["/home/u/models", "/r/a", "/rb", "/opt/$UNSET/c", "/home/u"])
        #expect(ModelLoader.dataPathFolders(environment: [:]).isEmpty)
        #expect(ModelLoader.dataPathFolders(environment: ["AWS_DATA_PATH": ""]).isEmpty)
    }

    @Test func missingFoldersAreSkipped() throws {
        let loader = ModelLoader(environment: ["AWS_DATA_PATH": "/nonexistent/models/folder"])
        #expect(try loader.serviceModel("s3").metadata.apiVersion == "2006-03-01")
        let error = #expect(throws: ModelLoaderError.self) { try loader.serviceModel("widgets") }
        #expect(error?.message.contains("/nonexistent/models/folder") == true)
    }
}
