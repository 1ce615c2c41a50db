extension Document {
    /// The result of the JMESPath `expression` on this document, compiled through the shared cache.
    ///
    /// ```swift
    /// let keys = try page.search("Contents[?Size > `0`].Key")
    /// ```
    public func search(_ expression: String) throws(JMESPathError) -> Document {
        try JMESPathExpression.compile(expression).search(self)
    }
}
