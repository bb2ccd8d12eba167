// Which local tool holds the preference data in .local-data/. LevelDB lets one process open a folder at a time,
// and dynalite crashes its process (a raw "Database is closed" stack trace) when another holds it, so the local
// tools never both open it: the first to start claims the folder with an owner file beside it (created
// exclusively, so two tools starting at once cannot both claim it) and publishes where its dynalite answers; a
// tool that starts while another holds it uses that one's store over HTTP instead. An owner file whose process
// is gone (killed, crashed) is stale and taken over.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';

export interface Owner {
  pid: number;
  /** Where the owner's store answers; absent while it is still starting. */
  endpoint?: string;
}

export type Claim = { kind: 'claimed'; publish(endpoint: string): void; release(): void } | { kind: 'held'; owner: Owner };

export function ownerFileOf(dataDir: string): string {
  return `${dataDir}.owner.json`;
}

function readOwner(file: string): Owner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; endpoint?: unknown };
    if (!Number.isInteger(parsed.pid)) return undefined;
    const endpoint =
      typeof parsed.endpoint === 'string' && /^http:\/\/127\.0\.0\.1:\d+$/.test(parsed.endpoint) ? parsed.endpoint : undefined;
    return { pid: parsed.pid as number, ...(endpoint ? { endpoint } : {}) };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, and belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function writeOwner(file: string, owner: Owner): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Claims the data folder for this process, or names the live process that holds it. */
export function claimDataDir(dataDir: string): Claim {
  const file = ownerFileOf(dataDir);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner && isAlive(owner.pid)) return { kind: 'held', owner };
      // Stale (its process is gone) or unreadable: take it over.
      removeFile(file);
      continue;
    }
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid }));
    } finally {
      closeSync(fd);
    }
    return {
      kind: 'claimed',
      publish: (endpoint) => writeOwner(file, { pid: process.pid, endpoint }),
      release: () => {
        if (readOwner(file)?.pid === process.pid) removeFile(file);
      },
    };
  }
  throw new Error('the local preference data folder could not be claimed');
}

/** The owner once it has published where its store answers; undefined if it has not within `waitMs`, or is gone. */
export async function publishedOwner(dataDir: string, waitMs: number): Promise<Owner | undefined> {
  const file = ownerFileOf(dataDir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const owner = readOwner(file);
    if (!owner || !isAlive(owner.pid)) return undefined;
    if (owner.endpoint) return owner;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
