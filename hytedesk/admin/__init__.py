"""Administrator tools: building, validating and publishing catalogues (``hytedesk-admin``)."""
