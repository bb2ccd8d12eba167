// Speech rate steps, as SSML prosody percentages. Alexa's floor is 20%; the slowest step stays well above it
// and still sounds natural. 100 is Alexa's own rate and adds no prosody tag at all.
export const RATE_STEPS = [50, 65, 80, 100, 120, 140] as const;
export const NORMAL_RATE = 100;

export type RateChange = 'slower' | 'faster' | 'normal';

export function isRate(value: unknown): value is number {
  return typeof value === 'number' && (RATE_STEPS as readonly number[]).includes(value);
}

/** The next rate, or undefined when it cannot go further that way (or is already normal). */
export function changeRate(current: number, change: RateChange): number | undefined {
  if (change === 'normal') return current === NORMAL_RATE ? undefined : NORMAL_RATE;
  const index = RATE_STEPS.indexOf(current as (typeof RATE_STEPS)[number]);
  const from = index === -1 ? RATE_STEPS.indexOf(NORMAL_RATE) : index;
  const next = RATE_STEPS[change === 'slower' ? from - 1 : from + 1];
  return next;
}
