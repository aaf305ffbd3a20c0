import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import forge from 'node-forge';
import type { IssuedReport } from './model';
import { codeMatches, REPORT_NUMBER_PATTERN } from './numbers';

/**
 * Verification of a report by its receiver: by number and code (what the QR code carries), or by the file
 * itself (signature, signer and the exact bytes issued). Every refusal has a stable code and a Chinese
 * message; the lookup of issued reports is the caller's (a repository in phase 2).
 */
export type VerificationRefusal =
  | 'REPORT_NOT_VERIFIED'
  | 'REPORT_FILE_NOT_PDF'
  | 'REPORT_SIGNATURE_MISSING'
  | 'REPORT_SIGNATURE_INVALID'
  | 'REPORT_SIGNER_UNKNOWN'
  | 'REPORT_FILE_ALTERED'
  | 'REPORT_NOT_FOUND';

export type Verdict =
  | { genuine: true; report: IssuedReport }
  | { genuine: false; code: VerificationRefusal; message: string; number?: string };

const MESSAGES: Record<VerificationRefusal, string> = {
  // One answer for an unknown number and a wrong code, so numbers cannot be probed without the code.
  REPORT_NOT_VERIFIED: '报告编号和核验码不匹配，无法确认这份报告。请对照报告首页逐字核对后再试。',
  REPORT_FILE_NOT_PDF: '这个文件不是 PDF 报告，请上传从信用山东下载的报告原件。',
  REPORT_SIGNATURE_MISSING: '这个文件没有报告签名，不是信用山东签发的原件，不能作为证明。',
  REPORT_SIGNATURE_INVALID: '报告的签名无效：文件在签发后被改动过，不能作为证明。请向报告持有人索取原件。',
  REPORT_SIGNER_UNKNOWN: '报告不是由信用山东的签名证书签发的，不能作为证明。',
  REPORT_FILE_ALTERED: '文件内容与签发时不一致，已被改动，不能作为证明。请向报告持有人索取原件。',
  REPORT_NOT_FOUND: '没有找到这份报告的签发记录，不能作为证明。',
};

const refuse = (code: VerificationRefusal, number?: string): Verdict => ({
  genuine: false,
  code,
  message: MESSAGES[code],
  ...(number ? { number } : {}),
});

type Lookup = (number: string) => IssuedReport | undefined | Promise<IssuedReport | undefined>;

/** By number and code, as typed or scanned. */
export async function verifyReportCode(number: string, code: string, lookup: Lookup): Promise<Verdict> {
  const n = number.trim().toUpperCase();
  if (!REPORT_NUMBER_PATTERN.test(n)) return refuse('REPORT_NOT_VERIFIED');
  const issued = await lookup(n);
  if (!issued || !codeMatches(n, code, issued.codeDigest)) return refuse('REPORT_NOT_VERIFIED');
  return { genuine: true, report: issued };
}

export interface SignatureCheck {
  /** The file's ReportNumber, when it names one. */
  number: string | null;
  signerFingerprint: string;
  signedAt: Date | null;
}

/**
 * By the file: it must carry one signature covering every byte but the signature itself, made by a trusted
 * certificate, and be exactly the file issued under its number (the stored SHA-256).
 */
export async function verifyReportFile(file: Buffer, trustedFingerprints: readonly string[], lookup: Lookup): Promise<Verdict> {
  const check = checkSignature(file, trustedFingerprints);
  if ('code' in check) return refuse(check.code, check.number ?? undefined);
  if (!check.number) return refuse('REPORT_NOT_FOUND');
  const issued = await lookup(check.number);
  if (!issued) return refuse('REPORT_NOT_FOUND', check.number);
  if (createHash('sha256').update(file).digest('hex') !== issued.sha256) return refuse('REPORT_FILE_ALTERED', check.number);
  return { genuine: true, report: issued };
}

/** The number in the file's metadata (pdfkit writes each Info value as its own object). */
function reportNumberIn(text: string): string | null {
  const ref = /\/ReportNumber (\d+) 0 R/.exec(text)?.[1];
  const direct = /\/ReportNumber \((SDXY-\d{8}-[0-9A-Z]{8})\)/.exec(text)?.[1];
  if (direct) return direct;
  if (!ref) return null;
  return new RegExp(`(?:^|\\n)${ref} 0 obj\\n\\((SDXY-\\d{8}-[0-9A-Z]{8})\\)`).exec(text)?.[1] ?? null;
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

/** The embedded signature alone (also used by tests and the bench). */
export function checkSignature(
  file: Buffer,
  trustedFingerprints: readonly string[],
): SignatureCheck | { code: VerificationRefusal; number: string | null } {
  if (file.subarray(0, 5).toString('latin1') !== '%PDF-') return { code: 'REPORT_FILE_NOT_PDF', number: null };
  const text = file.toString('latin1');
  const number = reportNumberIn(text);
  const ranges = [...text.matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/g)];
  if (ranges.length === 0) return { code: 'REPORT_SIGNATURE_MISSING', number };
  // Exactly one signature, covering the whole file except its own value: nothing appended, nothing uncovered.
  if (ranges.length > 1) return { code: 'REPORT_FILE_ALTERED', number };
  const [a, b, c, d] = (ranges[0] as RegExpMatchArray).slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b + 1 || c + d !== file.length || file[b] !== 0x3c || file[c - 1] !== 0x3e)
    return { code: 'REPORT_FILE_ALTERED', number };
  const hex = file.subarray(b + 1, c - 1).toString('latin1');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return { code: 'REPORT_SIGNATURE_INVALID', number };
  const signed = Buffer.concat([file.subarray(0, b), file.subarray(c, c + d)]);

  let parts: ReturnType<typeof parseCms>;
  try {
    // The value is padded with zeros to the reserved length; the DER's own length says where it ends (a
    // signature may itself end in a zero byte, so the padding is never trimmed).
    parts = parseCms(Buffer.from(hex, 'hex'));
  } catch {
    return { code: 'REPORT_SIGNATURE_INVALID', number };
  }
  if (!createHash('sha256').update(signed).digest().equals(parts.messageDigest)) return { code: 'REPORT_SIGNATURE_INVALID', number };
  const publicKey = createPublicKey(forge.pki.publicKeyToPem(parts.certificate.publicKey));
  if (!verifySignature('sha256', parts.attrsSetDer, publicKey, parts.signature)) return { code: 'REPORT_SIGNATURE_INVALID', number };
  const fingerprint = createHash('sha256').update(parts.certificateDer).digest('hex');
  if (!trustedFingerprints.includes(fingerprint)) return { code: 'REPORT_SIGNER_UNKNOWN', number };
  return { number, signerFingerprint: fingerprint, signedAt: parts.signedAt };
}

/** The members of a constructed ASN.1 node; none for a missing or primitive one. */
const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => (Array.isArray(node?.value) ? node.value : []);

/** SignedData → the one SignerInfo's signed attributes (re-tagged as the SET that was signed), digest, signature, certificate. */
function parseCms(der: Buffer) {
  const asn1 = forge.asn1;
  // Options forge's types leave out: allow trailing padding, keep bit strings as bytes.
  const options = { strict: true, parseAllBytes: false, decodeBitStrings: false } as unknown as boolean;
  const contentInfo = asn1.fromDer(der.toString('binary'), options);
  const fields = children(children(children(contentInfo)[1])[0]);
  const certsField = fields.find((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 0);
  const signerInfos = fields.at(-1)?.value as forge.asn1.Asn1[];
  if (!certsField || signerInfos?.length !== 1) throw new Error('expected one signer and its certificate');
  const signerInfo = (signerInfos[0] as forge.asn1.Asn1).value as forge.asn1.Asn1[];
  const attrs = signerInfo.find((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 0);
  const signature = signerInfo.find((f) => f.tagClass === asn1.Class.UNIVERSAL && f.type === asn1.Type.OCTETSTRING);
  if (!attrs || !signature) throw new Error('signed attributes missing');
  const attrsDer = Buffer.from(asn1.toDer(attrs).getBytes(), 'binary');
  attrsDer[0] = 0x31; // [0] IMPLICIT → SET OF, as RFC 5652 §5.4 has it digested
  let messageDigest: Buffer | null = null;
  let signedAt: Date | null = null;
  for (const attr of attrs.value as forge.asn1.Asn1[]) {
    const [oid, values] = attr.value as forge.asn1.Asn1[];
    const type = asn1.derToOid(oid?.value as string);
    const first = children(values)[0];
    if (type === OID_MESSAGE_DIGEST) messageDigest = Buffer.from(first?.value as string, 'binary');
    if (type === OID_SIGNING_TIME && first) signedAt = asn1.utcTimeToDate(first.value as string);
  }
  if (!messageDigest) throw new Error('message digest missing');
  // The signer's certificate is the first one whose key verifies; the issuer/serial match is the verifier's next check.
  const issuerAndSerial = signerInfo[1]?.value as forge.asn1.Asn1[];
  const serial = forge.util.bytesToHex(issuerAndSerial[1]?.value as string);
  // Parsed without decoding bit strings, so each certificate's DER is exactly what was signed; forge's
  // certificate reader wants the key's bit string decoded, so it reads its own copy.
  const certificates = (certsField.value as forge.asn1.Asn1[]).map((node) => {
    const der = asn1.toDer(node).getBytes();
    return { der, cert: forge.pki.certificateFromAsn1(asn1.fromDer(der)) };
  });
  const signer = certificates.find((c) => c.cert.serialNumber.replace(/^0+/, '') === serial.replace(/^0+/, ''));
  if (!signer) throw new Error('signer certificate missing');
  return {
    attrsSetDer: attrsDer,
    messageDigest,
    signature: Buffer.from(signature.value as string, 'binary'),
    certificate: signer.cert,
    certificateDer: Buffer.from(signer.der, 'binary'),
    signedAt,
  };
}
