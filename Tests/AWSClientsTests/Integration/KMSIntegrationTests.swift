import Foundation
import Testing
@testable import AWSClients

/// KMS (json 1.1) against moto: blobs both ways (Encrypt / Decrypt, GenerateDataKey), epoch-second
/// timestamps, aliases through a paginator, modeled errors, and a differential run against boto3.
@Suite struct KMSIntegrationTests {
    static let arnPrefix = "arn:aws:kms:us-east-1:123456789012:"

    @Test func encryptsAndDecryptsBytesThroughAnAlias() async throws {
        let kms = try await Moto.client("kms")
        let before = Date()
        let created = try await kms.createKey(Description: "envelope key", KeyUsage: "ENCRYPT_DECRYPT",
                                              Tags: [["TagKey": "team", "TagValue": "sdk"]])
        let metadata = try #require(created["KeyMetadata"])
        let keyID = try #require(metadata["KeyId"]?.string)
        let keyARN = Self.arnPrefix + "key/" + keyID
        #expect(metadata["Arn"]?.string == keyARN)
        #expect(metadata["KeyState"] == "Enabled")
        #expect(metadata["Enabled"] == true)
        #expect(metadata["EncryptionAlgorithms"] == ["SYMMETRIC_DEFAULT"])
        // CreationDate comes as epoch seconds with a fraction; moto runs on this machine's clock.
        let creation = try #require(metadata["CreationDate"]?.date)
        #expect(abs(creation.timeIntervalSince(before)) < 120)

        let alias = "alias/" + Moto.uniqueName("envelope")
        _ = try await kms.createAlias(AliasName: .string(alias), TargetKeyId: .string(keyID))
        // Every byte value, NUL and 0xFF included, survives the base64 round trip.
        let plaintext = Data((0...255).map(UInt8.init) + Array("secret".utf8))
        let encrypted = try await kms.encrypt(KeyId: .string(alias), Plaintext: .blob(plaintext),
                                              EncryptionContext: ["purpose": "backup"])
        let ciphertext = try #require(encrypted["CiphertextBlob"]?.data)
        #expect(ciphertext.count > plaintext.count)
        #expect(ciphertext.range(of: plaintext) == nil)
        #expect(encrypted["KeyId"]?.string == keyARN)

        let decrypted = try await kms.decrypt(CiphertextBlob: .blob(ciphertext), EncryptionContext: ["purpose": "backup"])
        #expect(decrypted["Plaintext"]?.data == plaintext)
        #expect(decrypted["KeyId"]?.string == keyARN)

        let wrongContext = try #require(try await Moto.clientError {
            _ = try await kms.decrypt(CiphertextBlob: .blob(ciphertext), EncryptionContext: ["purpose": "other"])
        })
        #expect(wrongContext.code == "InvalidCiphertextException")
        #expect(wrongContext.statusCode == 400)
        #expect(wrongContext.operation == "Decrypt")
    }

    @Test func dataKeysDecryptToTheirPlaintext() async throws {
        let kms = try await Moto.client("kms")
        let keyID = try #require(try await kms.createKey()["KeyMetadata"]?["KeyId"]?.string)
        let dataKey = try await kms.generateDataKey(KeyId: .string(keyID), KeySpec: "AES_256")
        let plaintext = try #require(dataKey["Plaintext"]?.data)
        #expect(plaintext.count == 32)
        let wrapped = try #require(dataKey["CiphertextBlob"]?.data)
        let unwrapped = try await kms.decrypt(CiphertextBlob: .blob(wrapped))
        #expect(unwrapped["Plaintext"]?.data == plaintext)

        let first = try await kms.generateRandom(NumberOfBytes: 24)["Plaintext"]?.data
        let second = try await kms.generateRandom(NumberOfBytes: 24)["Plaintext"]?.data
        #expect(first?.count == 24)
        #expect(first != second)
    }

    @Test func aliasesArePagedAndDeletionIsScheduled() async throws {
        let kms = try await Moto.client("kms")
        let keyID = try #require(try await kms.createKey(Description: "short-lived")["KeyMetadata"]?["KeyId"]?.string)
        let names = (0..<3).map { "alias/" + Moto.uniqueName("name\($0)") }
        for name in names { _ = try await kms.createAlias(AliasName: .string(name), TargetKeyId: .string(keyID)) }
        #expect(kms.canPaginate("listAliases"))
        var listed: [String] = []
        for try await name in kms.paginator("listAliases").paginate(KeyId: .string(keyID)).search("Aliases[].AliasName") {
            listed += name.string.map { [$0] } ?? []
        }
        #expect(listed.sorted() == names.sorted())

        let requested = Date()
        let scheduled = try await kms.scheduleKeyDeletion(KeyId: .string(keyID), PendingWindowInDays: 7)
        let deletion = try #require(scheduled["DeletionDate"]?.date)
        #expect(abs(deletion.timeIntervalSince(requested) - 7 * 86_400) < 120)
        let described = try await kms.describeKey(KeyId: .string(keyID))
        #expect(described["KeyMetadata"]?["KeyState"] == "PendingDeletion")
        #expect(described["KeyMetadata"]?["DeletionDate"]?.date == deletion)
        _ = try await kms.cancelKeyDeletion(KeyId: .string(keyID))
        #expect(try await kms.describeKey(KeyId: .string(keyID))["KeyMetadata"]?["KeyState"] == "Disabled")
    }

    @Test func missingKeysAreModeledNotFoundErrors() async throws {
        let kms = try await Moto.client("kms")
        let alias = "alias/" + Moto.uniqueName("missing")
        let error = try #require(try await Moto.clientError { _ = try await kms.describeKey(KeyId: .string(alias)) })
        #expect(error.code == "NotFoundException")
        #expect(error.statusCode == 400)
        #expect(error.message == "Alias \(Self.arnPrefix)\(alias) is not found.")
        #expect(error.description == "An error occurred (NotFoundException) when calling the DescribeKey operation: \(error.message)")
        #expect(error.response["Error"]?["Code"] == "NotFoundException")
        #expect(error.requestID?.isEmpty == false)
    }

    @Test func matchesBoto3() async throws {
        let plaintext = Data([0, 0xff, 0x80] + Array("differential".utf8))
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("kms", "CreateKey", ["Description": .string(prefix), "Tags": [["TagKey": "run", "TagValue": .string(prefix)]]],
                       volatile: ["KeyMetadata.KeyId", "KeyMetadata.Arn"]),
            ReplayCall("kms", "CreateAlias", ["AliasName": .string("alias/\(prefix)"), "TargetKeyId": ReplayCall.ref(0, "KeyMetadata.KeyId")]),
            ReplayCall("kms", "Encrypt", ["KeyId": .string("alias/\(prefix)"), "Plaintext": .blob(plaintext),
                                          "EncryptionContext": ["run": .string(prefix)]],
                       volatile: ["CiphertextBlob", "KeyId"]),
            ReplayCall("kms", "Decrypt", ["CiphertextBlob": ReplayCall.ref(2, "CiphertextBlob"), "EncryptionContext": ["run": .string(prefix)]],
                       volatile: ["KeyId"]),
            ReplayCall("kms", "Decrypt", ["CiphertextBlob": ReplayCall.ref(2, "CiphertextBlob")]),
            ReplayCall("kms", "ListAliases", ["KeyId": ReplayCall.ref(0, "KeyMetadata.KeyId")], pagination: ["PageSize": 10],
                       volatile: ["[].Aliases[].TargetKeyId"]),
            ReplayCall("kms", "ListResourceTags", ["KeyId": ReplayCall.ref(0, "KeyMetadata.KeyId")]),
            ReplayCall("kms", "DescribeKey", ["KeyId": .string("alias/\(prefix)-missing")]),
            ReplayCall("kms", "ScheduleKeyDeletion", ["KeyId": ReplayCall.ref(0, "KeyMetadata.KeyId"), "PendingWindowInDays": 7],
                       volatile: ["KeyId"]),
            ReplayCall("kms", "CreateKey", ["KeyUsage": "SIGN_VERIFY", "KeySpec": "RSA_2048"], volatile: ["KeyMetadata.KeyId", "KeyMetadata.Arn"]),
            ReplayCall("kms", "Sign", ["KeyId": ReplayCall.ref(9, "KeyMetadata.KeyId"), "Message": .blob(plaintext), "MessageType": "RAW",
                                       "SigningAlgorithm": "RSASSA_PKCS1_V1_5_SHA_256"], volatile: ["KeyId", "Signature"]),
            ReplayCall("kms", "Verify", ["KeyId": ReplayCall.ref(9, "KeyMetadata.KeyId"), "Message": .blob(plaintext), "MessageType": "RAW",
                                         "Signature": ReplayCall.ref(10, "Signature"), "SigningAlgorithm": "RSASSA_PKCS1_V1_5_SHA_256"],
                       volatile: ["KeyId"]),
            ReplayCall("kms", "GetPublicKey", ["KeyId": ReplayCall.ref(9, "KeyMetadata.KeyId")], volatile: ["KeyId", "PublicKey"]),
            ReplayCall("kms", "CreateKey", ["KeyUsage": "GENERATE_VERIFY_MAC", "KeySpec": "HMAC_256"], volatile: ["KeyMetadata.KeyId", "KeyMetadata.Arn"]),
            ReplayCall("kms", "GenerateMac", ["KeyId": ReplayCall.ref(13, "KeyMetadata.KeyId"), "Message": .blob(plaintext),
                                              "MacAlgorithm": "HMAC_SHA_256"], volatile: ["KeyId", "Mac"]),
            ReplayCall("kms", "VerifyMac", ["KeyId": ReplayCall.ref(13, "KeyMetadata.KeyId"), "Message": .blob(plaintext),
                                            "MacAlgorithm": "HMAC_SHA_256", "Mac": ReplayCall.ref(14, "Mac")], volatile: ["KeyId"]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        // The comparison means something only if the scenario got through.
        #expect(outcome.boto3[3]["Plaintext"] == ["$blob": .string(plaintext.base64EncodedString())])
        #expect(outcome.boto3[4]["$error"]?["Error"]?["Code"] == "InvalidCiphertextException")
        #expect(outcome.boto3[7]["$error"]?["Error"]?["Code"] == "NotFoundException")
        #expect(outcome.boto3[11]["SignatureValid"] == true)
        #expect(outcome.boto3[15]["MacValid"] == true)
    }
}
