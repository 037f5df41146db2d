import { open } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * A zip archive read from its central directory (APPNOTE.TXT §4.3.6: local headers and data, then the central
 * directory, then the end record): entries are found without unpacking any, and each is inflated only when asked,
 * whole or as a stream the caller may stop. Nothing else is read, so a 50 MB workbook costs only the parts a
 * command needs.
 */

/** Why an archive could not be read. */
export class ZipError extends Error {
  constructor(
    readonly code: "NOT_ZIP" | "ZIP64" | "CORRUPT",
    message: string
  ) {
    super(message);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Where the bytes come from: a buffer in memory, or an open file read at positions. */
interface ByteSource {
  readonly length: number;
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

const END = 0x06054b50; // end of central directory record (§4.3.16)
const ZIP64_LOCATOR = 0x07064b50; // ZIP64 end of central directory locator (§4.3.15)
const CENTRAL = 0x02014b50; // central directory file header (§4.3.12)
const LOCAL = 0x04034b50; // local file header (§4.3.7)
const CHUNK = 64 * 1024;
/**
 * The most one part read whole may unpack to: a template's data sheet is under 1 MiB, and a hostile archive (a
 * "zip bomb", or a central directory that lies about sizes) must fail with a message, not exhaust memory.
 */
export const MAX_WHOLE_PART = 256 * 1024 * 1024;

function bufferSource(bytes: Buffer): ByteSource {
  return {
    length: bytes.length,
    read: async (position, length) =>
      bytes.subarray(position, Math.min(bytes.length, position + length)),
    close: async () => undefined,
  };
}

async function fileSource(handle: FileHandle): Promise<ByteSource> {
  const { size } = await handle.stat();
  return {
    length: size,
    read: async (position, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

export class ZipArchive {
  private constructor(
    private readonly source: ByteSource,
    readonly entries: ReadonlyMap<string, ZipEntry>
  ) {}

  /**
   * Opens an archive in memory. @example const zip = await ZipArchive.fromBuffer(bytes)
   */
  static async fromBuffer(bytes: Buffer): Promise<ZipArchive> {
    return ZipArchive.from(bufferSource(bytes));
  }

  /**
   * Opens an archive on disk; its file stays open until {@link close} (also on failure: it is closed here).
   *
   * @example const zip = await ZipArchive.openFile("t.xlsx"); try { … } finally { await zip.close(); }
   */
  static async openFile(path: string): Promise<ZipArchive> {
    const handle = await open(path, "r");
    let source: ByteSource | null = null;
    try {
      source = await fileSource(handle);
      return await ZipArchive.from(source);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  private static async from(source: ByteSource): Promise<ZipArchive> {
    const tailLength = Math.min(source.length, 22 + 0xffff);
    const tail = await source.read(source.length - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i -= 1)
      if (tail.readUInt32LE(i) === END) {
        end = i;
        break;
      }
    if (end < 0) throw new ZipError("NOT_ZIP", "no end of central directory record");
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const zip64 =
      (end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) ||
      count === 0xffff ||
      directorySize === 0xffffffff ||
      directoryOffset === 0xffffffff;
    if (zip64) throw new ZipError("ZIP64", "ZIP64 archive (over 4 GB or 65,535 parts)");
    if (directoryOffset + directorySize > source.length)
      throw new ZipError("CORRUPT", "central directory beyond the end of the file");
    const directory = await source.read(directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL)
        throw new ZipError("CORRUPT", "damaged central directory");
      const nameLength = directory.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localOffset: directory.readUInt32LE(at + 42),
        name: directory.toString("utf8", at + 46, at + 46 + nameLength),
      };
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
        throw new ZipError("ZIP64", `ZIP64 part ${entry.name}`);
      entries.set(entry.name, entry);
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return new ZipArchive(source, entries);
  }

  /** Closes the file (nothing to do for a buffer). @example await zip.close() */
  close(): Promise<void> {
    return this.source.close();
  }

  /** The sum of the entries' unpacked sizes, as the central directory states them. @example zip.unpackedSize() */
  unpackedSize(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.size;
    return total;
  }

  private async dataStart(entry: ZipEntry): Promise<number> {
    const header = await this.source.read(entry.localOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
      throw new ZipError("CORRUPT", `no local header for ${entry.name}`);
    if (entry.flags & 1) throw new ZipError("CORRUPT", `${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError("CORRUPT", `${entry.name}: compression method ${entry.method}`);
    return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  /** One entry's whole text (UTF-8). @example await zip.text("xl/workbook.xml") */
  async text(name: string): Promise<string> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError("CORRUPT", `no part ${name}`);
    if (entry.size > MAX_WHOLE_PART)
      throw new ZipError(
        "CORRUPT",
        `${name} unpacks to ${entry.size} bytes, over ${MAX_WHOLE_PART}`
      );
    const start = await this.dataStart(entry);
    const packed = await this.source.read(start, entry.compressedSize);
    try {
      const bytes =
        entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: MAX_WHOLE_PART });
      return bytes.toString("utf8");
    } catch (error) {
      throw new ZipError("CORRUPT", `${name}: ${(error as Error).message}`);
    }
  }

  /**
   * Unpacks an entry piece by piece, handing each piece of text to `take` until it returns false: the rest of the
   * entry is then neither read nor inflated.
   *
   * @example await zip.stream("xl/sharedStrings.xml", (text) => (buffer += text).length < 1e6)
   */
  async stream(name: string, take: (text: string) => boolean): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError("CORRUPT", `no part ${name}`);
    const start = await this.dataStart(entry);
    const decoder = new StringDecoder("utf8");
    if (entry.method === 0) {
      for (let at = 0; at < entry.compressedSize; at += CHUNK) {
        const piece = await this.source.read(
          start + at,
          Math.min(CHUNK, entry.compressedSize - at)
        );
        if (!take(decoder.write(piece))) return;
      }
      take(decoder.end());
      return;
    }
    const inflate = createInflateRaw();
    let more = true;
    let failure: Error | null = null;
    const pieces: string[] = [];
    inflate.on("data", (piece: Buffer) => pieces.push(decoder.write(piece)));
    inflate.on("error", (error: Error) => (failure = error));
    try {
      for (let at = 0; at < entry.compressedSize && more; at += CHUNK) {
        const packed = await this.source.read(
          start + at,
          Math.min(CHUNK, entry.compressedSize - at)
        );
        await new Promise<void>((done) => inflate.write(packed, () => done()));
        if (failure) throw new ZipError("CORRUPT", `${name}: ${(failure as Error).message}`);
        while (more && pieces.length > 0) more = take(pieces.shift() as string);
      }
      if (more) {
        // Every piece is handed on before "end" (the stream's last event).
        await new Promise<void>((done) => {
          inflate.once("end", done);
          inflate.once("error", () => done());
          inflate.end();
        });
        if (failure) throw new ZipError("CORRUPT", `${name}: ${(failure as Error).message}`);
        while (more && pieces.length > 0) more = take(pieces.shift() as string);
        if (more) take(decoder.end());
      }
    } finally {
      inflate.destroy();
    }
  }
}
