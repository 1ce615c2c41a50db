import Synchronization

/// Maps every spelling a caller may use for an operation (`PutObject`, `putObject`, `put_object`)
/// to its API name, and suggests close names for a misspelling.
///
/// Built cheaply with the client (EC2 has 765 operations): names are grouped by a folded form
/// (lowercase, no underscores), and a spelling is checked against its group's exact spellings on
/// first use, then remembered.
final class OperationNameIndex: Sendable {
    /// API names in model order.
    private let operationNames: [String]
    /// API names by folded form; more than one only when names differ by case or underscores alone.
    private let byFoldedName: [String: [String]]
    /// Spellings already checked, with their API names.
    private let resolved = Mutex<[String: String]>([:])
    /// Extra exact names (botocore's method aliases), with their API names.
    private let aliases: [String: String]

    /// `aliases` are extra names (alias → API name), as botocore's `ClientMethodAlias`es.
    init(operationNames: [String], aliases: [String: String] = [:]) {
        self.operationNames = operationNames
        self.aliases = aliases
        var index: [String: [String]] = [:]
        index.reserveCapacity(operationNames.count)
        for name in operationNames { index[Self.folded(name), default: []].append(name) }
        byFoldedName = index
    }

    /// The API name for `name`, or `nil` when no operation matches.
    func apiName(for name: String) -> String? {
        if let known = resolved.withLock({ $0[name] }) { return known }
        if let alias = aliases[name] { return alias }
        guard let candidates = byFoldedName[Self.folded(name)] else { return nil }
        for candidate in candidates
        where name == candidate || name == NameStyle.lowerCamel(candidate) || name == NameStyle.snake(candidate) {
            resolved.withLock { $0[name] = candidate }
            return candidate
        }
        return nil
    }

    /// Close callable (lowerCamelCase) names for a misspelling.
    func suggestions(for name: String) -> [String] {
        ClosestNames.find(name, in: operationNames.map(NameStyle.lowerCamel))
    }

    /// `PutObject`, `putObject` and `put_object` all fold to `putobject`.
    static func folded(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 where byte != UInt8(ascii: "_") {
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Conversions between API names and the spellings Swift and Python callers use.
public enum NameStyle {
    /// `PutObject` → `putObject`; a leading run of capitals is lowered as one word
    /// (`ACLPolicy` → `aclPolicy`, `SSECustomerKey` → `sseCustomerKey`, `ETag` → `eTag`), per DESIGN.md.
    public static func lowerCamel(_ name: String) -> String {
        let characters = Array(name)
        guard let first = characters.first, first.isUppercase else { return name }
        var upperRun = 0
        while upperRun < characters.count, characters[upperRun].isUppercase { upperRun += 1 }
        if upperRun == 1 || upperRun == characters.count {
            return upperRun == characters.count ? name.lowercased() : first.lowercased() + String(characters.dropFirst())
        }
        // "SSECustomerKey": lower the run except its last capital, which starts the next word —
        // unless the run ends at a non-letter (digits) or the next character is not lowercase.
        let nextIsLower = characters[upperRun].isLowercase
        let lowered = nextIsLower ? upperRun - 1 : upperRun
        let keep = max(lowered, 1)
        return String(characters[..<keep]).lowercased() + String(characters[keep...])
    }

    /// `PutObject` → `put_object`, exactly as botocore's `xform_name` (`ListObjectsV2` →
    /// `list_objects_v2`, `GetBucketACLs` → `get_bucket_acls`); names with `_` are kept as they are.
    public static func snake(_ name: String) -> String {
        if name.contains("_") { return name }
        if let special = snakeExceptions[name] { return special }
        var characters = Array(name.unicodeScalars)
        // [A-Z]{2,}s$ → "_" + lowered (ARNs, ACLs).
        if characters.count >= 3, characters[characters.count - 1] == "s" {
            var start = characters.count - 1
            while start > 0, isUpper(characters[start - 1]) { start -= 1 }
            if characters.count - 1 - start >= 2 {
                let tail = characters[start...].map { Character($0) }
                characters = Array(characters[..<start]) + ["_"] + String(tail).lowercased().unicodeScalars
            }
        }
        // (.)([A-Z][a-z]+) → \1_\2
        var first: [Unicode.Scalar] = []
        var i = 0
        while i < characters.count {
            if i + 2 < characters.count, isUpper(characters[i + 1]), isLower(characters[i + 2]) {
                first.append(characters[i])
                first.append("_")
                first.append(characters[i + 1])
                var j = i + 2
                while j < characters.count, isLower(characters[j]) { first.append(characters[j]); j += 1 }
                i = j
            } else {
                first.append(characters[i])
                i += 1
            }
        }
        // ([a-z0-9])([A-Z]) → \1_\2
        var second: [Unicode.Scalar] = []
        i = 0
        while i < first.count {
            if i + 1 < first.count, isLower(first[i]) || isDigit(first[i]), isUpper(first[i + 1]) {
                second.append(first[i])
                second.append("_")
                second.append(first[i + 1])
                i += 2
            } else {
                second.append(first[i])
                i += 1
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: second)
        return String(result).lowercased()
    }

    /// Names botocore's `xform_name` spells by hand (its `_xform_cache` seed) because the
    /// regular rules would split them oddly (`CreateCachediSCSIVolume`, `WhatsApp`, `OTel`).
    private static let snakeExceptions: [String: String] = [
        "CreateCachediSCSIVolume": "create_cached_iscsi_volume",
        "DescribeCachediSCSIVolumes": "describe_cached_iscsi_volumes",
        "DescribeStorediSCSIVolumes": "describe_stored_iscsi_volumes",
        "CreateStorediSCSIVolume": "create_stored_iscsi_volume",
        "ListHITsForQualificationType": "list_hits_for_qualification_type",
        "ExecutePartiQLStatement": "execute_partiql_statement",
        "ExecutePartiQLTransaction": "execute_partiql_transaction",
        "ExecutePartiQLBatch": "execute_partiql_batch",
        "AssociateWhatsAppBusinessAccount": "associate_whatsapp_business_account",
        "CreateWhatsAppMessageTemplate": "create_whatsapp_message_template",
        "CreateWhatsAppMessageTemplateFromLibrary": "create_whatsapp_message_template_from_library",
        "CreateWhatsAppMessageTemplateMedia": "create_whatsapp_message_template_media",
        "DeleteWhatsAppMessageMedia": "delete_whatsapp_message_media",
        "DeleteWhatsAppMessageTemplate": "delete_whatsapp_message_template",
        "DisassociateWhatsAppBusinessAccount": "disassociate_whatsapp_business_account",
        "GetLinkedWhatsAppBusinessAccount": "get_linked_whatsapp_business_account",
        "GetLinkedWhatsAppBusinessAccountPhoneNumber": "get_linked_whatsapp_business_account_phone_number",
        "GetOTelEnrichment": "get_otel_enrichment",
        "GetWhatsAppMessageMedia": "get_whatsapp_message_media",
        "GetWhatsAppMessageTemplate": "get_whatsapp_message_template",
        "ListLinkedWhatsAppBusinessAccounts": "list_linked_whatsapp_business_accounts",
        "ListWhatsAppMessageTemplates": "list_whatsapp_message_templates",
        "ListWhatsAppTemplateLibrary": "list_whatsapp_template_library",
        "PostWhatsAppMessageMedia": "post_whatsapp_message_media",
        "PutWhatsAppBusinessAccountEventDestinations": "put_whatsapp_business_account_event_destinations",
        "SendWhatsAppMessage": "send_whatsapp_message",
        "StartOTelEnrichment": "start_otel_enrichment",
        "StopOTelEnrichment": "stop_otel_enrichment",
        "UpdateWhatsAppMessageTemplate": "update_whatsapp_message_template",
    ]

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }
    private static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x61 && scalar.value <= 0x7A }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
