/// The resource layer re-exports the client layer, so `import AWSResources` is enough.
@_exported import AWSClients
