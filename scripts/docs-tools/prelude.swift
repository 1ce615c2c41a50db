    // Names the articles' Swift code blocks use without introducing them.
    let session = try Session(region: "us-east-1")
    let s3 = try session.client("s3")
    let sqs = try session.client("sqs")
    let ec2 = try session.client("ec2")
    let iam = try session.client("iam")
    let dynamodb = try session.client("dynamodb")
    let data = Data("hello".utf8)
    let keys = ["a.txt", "b.txt"]
    let queueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
    let instanceID = "i-0123456789abcdef0"
    let vault = ExampleVault()
    let authenticator = ExampleAuthenticator()
    _ = (session, s3, sqs, ec2, iam, dynamodb, data, keys, queueURL, instanceID, vault, authenticator)
    let s3c = s3
    let bedrock = try session.client("bedrock-runtime")
    let chunks = AsyncThrowingStream<Data, any Error> { $0.finish() }
    _ = (s3c, bedrock, chunks)
    let accessKey = "AKIDEXAMPLE", secretKey = "secret", sessionToken = "token"
    _ = (accessKey, secretKey, sessionToken)
