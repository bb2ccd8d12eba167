// Builds Alexa request envelopes the way Alexa does, so the local runtime drives the skill through exactly
// the same entrance as Lambda. Ids are fixed, obviously local values: nothing identifies a real person.

import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { ResolvedSlot } from './nlu';

export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
export const LOCAL_USER_ID = 'amzn1.ask.account.LOCAL-SIMULATOR-USER';
export const LOCAL_DEVICE_ID = 'amzn1.ask.device.LOCAL-SIMULATOR-DEVICE';

export interface SessionInfo {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export interface DeviceSettings {
  locale: string;
  userId?: string;
  /** Interfaces the simulated device supports, as Alexa lists them in context.System.device. */
  supportedInterfaces?: Record<string, unknown>;
  /** context.Viewport for a screen device. */
  viewport?: Record<string, unknown>;
}

/** An Echo Show (5-class): APL, and a 1024 x 600 touch screen, described as its requests describe it. */
export function echoShow(locale: string, userId?: string): DeviceSettings {
  return {
    locale,
    ...(userId ? { userId } : {}),
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } },
    viewport: {
      experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1024,
      pixelHeight: 600,
      dpi: 160,
      currentPixelWidth: 1024,
      currentPixelHeight: 600,
      touch: ['SINGLE'],
      keyboard: ['DIRECTION'],
      video: { codecs: ['H_264_42', 'H_264_41'] },
    },
  };
}

export function newSession(): SessionInfo {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} };
}

function base(device: DeviceSettings, session: SessionInfo, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: LOCAL_SKILL_ID };
  const user = { userId: device.userId ?? LOCAL_USER_ID };
  const envelope = {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: {
        application,
        user,
        device: { deviceId: LOCAL_DEVICE_ID, supportedInterfaces: device.supportedInterfaces ?? {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
      ...(device.viewport ? { Viewport: device.viewport } : {}),
    },
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: new Date().toISOString(),
      locale: device.locale,
      ...request,
    },
  };
  return envelope as unknown as RequestEnvelope;
}

export function launchRequest(device: DeviceSettings, session: SessionInfo): RequestEnvelope {
  return base(device, session, { type: 'LaunchRequest' });
}

function alexaSlot(slot: ResolvedSlot, slotType: string | undefined) {
  if (!slot.value) return { name: slot.name, confirmationStatus: 'NONE' };
  const authority = `amzn1.er-authority.echo-sdk.${LOCAL_SKILL_ID}.${slotType ?? 'UNKNOWN'}`;
  const resolution = slot.resolution;
  return {
    name: slot.name,
    value: slot.value,
    confirmationStatus: 'NONE',
    source: 'USER',
    ...(resolution
      ? {
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority,
                status: { code: resolution.status },
                ...(resolution.status === 'ER_SUCCESS_MATCH'
                  ? { values: [{ value: { name: resolution.name ?? slot.value, id: resolution.id ?? '' } }] }
                  : {}),
              },
            ],
          },
        }
      : {}),
  };
}

export function intentRequest(
  device: DeviceSettings,
  session: SessionInfo,
  intent: string,
  slots: Record<string, ResolvedSlot>,
  slotTypes: Record<string, string> = {},
): RequestEnvelope {
  const alexaSlots = Object.fromEntries(Object.entries(slots).map(([name, slot]) => [name, alexaSlot(slot, slotTypes[name])]));
  return base(device, session, {
    type: 'IntentRequest',
    dialogState: 'COMPLETED',
    intent: { name: intent, confirmationStatus: 'NONE', ...(Object.keys(alexaSlots).length > 0 ? { slots: alexaSlots } : {}) },
  });
}

/** A press on a screen button, as an Echo Show sends it: an APL UserEvent with the SendEvent arguments. */
export function userEventRequest(device: DeviceSettings, session: SessionInfo, args: unknown[], token: string): RequestEnvelope {
  return base(device, session, {
    type: 'Alexa.Presentation.APL.UserEvent',
    token,
    arguments: args,
    components: {},
    source: { type: 'TouchWrapper', handler: 'Press' },
  });
}

export function sessionEndedRequest(device: DeviceSettings, session: SessionInfo, reason: string): RequestEnvelope {
  return base(device, session, { type: 'SessionEndedRequest', reason });
}
