#ifndef AWS_MODEL_DATA_H
#define AWS_MODEL_DATA_H

/// One bundled model file: its path in botocore's data layout and its gzip-compressed bytes.
typedef struct {
    /// The path relative to the `Models` (or `ResourceModels`) folder: `s3/2006-03-01/service-2.json.gz`.
    const char *path;
    /// The gzip-compressed JSON, compiled into the binary.
    const unsigned char *bytes;
    /// The number of compressed bytes.
    unsigned long length;
} AWSBundledFile;

/// One service of the bundled index: what listing services needs without reading a model.
typedef struct {
    /// The service name as botocore names its data folder (`s3`).
    const char *name;
    /// The bundled API versions, ascending, separated by spaces.
    const char *apiVersions;
    /// The latest model's protocols, preferred first, separated by spaces.
    const char *protocols;
    /// The latest model's signing name.
    const char *signingName;
    /// The latest model's endpoint prefix.
    const char *endpointPrefix;
    /// The latest model's `serviceId` (`S3`, `API Gateway`).
    const char *serviceID;
} AWSBundledService;

/// The bundled botocore model files, sorted by path (byte order).
const AWSBundledFile *aws_bundled_model_files(unsigned long *count);

/// The bundled boto3 resource model files, sorted by path (byte order).
const AWSBundledFile *aws_bundled_resource_files(unsigned long *count);

/// The index of bundled services, sorted by name.
const AWSBundledService *aws_bundled_services(unsigned long *count);

/// The botocore release the bundled models come from.
const char *aws_bundled_botocore_version(void);

#endif
