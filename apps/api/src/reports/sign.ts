import { createHash, sign as rsaSign } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { type ReportSigningKey, rawIssuer, rawSerial } from './signing-key';

/**
 * PDF signature of the adbe.pkcs7.detached kind: a CMS SignedData (RFC 5652) over the file's bytes except the
 * signature itself (/ByteRange), which Acrobat, Foxit, WPS and poppler's pdfsig check. @signpdf places the
 * byte range; the CMS is assembled here with forge's ASN.1 writer, hashing and RSA run in Node's crypto.
 * (forge's own PKCS#7 signer re-encodes certificates, which corrupts UTF8String names such as a Chinese CA's,
 * and hashes the whole file in JavaScript.)
 */
class ReportSigner extends Signer {
  constructor(private readonly key: ReportSigningKey) {
    super();
  }

  override async sign(signedBytes: Buffer, signingTime?: Date): Promise<Buffer> {
    return signedData(signedBytes, this.key, signingTime ?? new Date());
  }
}

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};
const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const algorithm = (id: string) => asn1.create(U, T.SEQUENCE, true, [oid(id), asn1.create(U, T.NULL, false, '')]);
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const attribute = (id: string, value: forge.asn1.Asn1) => asn1.create(U, T.SEQUENCE, true, [oid(id), asn1.create(U, T.SET, true, [value])]);

/** The DER of a detached SignedData with one signer, signed attributes and the key's certificate chain. */
export function signedData(content: Buffer, key: ReportSigningKey, signingTime: Date): Buffer {
  const digest = createHash('sha256').update(content).digest();
  // DER orders a SET OF by the encodings of its members (X.690 §11.6).
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(signingTime))),
    attribute(OID.messageDigest, asn1.create(U, T.OCTETSTRING, false, digest.toString('binary'))),
  ].sort((a, b) => Buffer.compare(der(a), der(b)));
  const signedAttrs = der(asn1.create(U, T.SET, true, attrs));
  const signature = rsaSign('sha256', signedAttrs, key.privateKey);
  const signer = key.chainDer[0] as forge.asn1.Asn1;
  const signerInfo = asn1.create(U, T.SEQUENCE, true, [
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    asn1.create(U, T.SEQUENCE, true, [rawIssuer(signer), rawSerial(signer)]),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs),
    algorithm(OID.rsaEncryption),
    asn1.create(U, T.OCTETSTRING, false, signature.toString('binary')),
  ]);
  const body = asn1.create(U, T.SEQUENCE, true, [
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    asn1.create(U, T.SET, true, [algorithm(OID.sha256)]),
    asn1.create(U, T.SEQUENCE, true, [oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, key.chainDer),
    asn1.create(U, T.SET, true, [signerInfo]),
  ]);
  return der(asn1.create(U, T.SEQUENCE, true, [oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [body])]));
}

/** Fills the signature field renderReportPdf left in the file. */
export function signReportPdf(pdfWithPlaceholder: Buffer, key: ReportSigningKey, signingTime: Date): Promise<Buffer> {
  return new SignPdf().sign(pdfWithPlaceholder, new ReportSigner(key), signingTime);
}

/** What PDF readers show beside the signature (the signer's name comes from the certificate). */
export function signatureFieldFor(key: ReportSigningKey, issuer: string) {
  return { name: key.signerName, reason: `${issuer}签发专项信用报告`, location: '中国山东', contactInfo: '' };
}
