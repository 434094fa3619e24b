#!/usr/bin/env python3
"""Sign a knowledge base for publication, and check a signature, with the publisher's Ed25519 key.

Usage:
  sign-kb.py keygen --private FILE      make a key pair: the private key (seed) to FILE, mode 0600; prints the
                                        public key for resources/kb-publisher.pub
  sign-kb.py public --private FILE      print the public key of a private key
  sign-kb.py sign --private FILE KB [--out SIG]
                                        write KB's signature to SIG (default KB.sig): one line of base64
  sign-kb.py verify KB [--sig SIG] [--public KEY]
                                        check SIG (default KB.sig) with KEY (default: the key in
                                        resources/kb-publisher.pub, the one built into the program)

The program fetches <url> and <url>.sig and takes the file only when the signature verifies with a key built into
it (core/kb/kbsignature.cpp). The private key never goes into the repository: keep it offline (README, "Signing a
knowledge base"). PyNaCl (Debian: python3-nacl) wraps libsodium, the library the program verifies with.
"""

import argparse
import base64
import os
import re
import sys

PUB_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "kb-publisher.pub")

try:
    import nacl.exceptions
    import nacl.signing
except ImportError:
    sys.exit("sign-kb.py: PyNaCl is missing; install it with: apt-get install python3-nacl "
             "(then run this script with /usr/bin/python3)")


def read_private(path):
    with open(path, "rb") as f:
        seed = base64.b64decode(f.read().strip(), validate=True)
    if len(seed) != 32:
        sys.exit(f"sign-kb.py: {path} is not a private key written by 'sign-kb.py keygen'")
    return nacl.signing.SigningKey(seed)


def b64(data):
    return base64.b64encode(bytes(data)).decode("ascii")


def builtin_public():
    with open(PUB_FILE, encoding="utf-8") as f:
        keys = [line.strip() for line in f if re.fullmatch(r"[A-Za-z0-9+/]{43}=", line.strip())]
    if len(keys) != 1:
        sys.exit(f"sign-kb.py: {PUB_FILE} must hold exactly one base64 public key line")
    return keys[0]


def cmd_keygen(args):
    if os.path.exists(args.private):
        sys.exit(f"sign-kb.py: {args.private} exists; not overwriting a key")
    key = nacl.signing.SigningKey.generate()
    fd = os.open(args.private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(b64(key.encode()) + "\n")
    print(b64(key.verify_key.encode()))


def cmd_public(args):
    print(b64(read_private(args.private).verify_key.encode()))


def cmd_sign(args):
    key = read_private(args.private)
    with open(args.kb, "rb") as f:
        data = f.read()
    signature = key.sign(data).signature
    out = args.out or args.kb + ".sig"
    with open(out, "w", encoding="ascii") as f:
        f.write(b64(signature) + "\n")
    print(f"signed {args.kb} ({len(data)} bytes) -> {out}")


def cmd_verify(args):
    public = args.public or builtin_public()
    sig_path = args.sig or args.kb + ".sig"
    with open(args.kb, "rb") as f:
        data = f.read()
    with open(sig_path, "rb") as f:
        signature = base64.b64decode(f.read().strip(), validate=True)
    try:
        nacl.signing.VerifyKey(base64.b64decode(public, validate=True)).verify(data, signature)
    except (nacl.exceptions.BadSignatureError, ValueError) as e:
        sys.exit(f"sign-kb.py: BAD signature: {sig_path} does not sign {args.kb} with key {public} ({e})")
    print(f"good signature: {sig_path} signs {args.kb} with key {public}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("keygen")
    p.add_argument("--private", required=True)
    p.set_defaults(run=cmd_keygen)
    p = sub.add_parser("public")
    p.add_argument("--private", required=True)
    p.set_defaults(run=cmd_public)
    p = sub.add_parser("sign")
    p.add_argument("--private", required=True)
    p.add_argument("kb")
    p.add_argument("--out")
    p.set_defaults(run=cmd_sign)
    p = sub.add_parser("verify")
    p.add_argument("kb")
    p.add_argument("--sig")
    p.add_argument("--public")
    p.set_defaults(run=cmd_verify)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
