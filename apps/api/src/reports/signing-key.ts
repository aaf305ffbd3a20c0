import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

/**
 * The key that signs reports: a PKCS#12 file (REPORT_SIGNING_P12, its passphrase in REPORT_SIGNING_PASSPHRASE)
 * holding an RSA key and its certificate, with the issuing chain if any. Production refuses to start without
 * it; development generates a self-signed key on first start, clearly labelled and stored beside the embedded
 * database (data/, never committed), so reports made in development never pass for real ones.
 */
export interface ReportSigningKey {
  privateKey: KeyObject;
  certificate: forge.pki.Certificate;
  /** The signer's certificate first, then the chain. */
  chain: forge.pki.Certificate[];
  /** The same certificates as their exact DER, as the CMS must carry them (see rawCertificate). */
  chainDer: forge.asn1.Asn1[];
  /** SHA-256 of the signer certificate's DER, hex: what a verifier trusts. */
  fingerprint: string;
  /** The certificate's subject CN, as PDF readers show it. */
  signerName: string;
  development: boolean;
}

export class ReportSigningConfigError extends Error {
  override name = 'ReportSigningConfigError';
}

export const DEV_KEY_FILE = 'report-signing-development.p12';
const DEV_PASSPHRASE = 'development-only-not-secret';
/** Marks a development certificate, so production can recognise and refuse one. */
const DEV_UNIT = 'development-only';

export function loadReportSigningKey(
  env: NodeJS.ProcessEnv,
  opts: { production: boolean; devKeyDir: string; now?: Date },
): ReportSigningKey {
  const path = env.REPORT_SIGNING_P12;
  const now = opts.now ?? new Date();
  if (!path) {
    if (opts.production)
      throw new ReportSigningConfigError(
        'REPORT_SIGNING_P12 and REPORT_SIGNING_PASSPHRASE must be set in production: a PKCS#12 file with the report-signing certificate and its RSA key. Reports are never issued unsigned.',
      );
    return developmentKey(opts.devKeyDir, now);
  }
  if (!existsSync(path)) throw new ReportSigningConfigError(`REPORT_SIGNING_P12 points at a file that does not exist: ${path}`);
  const key = parseP12(readFileSync(path), env.REPORT_SIGNING_PASSPHRASE ?? '', now, 'REPORT_SIGNING_P12');
  if (opts.production && key.development)
    throw new ReportSigningConfigError('REPORT_SIGNING_P12 holds a development certificate, which production refuses.');
  return key;
}

export function parseP12(
  der: Buffer,
  passphrase: string,
  now: Date,
  what = 'the PKCS#12 file',
  options: { checkValidity?: boolean } = {},
): ReportSigningKey {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString('binary')), passphrase);
  } catch {
    throw new ReportSigningConfigError(`${what} could not be read: not a PKCS#12 file, or REPORT_SIGNING_PASSPHRASE is wrong.`);
  }
  const bags = (type: string | undefined) => (type ? (p12.getBags({ bagType: type })[type] ?? []) : []);
  const keyBag = bags(forge.pki.oids.pkcs8ShroudedKeyBag)[0] ?? bags(forge.pki.oids.keyBag)[0];
  const certs = bags(forge.pki.oids.certBag).flatMap((b): forge.pki.Certificate[] => (b.cert ? [b.cert] : []));
  if (!keyBag?.key || certs.length === 0) throw new ReportSigningConfigError(`${what} must hold a private key and its certificate.`);
  const forgeKey = keyBag.key as forge.pki.rsa.PrivateKey;
  if (!forgeKey.n)
    throw new ReportSigningConfigError(`${what}: only RSA keys are supported (PDF readers check RSA signatures everywhere).`);
  const certificate = certs.find((c: forge.pki.Certificate) => (c.publicKey as forge.pki.rsa.PublicKey).n?.equals(forgeKey.n));
  if (!certificate) throw new ReportSigningConfigError(`${what}: no certificate in it matches the private key.`);
  if (options.checkValidity !== false && (now < certificate.validity.notBefore || now > certificate.validity.notAfter))
    throw new ReportSigningConfigError(
      `${what}: the certificate is valid from ${certificate.validity.notBefore.toISOString()} to ${certificate.validity.notAfter.toISOString()}, not now.`,
    );
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(forgeKey));
  const chain = [certificate, ...certs.filter((c: forge.pki.Certificate) => c !== certificate)];
  const chainDer = chain.map(rawCertificate);
  const cn = certificate.subject.getField('CN') as { value?: string; valueTagClass?: number } | null;
  return {
    privateKey,
    certificate,
    chain,
    chainDer,
    fingerprint: fingerprintOf(chainDer[0] as forge.asn1.Asn1),
    signerName: cn?.value ? (cn.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(cn.value) : cn.value) : '',
    development: certificate.subject.getField('OU')?.value === DEV_UNIT,
  };
}

/** SHA-256 of a certificate's DER, hex. */
export function fingerprintOf(certificate: forge.asn1.Asn1): string {
  return createHash('sha256')
    .update(Buffer.from(forge.asn1.toDer(certificate).getBytes(), 'binary'))
    .digest('hex');
}

/**
 * A parsed certificate back as its exact ASN.1. forge re-encodes a certificate from its fields, and it encodes
 * UTF8String names twice (it keeps them as UTF-8 bytes when parsing, then encodes them again), which breaks the
 * certificate's own signature for any CA with a Chinese name. The original to-be-signed part is kept by the
 * parser; the outer algorithm equals the inner one (RFC 5280 §4.1.1.2), and the signature value is kept too.
 */
export function rawCertificate(certificate: forge.pki.Certificate): forge.asn1.Asn1 {
  const { asn1 } = forge;
  const tbs = (certificate as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
  const fields = tbs.value as forge.asn1.Asn1[];
  const offset = fields[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const algorithm = fields[offset + 1] as forge.asn1.Asn1;
  const signature = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\0${certificate.signature as string}`);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [tbs, algorithm, signature]);
}

function tbsField(certificate: forge.asn1.Asn1, index: number): forge.asn1.Asn1 {
  const tbs = (certificate.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1;
  const fields = tbs.value as forge.asn1.Asn1[];
  const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0; // [0] version is optional
  return fields[offset + index] as forge.asn1.Asn1;
}

/** The serial number of a raw certificate, as its exact ASN.1. */
export const rawSerial = (certificate: forge.asn1.Asn1) => tbsField(certificate, 0);
/** The issuer Name of a raw certificate, as its exact ASN.1. */
export const rawIssuer = (certificate: forge.asn1.Asn1) => tbsField(certificate, 2);

function developmentKey(dir: string, now: Date): ReportSigningKey {
  const file = join(dir, DEV_KEY_FILE);
  if (existsSync(file)) {
    const key = parseP12(readFileSync(file), DEV_PASSPHRASE, now, file, { checkValidity: false });
    // A development key is untrusted anyway: one that is not valid on this clock (a system started at another
    // hour, a key five years old) is replaced rather than refused.
    const { notBefore, notAfter } = key.certificate.validity;
    if (now >= notBefore && now <= notAfter) return key;
  }
  mkdirSync(dir, { recursive: true });
  const p12 = makeSelfSignedP12(
    { commonName: '信用山东 开发环境报告签名（不可信）', organization: '信用山东 开发环境', unit: DEV_UNIT },
    DEV_PASSPHRASE,
    now,
  );
  // Written beside and renamed into place: processes starting together never read a half-written key.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, p12, { mode: 0o600 });
  renameSync(partial, file);
  return parseP12(p12, DEV_PASSPHRASE, now, file);
}

/** A self-signed RSA-2048 certificate and key as PKCS#12 (development, and tests that need a second key). */
export function makeSelfSignedP12(
  subject: { commonName: string; organization: string; unit: string },
  passphrase: string,
  now: Date,
): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgePrivate = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const forgePublic = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forgePublic;
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  // Two days back: a system started with its clock in the small hours of today still finds it valid.
  cert.validity.notBefore = new Date(now.getTime() - 2 * 86_400_000);
  cert.validity.notAfter = new Date(now.getTime() + 5 * 365 * 86_400_000);
  const utf8 = forge.asn1.Type.UTF8;
  const attrs = [
    { shortName: 'CN', value: subject.commonName, valueTagClass: utf8 },
    { shortName: 'O', value: subject.organization, valueTagClass: utf8 },
    { shortName: 'OU', value: subject.unit, valueTagClass: utf8 },
    { shortName: 'C', value: 'CN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(forgePrivate, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(forgePrivate, [cert], passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
