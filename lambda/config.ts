// Configuration from the environment, read once. SKILL_ID turns on the skill id check.
export interface RuntimeConfig {
  skillId?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return { skillId: env.SKILL_ID?.trim() || undefined };
}
