/** What a file's first bytes say it is, before any parsing (a clear line for the user instead of a zip error). */
export type FileKind = "zip" | "encrypted" | "ole" | "empty" | "other";

const ZIP = [0x50, 0x4b]; // "PK": local file header, or an empty archive's end record
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Compound File Binary (MS-CFB §2.2)

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/**
 * The kind of a spreadsheet file by its signature. An .xlsx is a zip; a password-protected (encrypted) .xlsx is not:
 * Office wraps it in a Compound File holding an `EncryptionInfo` stream (MS-OFFCRYPTO §2.3.4.1, "\EncryptionInfo
 * Stream"), whose directory entry name is stored in UTF-16; any other Compound File is a legacy binary document
 * (.xls, .doc).
 *
 * @example fileKind(readFileSync("t.xlsx")) === "zip"
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (!startsWith(bytes, OLE)) return "other";
  const name = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(name)
    ? "encrypted"
    : "ole";
}
