"""The HTTP API and the web dashboard (``flashpoint serve``)."""
