// Writes a zip of whole files, each deflated with Zopfli (@gfx/zopfli): the same deflate format any unzip reads, found
// by a far longer search than zlib's level 9, which makes the skill's zip about 4 KB smaller (docs/performance.md,
// "Issue 16, twenty-fifth pass"). Zopfli takes about a second for the two bundles, so it is only used here, where the
// deployable zip is written once. Entries get a fixed timestamp and regular-file permissions, so the same files always
// give the same zip (and the same S3 upload hash), and Lambda, running as another user, can read them.
import { writeFileSync } from 'node:fs';

/** The timestamp every entry carries. */
const FIXED_MTIME = new Date('2020-07-01T00:00:00Z');
/** Zopfli's passes over each file: more found nothing smaller on the skill's bundles (15: −4.2 KB, 50: the same). */
const ZOPFLI_ITERATIONS = 15;
/** rw-r--r-- regular file, as the upper half of the central directory's external attributes. */
const REGULAR_FILE = 0o100644;
const DEFLATED = 8;
/** Version 2.0 (deflate), made on Unix (so the external attributes are a mode). */
const VERSION_NEEDED = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/** The CRC-32 (IEEE) table, as zip and gzip use it. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

/** The MS-DOS time and date fields zip stores. */
function dosDateTime(date) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/**
 * Writes `entries` ({ name, data }) to `outFile` as a zip, in order, at its root.
 * @param {string} outFile
 * @param {Array<{ name: string, data: Buffer }>} entries
 * @returns {Promise<number>} the zip's size in bytes
 */
export async function writeZip(outFile, entries) {
  // Loaded here, not with this module: the build imports the package's file names (scripts/package.mjs) and never zips.
  const { deflateAsync } = await import('@gfx/zopfli');
  const { time, day } = dosDateTime(FIXED_MTIME);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const deflated = Buffer.from(await deflateAsync(data, { numiterations: ZOPFLI_ITERATIONS }));
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    local.copy(central, 6, 4, 28); // version needed … name length: as in the local header
    central.writeUInt16LE(0, 30); // extra field
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((REGULAR_FILE << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, deflated);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...locals, directory, end]);
  writeFileSync(outFile, zip);
  return zip.length;
}
