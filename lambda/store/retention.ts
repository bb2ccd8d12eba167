// How long a record is kept: 180 days after it was last used, refreshed on each visit. DynamoDB's time to
// live deletes an item some time after its `expiresAt` (seconds since the epoch) has passed, so the adapters
// also treat an expired record as gone the moment it expires.

export const RETENTION_DAYS = 180;

/** The item attribute DynamoDB's time to live reads (TimeToLiveSpecification in the CloudFormation template). */
export const EXPIRY_ATTRIBUTE = 'expiresAt';

/**
 * How long the marker "forget me" leaves behind is kept: long enough that no write sent before it can still
 * be on its way (a write is abandoned after 2 s and never retried), short enough to hold nothing for long.
 */
export const FORGOTTEN_MARKER_HOURS = 24;

/** A visit writes the record again once it was last written this long ago, so that use keeps it alive. */
const REFRESH_AFTER_DAYS = 1;

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;

const seconds = (nowMs: number) => Math.floor(nowMs / 1000);

/** When a record written now expires (seconds since the epoch, as DynamoDB's time to live reads it). */
export function recordExpiry(nowMs: number): number {
  return seconds(nowMs) + RETENTION_DAYS * SECONDS_PER_DAY;
}

export function forgottenMarkerExpiry(nowMs: number): number {
  return seconds(nowMs) + FORGOTTEN_MARKER_HOURS * SECONDS_PER_HOUR;
}

export function isExpired(expiresAt: number | undefined, nowMs: number): boolean {
  return expiresAt !== undefined && expiresAt <= seconds(nowMs);
}

/** True when the record was last written more than a day ago (or by a version that set no expiry). */
export function isRefreshDue(expiresAt: number | undefined, nowMs: number): boolean {
  return expiresAt === undefined || expiresAt < recordExpiry(nowMs) - REFRESH_AFTER_DAYS * SECONDS_PER_DAY;
}
