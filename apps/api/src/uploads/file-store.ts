import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where file bodies live when not in the database, addressed by their SHA-256 (the database row holds the hash).
 * One interface, so an object store can stand in for the directory where several machines share the files.
 */
export interface FileStore {
  put(sha256: Buffer, bytes: Buffer): Promise<void>;
  get(sha256: Buffer): Promise<Buffer | null>;
  delete(sha256: Buffer): Promise<void>;
}

/**
 * A directory of content-addressed files, written through libuv's thread pool: no byte passes through the
 * embedded database, whose WASM engine runs on the API's only thread (a 5 MB bytea there held every request for
 * seconds). Written to a temporary name and renamed, so a reader never sees half a file.
 */
export function directoryStore(dir: string): FileStore {
  const pathOf = (sha256: Buffer) => {
    const hex = sha256.toString('hex');
    return { folder: join(dir, hex.slice(0, 2)), file: join(dir, hex.slice(0, 2), hex) };
  };
  return {
    async put(sha256, bytes) {
      const { folder, file } = pathOf(sha256);
      await mkdir(folder, { recursive: true });
      const temporary = `${file}.${randomBytes(6).toString('hex')}.part`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, file);
    },
    async get(sha256) {
      return readFile(pathOf(sha256).file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    },
    async delete(sha256) {
      await rm(pathOf(sha256).file, { force: true });
    },
  };
}
