"""PAdES signatures on certificate PDFs: the issuing organisation signs every PDF it renders,
and an uploaded PDF's signature is checked against the same certificate as the trust root.

The key and certificate are PEM files named by the CERTIFICATE_SIGNING_KEY and
CERTIFICATE_SIGNING_CERT settings. Without both, PDFs are left unsigned; checking an uploaded
PDF needs only the certificate."""

from __future__ import annotations

import datetime
import functools
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

logger = logging.getLogger(__name__)

SIGNATURE_FIELD = "AdalIssuerSignature"
DEMO_COMMON_NAME = "Adal demo signing certificate"
DEMO_VALIDITY = datetime.timedelta(days=3653)
# An organisation certificate may carry either usage; a demo one carries both.
SIGNER_KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
# PDF/UA forbids untagged annotations on the page; a hidden, out-of-bounds widget is exempt.
INVISIBLE_SIGNATURE = fields.InvisSigSettings(
    set_print_flag=False, set_hidden_flag=True, box_out_of_bounds=True
)


class SigningNotConfigured(Exception):
    """No signing key and certificate are configured, so nothing can be signed or trusted."""


def ensure_demo_signing_key(directory) -> tuple[Path, Path]:
    """A self-signed demo key pair in `directory`, made once and then reused: (key, cert) paths."""
    directory = Path(directory)
    key_path = directory / "adal-demo-signing-key.pem"
    cert_path = directory / "adal-demo-signing-cert.pem"
    if key_path.exists() and cert_path.exists():
        return key_path, cert_path
    directory.mkdir(parents=True, exist_ok=True)
    # RSA, not ECDSA: pyHanko marks ECDSA-signed files as PDF 2.0 (ISO 32002), and PDF/UA-1
    # is a PDF 1.7 profile.
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, DEMO_COMMON_NAME),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Adal"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + DEMO_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path.touch(mode=0o600)  # private from the first byte written
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def _configured_paths() -> tuple[str, str] | None:
    key_path, cert_path = settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT
    if not key_path or not cert_path:
        return None
    return str(key_path), str(cert_path)


def _modified(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError as error:
        raise ImproperlyConfigured(f"Cannot read the certificate signing file {path}") from error


class _ParsedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses the private key again for every signature (twice per PDF:
    a dry run sizes the signature), and parsing an RSA key validates it, ~0.1-0.3 s each time.
    This one parses the key once."""

    @functools.cached_property
    def _private_key(self):
        return serialization.load_der_private_key(self.signing_key.dump(), password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        if mechanism == "rsassa_pkcs1v15":
            return self._private_key.sign(
                data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)
            )
        return super().sign_raw(data, digest_algorithm)

    async def async_sign(self, data_digest: bytes, digest_algorithm: str, dry_run=False, **kwargs):
        """The signature container of a PDF differs from the previous one in two places only:
        the document digest among the signed attributes and the signature over them (content
        type and the signer's certificate hash are the same every time; PAdES keeps the signing
        time out of them). pyHanko assembles the container afresh each time, two thirds of the
        signing time; this builds it once per kind of signature and then replaces the digest
        and the signature in its bytes."""
        simple = (
            kwargs.get("use_pades")
            and kwargs.get("timestamper") is None
            and kwargs.get("encap_content_info") is None
            and kwargs.get("is_pdf_sig", True)
        )
        template = self._containers.get((digest_algorithm, dry_run)) if simple else None
        if template is None:
            signed = await super().async_sign(data_digest, digest_algorithm, dry_run, **kwargs)
            if simple:
                template = _ContainerTemplate.of(signed, data_digest)
                if template is not None:
                    self._containers[(digest_algorithm, dry_run)] = template
            return signed
        if dry_run:  # a stand-in to measure the room the signature needs
            return cms.ContentInfo.load(template.der)
        return template.filled(data_digest, self.sign_raw, digest_algorithm)

    @functools.cached_property
    def _containers(self) -> dict:
        return {}


# Signed attributes that are the same in every signature but for the digest: no signing time
# (PAdES puts it in the signature dictionary), no timestamp, no revocation data.
TEMPLATE_ATTRIBUTES = {"content_type", "message_digest", "signing_certificate_v2"}


@dataclass(frozen=True)
class _ContainerTemplate:
    """A signature container (CMS SignedData) to fill in: where its digest and signature lie."""

    der: bytes
    attributes: bytes  # the signed attributes as signed: a DER SET
    digest_at: int  # offset of the digest, in `attributes` and in `der` alike (after `shift`)
    shift: int  # where `attributes` begin in `der`, less the tag byte that differs
    signature_at: int
    signature_length: int

    @classmethod
    def of(cls, container: cms.ContentInfo, digest: bytes) -> _ContainerTemplate | None:
        """None when the container is not of the simple kind (one signer, the digest and the
        signature found once each): it is then built in full every time."""
        signer_infos = container["content"]["signer_infos"]
        if len(signer_infos) != 1 or signer_infos[0]["unsigned_attrs"]:
            return None
        signer_info = signer_infos[0]
        kinds = {attribute["type"].native for attribute in signer_info["signed_attrs"]}
        if kinds != TEMPLATE_ATTRIBUTES:
            return None
        tagged = signer_info["signed_attrs"].dump()  # [0] IMPLICIT; signed as a SET
        attributes = b"\x31" + tagged[1:]
        signature = signer_info["signature"].native
        der = container.dump()
        if (
            attributes.count(digest) != 1
            or der.count(tagged) != 1
            or der.count(signature) != 1
            or tagged[0] != 0xA0
        ):
            return None
        return cls(
            der=der,
            attributes=attributes,
            digest_at=attributes.index(digest),
            shift=der.index(tagged),
            signature_at=der.index(signature),
            signature_length=len(signature),
        )

    def filled(self, digest: bytes, sign_raw, digest_algorithm: str) -> cms.ContentInfo:
        end = self.digest_at + len(digest)
        attributes = self.attributes[: self.digest_at] + digest + self.attributes[end:]
        signature = sign_raw(attributes, digest_algorithm)
        if len(signature) != self.signature_length or len(attributes) != len(self.attributes):
            raise ValueError("the signature container changed size")
        at, sig_at = self.shift + self.digest_at, self.signature_at
        der = bytearray(self.der)
        der[at : at + len(digest)] = digest
        der[sig_at : sig_at + len(signature)] = signature
        return cms.ContentInfo.load(bytes(der))


# Keyed by the files' modification times too, so a replaced key is picked up without a restart.
@functools.lru_cache(maxsize=4)
def _load_signer(key_path: str, cert_path: str, _key_mtime, _cert_mtime) -> _ParsedKeySigner:
    try:
        signing_key = load_private_key_from_pemder(key_path, passphrase=None)
        signing_cert = load_cert_from_pemder(cert_path)
    except (OSError, ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            f"Cannot load the certificate signing key {key_path} and certificate {cert_path}"
        ) from error
    return _ParsedKeySigner(
        signing_cert=signing_cert, signing_key=signing_key, cert_registry=SimpleCertificateStore()
    )


@functools.lru_cache(maxsize=4)
def _load_trust_root(cert_path: str, _cert_mtime) -> asn1_x509.Certificate:
    try:
        return load_cert_from_pemder(cert_path)
    except (OSError, ValueError) as error:
        raise ImproperlyConfigured(f"Cannot load the signing certificate {cert_path}") from error


def configured_signer() -> signers.Signer | None:
    paths = _configured_paths()
    if paths is None:
        return None
    key_path, cert_path = paths
    return _load_signer(key_path, cert_path, _modified(key_path), _modified(cert_path))


def configured_trust_root() -> asn1_x509.Certificate | None:
    """The organisation's certificate: checking needs no private key, so a server may hold
    only this."""
    cert_path = str(settings.CERTIFICATE_SIGNING_CERT or "")
    if not cert_path:
        return None
    return _load_trust_root(cert_path, _modified(cert_path))


# Room for the signature container, per key: measured on the first signature of a process.
# Without it, pyhanko makes a trial signature of every file just to size the room (half the
# cost of signing).
_reserved_bytes: dict[tuple, int] = {}
RESERVE_MARGIN = 2048


def sign_pdf(data: bytes, *, reason: str) -> bytes:
    """Sign `data` with the organisation's key (PAdES B-B, certifying: no later changes allowed)."""
    signer = configured_signer()
    if signer is None:
        raise SigningNotConfigured
    key_path, cert_path = _configured_paths()
    room_key = (key_path, cert_path, _modified(key_path), _modified(cert_path))
    reserved = _reserved_bytes.get(room_key)
    try:
        output = _sign(data, signer, reason=reason, bytes_reserved=reserved)
    except Exception:
        if reserved is None:
            raise
        logger.warning("The reserved signature room was too small; signing with a trial size.")
        output, reserved = _sign(data, signer, reason=reason, bytes_reserved=None), None
    if reserved is None:
        signature = PdfFileReader(io.BytesIO(output), strict=False).embedded_signatures[0]
        # In hexadecimal digits, as the file stores it: two per byte.
        _reserved_bytes[room_key] = 2 * (len(signature.pkcs7_content) + RESERVE_MARGIN)
    return output


def _sign(data: bytes, signer, *, reason: str, bytes_reserved: int | None) -> bytes:
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        reason=reason,
    )
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=signer,
        new_field_spec=fields.SigFieldSpec(SIGNATURE_FIELD, invis_sig_settings=INVISIBLE_SIGNATURE),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    return pdf_signer.sign_pdf(writer, bytes_reserved=bytes_reserved).getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature of a PDF proves. `sound` means: one signature, cryptographically
    intact, made with the configured organisation certificate, covering every byte of the file."""

    signed: bool
    intact: bool = False
    trusted: bool = False
    covers_whole_file: bool = False

    @property
    def sound(self) -> bool:
        return self.signed and self.intact and self.trusted and self.covers_whole_file


def earlier_trust_roots() -> list[asn1_x509.Certificate]:
    """Certificates of keys used before the last rotation (CERTIFICATE_EARLIER_CERTS): the
    PDFs they signed stay genuine."""
    return [
        _load_trust_root(str(path), _modified(str(path)))
        for path in settings.CERTIFICATE_EARLIER_CERTS
    ]


def signature_check(data: bytes) -> SignatureCheck:
    """Validate the embedded signature of `data` against the signing certificate, current or
    earlier."""
    trust_root = configured_trust_root()
    if trust_root is None:
        raise SigningNotConfigured
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_regular_signatures
    if len(signatures) != 1:
        # Adal signs once; a second signature means someone else changed the file afterwards.
        return SignatureCheck(signed=bool(signatures))
    signature = signatures[0]
    # Judge the certificate at the (signed) signing time, so an organisation certificate that
    # has expired since does not turn the PDFs it signed into fakes.
    context = ValidationContext(
        trust_roots=[trust_root, *earlier_trust_roots()],
        allow_fetching=False,
        moment=signature.self_reported_timestamp,
    )
    status = validate_pdf_signature(
        signature, signer_validation_context=context, key_usage_settings=SIGNER_KEY_USAGE
    )
    return SignatureCheck(
        signed=True,
        intact=status.intact and status.valid,
        trusted=status.trusted,
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
    )
