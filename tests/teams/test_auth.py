"""HMAC verification of Teams outgoing-webhook requests (`Authorization: HMAC <base64>`)."""

from __future__ import annotations

import base64

import pytest

from bot.errors import ConfigError
from bot.teams.auth import decode_secret, sign, verify

# Microsoft's worked example ("Create an Outgoing Webhook", tab "Verify HMAC token"): the signing key of
# the sample's SigningKeyDictionary entry "contoso", and the header value the docs show for their
# example inbound message. The docs do not reproduce that message's exact bytes, so the pair is used for
# what it does pin down (token format, header format), and the digest is checked against a value
# computed independently with OpenSSL over a fixed body, with the same documented key:
#   printf '%s' "$BODY" | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key as hex> -binary | base64
MS_DOC_TOKEN = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA="
MS_DOC_HEADER = "HMAC 03TCao0i55H1eVKUusZOTZRjtvYTs+mO41mPL+R1e1U="
VECTOR_BODY = b'{"type":"message","text":"<at>Contoso</at> hello"}'
VECTOR_HEADER = "HMAC uXtrVFLHLoaZTei3tjz+gU+qHxUJz8z/RYzfsj2NjLE="


def test_documented_token_decodes_to_a_256_bit_key() -> None:
    assert len(decode_secret(MS_DOC_TOKEN)) == 32
    assert decode_secret(f"  {MS_DOC_TOKEN}\n") == decode_secret(MS_DOC_TOKEN)  # pasted with blanks


def test_documented_header_has_the_format_we_parse() -> None:
    scheme, _, digest = MS_DOC_HEADER.partition(" ")
    assert scheme == "HMAC" and len(base64.b64decode(digest, validate=True)) == 32
    assert sign(decode_secret(MS_DOC_TOKEN), VECTOR_BODY).startswith("HMAC ")


def test_signature_matches_the_independent_test_vector() -> None:
    key = decode_secret(MS_DOC_TOKEN)
    assert sign(key, VECTOR_BODY) == VECTOR_HEADER
    assert verify(key, VECTOR_BODY, VECTOR_HEADER)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "HMAC",
        "HMAC ",
        "Bearer uXtrVFLHLoaZTei3tjz+gU+qHxUJz8z/RYzfsj2NjLE=",
        "HMAC not-base64!!",
        "HMAC " + base64.b64encode(b"\0" * 32).decode(),
        "HMAC 03TCao0i55H1eVKUusZOTZRjtvYTs+mO41mPL+R1e1U=",  # valid format, another body's digest
        "HMAC uXtrVFLHLoaZTei3tjz+gU+qHxUJz8z/RYzfsj2NjLE",  # padding cut
    ],
)
def test_wrong_or_missing_signatures_are_refused(header: str | None) -> None:
    assert not verify(decode_secret(MS_DOC_TOKEN), VECTOR_BODY, header)


def test_any_change_to_body_or_key_is_refused() -> None:
    key = decode_secret(MS_DOC_TOKEN)
    assert not verify(key, VECTOR_BODY + b" ", VECTOR_HEADER)
    assert not verify(key, VECTOR_BODY.replace(b"hello", b"hellO"), VECTOR_HEADER)
    assert not verify(key[:-1] + b"x", VECTOR_BODY, VECTOR_HEADER)
    assert not verify(b"", VECTOR_BODY, VECTOR_HEADER)


def test_scheme_is_case_insensitive_and_spaces_are_tolerated() -> None:
    key = decode_secret(MS_DOC_TOKEN)
    digest = VECTOR_HEADER.split(" ", 1)[1]
    assert verify(key, VECTOR_BODY, f"hmac {digest}")
    assert verify(key, VECTOR_BODY, f"  HMAC {digest}  ")


@pytest.mark.parametrize("token", ["", "   ", "not base64 at all!", "abc"])
def test_bad_secret_is_a_config_error_that_does_not_echo_it(token: str) -> None:
    with pytest.raises(ConfigError) as info:
        decode_secret(token)
    assert "TEAMS_WEBHOOK_SECRET" in str(info.value)
    if token.strip():
        assert token not in str(info.value)
