"""Test support: fakes at the wire (loopback servers), shared by the suites."""
