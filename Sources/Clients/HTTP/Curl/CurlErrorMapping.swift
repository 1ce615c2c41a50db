import CCurl

/// Turns libcurl's result codes into the SDK's transport errors, in botocore's families:
/// connect failures, connect and read timeouts, broken transfers, TLS failures.
enum CurlErrorMapping {
    /// The error for `code`; `connected` says whether the connection was up when it failed (a
    /// timeout before that is a connect timeout).
    static func error(code: Int32, connected: Bool, detail: String, url: String) -> HTTPTransportError {
        let reason = detail.isEmpty ? String(cString: ccurl_easy_strerror(code)) : detail
        let cause = "curl \(code): \(reason)"
        switch code {
        case Int32(CCURLE_OPERATION_TIMEDOUT):
            return HTTPTransportError(connected ? .readTimeout : .connectTimeout, url: url, underlying: cause)
        case Int32(CCURLE_PEER_FAILED_VERIFICATION), Int32(CCURLE_SSL_CONNECT_ERROR), Int32(CCURLE_SSL_CERTPROBLEM),
             Int32(CCURLE_SSL_CIPHER), Int32(CCURLE_SSL_ISSUER_ERROR), Int32(CCURLE_SSL_PINNEDPUBKEYNOTMATCH),
             Int32(CCURLE_SSL_INVALIDCERTSTATUS), Int32(CCURLE_SSL_CRL_BADFILE), Int32(CCURLE_SSL_ENGINE_NOTFOUND),
             Int32(CCURLE_SSL_CLIENTCERT):
            return HTTPTransportError(.tlsFailure, url: url, underlying: cause)
        case Int32(CCURLE_SSL_CACERT_BADFILE):
            return HTTPTransportError(.tlsFailure, url: url,
                                      underlying: cause + " (check the CA bundle path in AWS_CA_BUNDLE, ca_bundle or Config.verify)")
        case Int32(CCURLE_GOT_NOTHING), Int32(CCURLE_SEND_ERROR), Int32(CCURLE_RECV_ERROR), Int32(CCURLE_PARTIAL_FILE),
             Int32(CCURLE_WEIRD_SERVER_REPLY), Int32(CCURLE_SSL_SHUTDOWN_FAILED):
            return HTTPTransportError(connected ? .connectionClosed : .connectionFailed, url: url, underlying: cause)
        case Int32(CCURLE_ABORTED_BY_CALLBACK), Int32(CCURLE_WRITE_ERROR):
            return HTTPTransportError(.cancelled, url: url, underlying: cause)
        default:
            return HTTPTransportError(.connectionFailed, url: url, underlying: cause)
        }
    }
}
