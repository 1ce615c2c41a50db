import Foundation
import Testing
@testable import AWSResources

/// `Key`/`Attr` conditions built as boto3's `ConditionExpressionBuilder` builds them (expected
/// strings from boto3 1.43.11; DynamoDBDifferentialTests compares whole requests).
@Suite struct DynamoDBConditionTests {
    func build(_ condition: DynamoDBCondition, key: Bool = false) throws -> DynamoDBBuiltExpression {
        var builder = DynamoDBConditionExpressionBuilder()
        return try builder.build(condition, isKeyCondition: key)
    }

    @Test func everyOperatorFormatsAsBoto3() throws {
        let cases: [(DynamoDBCondition, String)] = [
            (Attr("a").eq(1), "#n0 = :v0"), (Attr("a").ne(1), "#n0 <> :v0"), (Attr("a").lt(1), "#n0 < :v0"),
            (Attr("a").lte(1), "#n0 <= :v0"), (Attr("a").gt(1), "#n0 > :v0"), (Attr("a").gte(1), "#n0 >= :v0"),
            (Attr("a").between(1, 2), "#n0 BETWEEN :v0 AND :v1"), (Attr("a").beginsWith("x"), "begins_with(#n0, :v0)"),
            (Attr("a").isIn([1, "b", 3]), "#n0 IN (:v0, :v1, :v2)"), (Attr("a").exists(), "attribute_exists(#n0)"),
            (Attr("a").notExists(), "attribute_not_exists(#n0)"), (Attr("a").contains("x"), "contains(#n0, :v0)"),
            (Attr("a").attributeType("S"), "attribute_type(#n0, :v0)"), (Attr("a").size().gt(2), "size(#n0) > :v0"),
            (Attr("a").size().between(1, 3), "size(#n0) BETWEEN :v0 AND :v1"), (Attr("a").eq(Attr("b")), "#n0 = #n1"),
            (Attr("a").lt(Attr("b").size()), "#n0 < size(#n1)"),
            (Attr("a").eq(1) && Attr("b").eq(2), "(#n0 = :v0 AND #n1 = :v1)"),
            (Attr("a").eq(1) || Attr("b").eq(2), "(#n0 = :v0 OR #n1 = :v1)"), (!Attr("a").eq(1), "(NOT #n0 = :v0)"),
            (!(Attr("a").eq(1) && Attr("b").exists()) || Attr("c").lt(3), "((NOT (#n0 = :v0 AND attribute_exists(#n1))) OR #n2 < :v1)"),
        ]
        for (condition, expected) in cases {
            #expect(try build(condition).expression == expected)
        }
    }

    @Test func placeholdersMapNamesAndValues() throws {
        let built = try build(Attr("age").gt(20) || Attr("nick").notExists())
        #expect(built.expression == "(#n0 > :v0 OR attribute_not_exists(#n1))")
        #expect(built.attributeNames == ["#n0": "age", "#n1": "nick"])
        #expect(built.attributeValues == [":v0": 20])
    }

    @Test func nestedPathsGetOnePlaceholderPerName() throws {
        let built = try build(Attr("a.b[0].c").eq("x") && Attr("list[12]").exists() && Attr("m.m").exists())
        #expect(built.expression == "((#n0.#n1[0].#n2 = :v0 AND attribute_exists(#n3[12])) AND attribute_exists(#n4.#n5))")
        #expect(built.attributeNames == ["#n0": "a", "#n1": "b", "#n2": "c", "#n3": "list", "#n4": "m", "#n5": "m"])
        #expect(AttributePath.split("x]y.z") == [.literal("x"), .literal("]"), .name("y"), .literal("."), .name("z")])
    }

    @Test func builderKeepsCountingUntilReset() throws {
        var builder = DynamoDBConditionExpressionBuilder()
        _ = try builder.build(Attr("a").eq(1))
        #expect(try builder.build(Key("k").eq(2), isKeyCondition: true).expression == "#n1 = :v1")
        builder.reset()
        #expect(try builder.build(Key("k").eq(2), isKeyCondition: true).expression == "#n0 = :v0")
    }

    @Test func keyConditionsRefuseAttrAsBoto3() throws {
        #expect(try build(Key("id").eq("u1") && Key("ts").between(1, 9), key: true).expression == "(#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2)")
        #expect(try build(Key("id").beginsWith("u"), key: true).expression == "begins_with(#n0, :v0)")
        #expect { try build(Key("id").eq("u1") && Attr("age").gt(1), key: true) } throws: { error in
            (error as? DynamoDBConditionError)?.code == .needsKeyCondition
                && "\(error)".hasPrefix("Attribute object age is of type Attr. KeyConditionExpression only supports Attribute objects of type Key")
        }
        #expect { try build(Attr("tags").size().gt(1), key: true) } throws: { ($0 as? DynamoDBConditionError)?.code == .needsKeyCondition }
        // Key in a filter is fine, as in boto3.
        #expect(try build(Key("id").eq("u1")).expression == "#n0 = :v0")
    }

    @Test func valuesAreCheckedWhenBuilt() {
        #expect { try build(Attr("price").eq(0.1)) } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact }
        #expect { try build(Attr("when").eq(Document.timestamp(Date()))) } throws: { ($0 as? DynamoDBTypeError)?.code == .unsupportedType }
    }

    @Test func descriptionReadsNamesAndValuesInPlace() {
        #expect((Attr("age").gt(20) || Attr("nick").notExists()).description == "(age > 20 OR attribute_not_exists(nick))")
    }
}
