import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Writes a file readable by its owner only (0600), atomically: the content goes to a temporary file that is
 * fsynced and then linked into place, so a crash leaves either no file or the whole one, and an existing file is
 * never overwritten (link fails with EEXIST where rename would replace it).
 */
export function writePrivateFileOnce(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const fd = fs.openSync(temporary, "wx", 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Whether anyone but the owner may read or write the file. */
export function isGroupOrWorldAccessible(file: string): boolean {
  return (fs.statSync(file).mode & 0o077) !== 0;
}
