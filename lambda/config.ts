// Configuration from the environment, read once at start.
//   SKILL_ID           turns on the skill id check
//   PREFERENCES_TABLE  the DynamoDB table that remembers preferences; unset, each session keeps its own
export interface RuntimeConfig {
  skillId?: string;
  preferencesTable?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    skillId: env.SKILL_ID?.trim() || undefined,
    preferencesTable: env.PREFERENCES_TABLE?.trim() || undefined,
  };
}
