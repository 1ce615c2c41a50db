import Testing
@testable import AWSClients

/// `NameStyle.snake` against botocore's `xform_name`.
@Suite struct NameStyleTests {
    // Generated with botocore 1.43.11:
    //   python3 -c "from botocore import xform_name; print(xform_name('PutObject'))"
    // for each name below (operation and member names from the bundled models, plus edge cases).
    static let xformNames: [(String, String)] = [
        ("PutObject", "put_object"),
        ("ListObjectsV2", "list_objects_v2"),
        ("GetBucketAcl", "get_bucket_acl"),
        ("CreateDBInstance", "create_db_instance"),
        ("DescribeDBClusters", "describe_db_clusters"),
        ("GetBucketACLs", "get_bucket_acls"),
        ("ListARNs", "list_arns"),
        ("AssumeRoleWithSAML", "assume_role_with_saml"),
        ("GetObjectTagging", "get_object_tagging"),
        ("PutBucketLifecycleConfiguration", "put_bucket_lifecycle_configuration"),
        ("DescribeVpcEndpointServiceConfigurations", "describe_vpc_endpoint_service_configurations"),
        ("CreateVPCAssociationAuthorization", "create_vpc_association_authorization"),
        ("ListIAMPolicies", "list_iam_policies"),
        ("GetSMSAttributes", "get_sms_attributes"),
        ("Get2FAStatus", "get2_fa_status"),
        ("AttachVolume", "attach_volume"),
        ("ListTagsForResource", "list_tags_for_resource"),
        ("CompleteMultipartUpload", "complete_multipart_upload"),
        ("SSECustomerKey", "sse_customer_key"),
        ("ETag", "e_tag"),
        ("HTTPStatusCode", "http_status_code"),
        ("GetCallerIdentity", "get_caller_identity"),
        ("DescribeInstances", "describe_instances"),
        ("ReceiveMessage", "receive_message"),
        ("ListV2LoggingLevels", "list_v2_logging_levels"),
        ("GetAPIs", "get_apis"),
        ("CreateEBSSnapshot", "create_ebs_snapshot"),
        ("ModifyDBClusterIAMRoles", "modify_db_cluster_iam_roles"),
        ("UploadPartCopy", "upload_part_copy"),
        ("DeleteObjects", "delete_objects"),
        ("already_snake", "already_snake"),
        ("X", "x"),
        ("ListS3Resources", "list_s3_resources"),
        ("GetIPSet", "get_ip_set"),
        ("UpdateNFSFileShare", "update_nfs_file_share"),
        ("ListAWSDefaultServiceQuotas", "list_aws_default_service_quotas"),
        // botocore's hand-written exceptions (its _xform_cache seed).
        ("CreateCachediSCSIVolume", "create_cached_iscsi_volume"),
        ("ListHITsForQualificationType", "list_hits_for_qualification_type"),
        ("ExecutePartiQLStatement", "execute_partiql_statement"),
        ("SendWhatsAppMessage", "send_whatsapp_message"),
        ("GetOTelEnrichment", "get_otel_enrichment"),
    ]

    @Test func snakeMatchesBotocoresXformName() {
        for (name, expected) in Self.xformNames {
            #expect(NameStyle.snake(name) == expected, "xform_name(\(name))")
        }
    }

    @Test func everyOperationOfTheBundledModelsIsCallableBySnakeName() throws {
        for service in ["s3", "sqs", "dynamodb", "ec2", "iam", "sts", "cloudwatch", "cloudformation", "glacier", "sns"] {
            let model = try ModelLoader.shared.serviceModel(service)
            let index = OperationNameIndex(operationNames: model.operationNames)
            for name in model.operationNames {
                #expect(index.apiName(for: NameStyle.snake(name)) == name, "\(service) \(name)")
                #expect(index.apiName(for: NameStyle.lowerCamel(name)) == name, "\(service) \(name)")
            }
        }
    }
}
