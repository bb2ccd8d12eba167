// The closed lists a log field or a metric dimension may name: the request types and error types Alexa defines,
// the model's intent names and the served locales. A request can carry any text where a name is expected ("intent":
// "MargaretsTuesdayIntent"), and a name-shaped string is not a known one: anything off these lists is logged
// and counted as "other", so nothing a person said, and no id, can become a log value or a metric dimension.
import type { interfaces, Request, SessionEndedErrorType } from 'ask-sdk-model';
import modelSource from '../model/interaction-model.source.json';
import { SERVED_LOCALES } from './locales';

/** What stands for any value off a list. */
export const OTHER = 'other';

/**
 * Every request type of ask-sdk-model's Request union, and nothing else: the compiler checks both ways, so an
 * SDK update that adds a type fails the type check until it is listed here.
 */
const ALEXA_REQUEST_TYPES = {
  'Alexa.Advertisement.AdCompleted': true,
  'Alexa.Advertisement.AdNotRendered': true,
  'Alexa.Advertisement.ReadyToEnqueueAudio': true,
  'Alexa.Authorization.Grant': true,
  'Alexa.DataStore.Error': true,
  'Alexa.DataStore.PackageManager.InstallationError': true,
  'Alexa.DataStore.PackageManager.UpdateRequest': true,
  'Alexa.DataStore.PackageManager.UsagesInstalled': true,
  'Alexa.DataStore.PackageManager.UsagesRemoved': true,
  'Alexa.Presentation.APL.LoadIndexListData': true,
  'Alexa.Presentation.APL.LoadTokenListData': true,
  'Alexa.Presentation.APL.RuntimeError': true,
  'Alexa.Presentation.APL.UserEvent': true,
  'Alexa.Presentation.APLA.RuntimeError': true,
  'Alexa.Presentation.APLT.UserEvent': true,
  'Alexa.Presentation.HTML.Message': true,
  'Alexa.Presentation.HTML.RuntimeError': true,
  'AlexaHouseholdListEvent.ItemsCreated': true,
  'AlexaHouseholdListEvent.ItemsDeleted': true,
  'AlexaHouseholdListEvent.ItemsUpdated': true,
  'AlexaHouseholdListEvent.ListCreated': true,
  'AlexaHouseholdListEvent.ListDeleted': true,
  'AlexaHouseholdListEvent.ListUpdated': true,
  'AlexaSkillEvent.NotificationSubscriptionChanged': true,
  'AlexaSkillEvent.ProactiveSubscriptionChanged': true,
  'AlexaSkillEvent.SkillAccountLinked': true,
  'AlexaSkillEvent.SkillDisabled': true,
  'AlexaSkillEvent.SkillEnabled': true,
  'AlexaSkillEvent.SkillPermissionAccepted': true,
  'AlexaSkillEvent.SkillPermissionChanged': true,
  'AudioPlayer.PlaybackFailed': true,
  'AudioPlayer.PlaybackFinished': true,
  'AudioPlayer.PlaybackNearlyFinished': true,
  'AudioPlayer.PlaybackStarted': true,
  'AudioPlayer.PlaybackStopped': true,
  CanFulfillIntentRequest: true,
  'Connections.Request': true,
  'Connections.Response': true,
  'CustomInterfaceController.EventsReceived': true,
  'CustomInterfaceController.Expired': true,
  'Dialog.API.Invoked': true,
  'Dialog.InputRequest': true,
  'Display.ElementSelected': true,
  'GameEngine.InputHandlerEvent': true,
  IntentRequest: true,
  LaunchRequest: true,
  'Messaging.MessageReceived': true,
  'PlaybackController.NextCommandIssued': true,
  'PlaybackController.PauseCommandIssued': true,
  'PlaybackController.PlayCommandIssued': true,
  'PlaybackController.PreviousCommandIssued': true,
  'Reminders.ReminderCreated': true,
  'Reminders.ReminderDeleted': true,
  'Reminders.ReminderStarted': true,
  'Reminders.ReminderStatusChanged': true,
  'Reminders.ReminderUpdated': true,
  SessionEndedRequest: true,
  SessionResumedRequest: true,
  'System.ExceptionEncountered': true,
} as const satisfies Record<Request['type'], true>;

/** The error types Alexa reports in SessionEndedRequest and System.ExceptionEncountered. */
const ALEXA_ERROR_TYPES = {
  INVALID_RESPONSE: true,
  DEVICE_COMMUNICATION_ERROR: true,
  INTERNAL_SERVICE_ERROR: true,
  ENDPOINT_TIMEOUT: true,
} as const satisfies Record<SessionEndedErrorType | interfaces.system.ErrorType, true>;

const INTENT_NAMES = (modelSource.intents as Array<{ name: string }>).map((intent) => intent.name);

/** The value if it is one of `names`, else "other". */
function oneOf(names: Iterable<string>): (value: unknown) => string {
  const known = new Set(names);
  return (value) => (typeof value === 'string' && known.has(value) ? value : OTHER);
}

/** A request type Alexa defines, else "other". */
export const knownRequestType = oneOf(Object.keys(ALEXA_REQUEST_TYPES));

/** An error type Alexa reports, else "other". */
export const knownErrorType = oneOf(Object.keys(ALEXA_ERROR_TYPES));

/** An intent of the interaction model, else "other". */
export const knownIntent = oneOf(INTENT_NAMES);

/** A served locale, else "other". */
export const knownLocale = oneOf(SERVED_LOCALES);
