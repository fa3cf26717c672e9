"""What crosses the machine's edge: identity, signed PDFs, encrypted bundles, importers."""
